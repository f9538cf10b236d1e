/**
 * In the h5 build, Taro's webpack plugin merges the browser API (named exports of
 * @tarojs/taro-h5) into the default `Taro` object. Jest has no such plugin: do the same merge
 * here, so components run on Taro's real browser implementation (storage on localStorage).
 */
import * as h5 from '@tarojs/taro-h5'

const { default: core, ...api } = h5 as unknown as { default: object } & Record<string, unknown>
const Taro = Object.assign(core, api)

export default Taro
export * from '@tarojs/taro-h5'

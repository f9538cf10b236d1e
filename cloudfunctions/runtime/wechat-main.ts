/**
 * The entry of a deployed WeChat cloud function: identity from the platform (OPENID, which
 * WeChat injects and a client cannot forge), the CloudBase store, the shared router.
 */
import cloud from 'wx-server-sdk'
import { county } from '../../src/core/county/current'
import { wechatContentCheck } from '../content-check/wechat'
import { cloudbaseStore } from '../store/cloudbase'
import type { CloudFunction } from './define-function'

export const wechatMain = (fn: CloudFunction) => {
  // The SDK types DYNAMIC_CURRENT_ENV as a symbol but init() as taking a string; it accepts both.
  cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string })
  const store = cloudbaseStore(cloud.database())
  const contentCheck = wechatContentCheck(cloud)
  return async (event: unknown) => {
    const { OPENID } = cloud.getWXContext()
    return fn.handle(event, { openid: OPENID || null, store, county, contentCheck })
  }
}

/**
 * The one client of the cloud. Pages call `callCloud('tips', 'list', {...})` and get the
 * envelope back, never an exception. The payload is checked with the same contract the cloud
 * uses, so a form shows the cloud's messages without a round trip. The transport depends on
 * the build: WeChat cloud functions on weapp, the local cloud over fetch on h5.
 */
import Taro from '@tarojs/taro'
import type { PayloadOf, ResultOf } from '@/core/contracts/action'
import { consultContract } from '@/core/contracts/consult'
import { LocalLoginSchema, type LocalLogin, type LocalSession } from '@/core/contracts/local'
import { pointsContract } from '@/core/contracts/points'
import { staffContract } from '@/core/contracts/staff'
import { tipsContract } from '@/core/contracts/tips'
import { fail, type Envelope } from '@/core/envelope'
import { parseWith } from '@/core/validation'
import { currentSession } from './session'

const contracts = { tips: tipsContract, consult: consultContract, points: pointsContract, staff: staffContract }
type Contracts = typeof contracts
export type FunctionName = keyof Contracts
export type ActionName<F extends FunctionName> = keyof Contracts[F] & string

/** Called once at launch: WeChat needs the cloud env chosen before the first call. */
export const initCloud = (): void => {
  if (process.env.TARO_ENV === 'weapp') Taro.cloud.init({ env: CLOUD_ENV || undefined, traceUser: false })
}

const offline = fail('NETWORK.OFFLINE', '网络不通，请检查网络后再试')

const postJson = async (path: string, body: unknown): Promise<Envelope<unknown>> => {
  const session = currentSession()
  try {
    const response = await fetch(path, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(session ? { authorization: `Bearer ${session.token}` } : {})
      },
      body: JSON.stringify(body)
    })
    return (await response.json()) as Envelope<unknown>
  } catch {
    return offline
  }
}

const callWeChat = async (name: string, data: unknown): Promise<Envelope<unknown>> => {
  try {
    const { result } = await Taro.cloud.callFunction({ name, data: data as Record<string, unknown> })
    return result as Envelope<unknown>
  } catch {
    return offline
  }
}

export const callCloud = async <F extends FunctionName, A extends ActionName<F>>(
  fn: F,
  action: A,
  payload: PayloadOf<Contracts[F][A]>
): Promise<Envelope<ResultOf<Contracts[F][A]>>> => {
  const contract = (contracts[fn] as Record<string, { payload: Parameters<typeof parseWith>[0] }>)[action]
  const checked = parseWith(contract.payload, payload)
  if (!checked.ok) return fail('INPUT.INVALID', '填写的内容有问题，请按提示修改', checked.issues)
  const request = { action, payload }
  const envelope = process.env.TARO_ENV === 'weapp' ? await callWeChat(fn, request) : await postJson(`/api/${fn}`, request)
  return envelope as Envelope<ResultOf<Contracts[F][A]>>
}

/** Local cloud only: sign in as a persona. */
export const signInLocally = async (login: LocalLogin): Promise<Envelope<LocalSession>> => {
  const checked = parseWith(LocalLoginSchema, login)
  if (!checked.ok) return fail('INPUT.INVALID', '登录信息不对', checked.issues)
  return (await postJson('/api/_local/login', checked.data)) as Envelope<LocalSession>
}

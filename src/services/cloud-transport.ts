/**
 * How a call reaches the cloud, with no zod and no contract value: WeChat cloud functions on
 * weapp, the local cloud over fetch on h5. The contracts are imported as types only, so the
 * main package (home, settings) can call the cloud without carrying zod and every schema;
 * `callCloud` in ./cloud adds the contract check for everything a person types.
 */
import Taro from '@tarojs/taro'
import type { PayloadOf, ResultOf } from '@/core/contracts/action'
import type { applyContract } from '@/core/contracts/apply'
import type { consultContract } from '@/core/contracts/consult'
import type { pointsContract } from '@/core/contracts/points'
import type { staffContract } from '@/core/contracts/staff'
import type { tipsContract } from '@/core/contracts/tips'
import { fail, type Envelope } from '@/core/envelope'
import { currentSession } from './session'

export interface Contracts {
  tips: typeof tipsContract
  consult: typeof consultContract
  points: typeof pointsContract
  staff: typeof staffContract
  apply: typeof applyContract
}
export type FunctionName = keyof Contracts
export type ActionName<F extends FunctionName> = keyof Contracts[F] & string
export type Payload<F extends FunctionName, A extends ActionName<F>> = PayloadOf<Contracts[F][A]>
export type Answer<F extends FunctionName, A extends ActionName<F>> = Envelope<ResultOf<Contracts[F][A]>>

/** Called once at launch: WeChat needs the cloud env chosen before the first call. */
export const initCloud = (): void => {
  if (process.env.TARO_ENV === 'weapp') Taro.cloud.init({ env: CLOUD_ENV || undefined, traceUser: false })
}

const offline = fail('NETWORK.OFFLINE', '网络不通，请检查网络后再试')

export const postJson = async (path: string, body: unknown): Promise<Envelope<unknown>> => {
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

/**
 * Sends without the client-side check. Only for payloads fixed in code (no user input), such
 * as the home page's badge and monthly theme: the cloud checks every payload with the same
 * contract, and a typo in code is caught by the payload type. Everything else uses `callCloud`.
 */
export const sendToCloud = async <F extends FunctionName, A extends ActionName<F>>(fn: F, action: A, payload: Payload<F, A>): Promise<Answer<F, A>> => {
  const request = { action, payload }
  const envelope = process.env.TARO_ENV === 'weapp' ? await callWeChat(fn, request) : await postJson(`/api/${fn}`, request)
  return envelope as Answer<F, A>
}

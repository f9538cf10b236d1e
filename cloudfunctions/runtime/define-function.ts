/**
 * One deployable cloud function = one action table. The router parses the request, checks
 * the payload with the shared contract, checks who is calling, runs the use case and always
 * answers the envelope — the same code on WeChat and in the local cloud.
 */
import { fail, ok, type Envelope } from '../../src/core/envelope'
import type { ContractTable, ParsedPayloadOf, ResultOf } from '../../src/core/contracts/action'
import type { County } from '../../src/core/county/schema'
import { roleMeets, type Access } from '../../src/core/roles'
import { parseWith } from '../../src/core/validation'
import { z } from '../../src/core/zod'
import type { ContentCheck } from '../content-check/port'
import type { FileStore } from '../files/port'
import type { Caller, ContextFor, HandlerContext } from './context'
import { badgeOnlyNotifier, type StatusNotifier } from '../notify/port'
import type { Store } from '../store/port'
import { AppFailure } from './failure'

/** An action's access level and its use case, which gets the context that level guarantees. */
export type ActionHandler<C> = {
  [A in Access]: { access: A; run(payload: ParsedPayloadOf<C>, ctx: ContextFor<A>): Promise<ResultOf<C>> }
}[Access]

export type HandlerTable<T extends ContractTable> = { [K in keyof T]: ActionHandler<T[K]> }

/** What a transport (WeChat entry or local gateway) gives the router for one call. */
export interface CallEnvironment {
  openid: string | null
  store: Store
  county: County
  contentCheck: ContentCheck
  files: FileStore
  /** Defaults to the badge only (no push channel), as in the local cloud. */
  notifier?: StatusNotifier
  now?: () => Date
}

export interface CloudFunction {
  name: string
  actions: readonly string[]
  handle(event: unknown, env: CallEnvironment): Promise<Envelope<unknown>>
}

const RequestSchema = z.object({
  action: z.string().min(1).max(40),
  payload: z.record(z.string(), z.unknown()).default({})
})

const accessRefusal = (access: Access, caller: Caller): Envelope<never> | null => {
  if (access === 'public') return null
  if (caller.openid === null) return fail('AUTH.REQUIRED', '请先登录后再操作')
  return roleMeets(caller.role, access) ? null : fail('AUTH.FORBIDDEN', '您没有权限做这件事')
}

export const defineFunction = <T extends ContractTable>(name: string, contract: T, handlers: HandlerTable<T>): CloudFunction => {
  const actions = Object.keys(contract)
  return {
    name,
    actions,
    async handle(event, env) {
      const request = parseWith(RequestSchema, event)
      if (!request.ok) return fail('INPUT.INVALID', '请求格式不对', request.issues)
      const { action, payload } = request.data
      if (!Object.hasOwn(contract, action)) return fail('ACTION.UNKNOWN', `没有“${action}”这个操作`)

      const parsed = parseWith(contract[action].payload, payload)
      if (!parsed.ok) return fail('INPUT.INVALID', '填写的内容有问题，请按提示修改', parsed.issues)

      const handler = handlers[action]
      try {
        // Only staff and admin actions need the caller's staff record: citizens' actions skip the
        // read (on CloudBase, one round trip less before every booking).
        const member = env.openid && (handler.access === 'staff' || handler.access === 'admin') ? await env.store.staff.get(env.openid) : null
        const caller: Caller = { openid: env.openid, role: member?.role ?? 'citizen', member }
        const refusal = accessRefusal(handler.access, caller)
        if (refusal) return refusal
        const ctx: HandlerContext = { ...env, caller, notifier: env.notifier ?? badgeOnlyNotifier, now: env.now ?? (() => new Date()) }
        // accessRefusal has checked what ContextFor<access> promises (an OPENID, a staff record).
        const run = handler.run as (payload: ParsedPayloadOf<T[typeof action]>, ctx: HandlerContext) => Promise<unknown>
        return ok(await run(parsed.data as ParsedPayloadOf<T[typeof action]>, ctx))
      } catch (error) {
        if (error instanceof AppFailure) return fail(error.code, error.message, error.issues)
        // A bug: log it for us, answer the citizen without internals.
        console.error(`[${name}.${action}]`, error)
        return fail('SERVER.INTERNAL', '系统出了点问题，请稍后再试，或拨打 12348')
      }
    }
  }
}

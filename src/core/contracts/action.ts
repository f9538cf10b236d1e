import type { z } from '../zod'

/**
 * One action of a cloud function: the payload schema (parsed on both sides) and, as a type
 * only, what the action answers. The result type lives in a phantom field so the client's
 * `call()` can infer it without a value at run time.
 */
export interface ActionContract<P extends z.ZodType, R> {
  payload: P
  readonly __result?: R
}

export const action =
  <R>() =>
  <P extends z.ZodType>(payload: P): ActionContract<P, R> => ({ payload })

export type ContractTable = Record<string, ActionContract<z.ZodType, unknown>>

export type PayloadOf<C> = C extends ActionContract<infer P, unknown> ? z.input<P> : never
export type ParsedPayloadOf<C> = C extends ActionContract<infer P, unknown> ? z.output<P> : never
export type ResultOf<C> = C extends ActionContract<z.ZodType, infer R> ? R : never

/** The ids of a list of choices, typed as the non-empty tuple z.enum wants. */
export const idsOf = <T extends readonly { id: string }[]>(list: T) => list.map((x) => x.id) as [T[number]['id'], ...T[number]['id'][]]

/**
 * The part of zod's API this project uses, re-exported by name. Bundlers keep only what named
 * exports reach; zod's own `z` namespace drags in all of zod and every locale (~450 KB in the
 * weapp main package, against ~90 KB this way). Add a name here when a schema needs it.
 */
export { array, boolean, config, discriminatedUnion, enum, iso, literal, number, object, record, string, unknown } from 'zod'
export type { infer, input, output, ZodError, ZodType } from 'zod'
export type * as core from 'zod/v4/core'

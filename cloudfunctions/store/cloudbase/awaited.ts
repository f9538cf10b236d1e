/**
 * wx-server-sdk types most calls as `Promise<T> | void | string` (callback and promise styles
 * share one signature). We always use the promise style; this narrows the type and fails
 * loudly if the SDK ever answers otherwise.
 */
export const awaited = <T>(result: Promise<T> | void | string): Promise<T> => {
  if (result instanceof Promise) return result
  throw new Error('wx-server-sdk answered without a promise')
}

/**
 * How a unit of work runs on CloudBase: one database transaction (startTransaction → document
 * operations → commit). A write conflict (another transaction touched the same document)
 * aborts it, and the whole unit runs again from its reads, after a short random pause so the
 * contenders spread out. wx-server-sdk turns server codes it does not know, the conflict among
 * them, into errCode -501001 with the text in errMsg — which is why the SDK's own
 * runTransaction never retries a conflict raised at a write. Before commit any failed
 * database operation is retried (nothing was applied); at commit only a recognised conflict.
 */
/**
 * Enough for 30 bookings racing for one day's first ticket (each round lets one through); the
 * consult function's timeout (its config.json) leaves room for it.
 */
export const TRANSACTION_ATTEMPTS = 40

const CONFLICT = 'DATABASE_TRANSACTION_CONFLICT'

export const isTransactionConflict = (error: unknown): boolean => {
  if (!error || typeof error !== 'object') return typeof error === 'string' && error.includes(CONFLICT)
  const e = error as { code?: unknown; errCode?: unknown; errMsg?: unknown; message?: unknown }
  return [e.code, e.errCode, e.errMsg, e.message].some((part) => typeof part === 'string' && part.includes(CONFLICT))
}

/** An error raised by wx-server-sdk for a database operation (it carries errCode), not a decision of the unit. */
export const isDatabaseFailure = (error: unknown): boolean =>
  isTransactionConflict(error) || (typeof error === 'object' && error !== null && 'errCode' in error)

/** 5–40 ms, growing with the attempt: enough for a contender's commit to land. */
export const conflictPause = (attempt: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, 5 * Math.min(attempt, 8) * (0.5 + Math.random())))

/**
 * Runs `run` in one transaction, again from the start when a database operation failed before
 * commit or the commit met a conflict (see above). `run` must decide only from what it reads.
 */
export const retryingTransaction = async <T, X>(
  start: () => Promise<X & { commit(): Promise<unknown>; rollback(): Promise<unknown> }>,
  run: (t: X) => Promise<T>
): Promise<T> => {
  for (let attempt = 1; ; attempt += 1) {
    const t = await start()
    let result: T
    try {
      result = await run(t)
    } catch (error) {
      // Best effort: an unfinished transaction is also dropped by the server when it expires.
      await t.rollback().catch(() => undefined)
      // Nothing was committed, so a failed database operation (a conflict, a lost connection)
      // can be tried again from the reads; a refusal the unit decided on cannot.
      if (!isDatabaseFailure(error) || attempt >= TRANSACTION_ATTEMPTS) throw error
      await conflictPause(attempt)
      continue
    }
    try {
      await t.commit()
      return result
    } catch (error) {
      // A commit lost on the way may not have been applied: end the transaction so its locks
      // do not hold up the caller's retry (refused harmlessly if it was applied).
      await t.rollback().catch(() => undefined)
      // A failed commit may or may not have been applied: only a conflict is surely not.
      if (!isTransactionConflict(error) || attempt >= TRANSACTION_ATTEMPTS) throw error
      await conflictPause(attempt)
    }
  }
}

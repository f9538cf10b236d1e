/**
 * How a unit of work runs on CloudBase: one database transaction (startTransaction → document
 * operations → commit). A write conflict (another transaction touched the same document)
 * aborts it, and the whole unit runs again from its reads, after a short random pause so the
 * contenders spread out. wx-server-sdk wraps the server's error, so the conflict is recognised
 * by its code wherever the wrapper put it — the SDK's own runTransaction retry misses it.
 */
export const TRANSACTION_ATTEMPTS = 10

const CONFLICT = 'DATABASE_TRANSACTION_CONFLICT'

export const isTransactionConflict = (error: unknown): boolean => {
  if (!error || typeof error !== 'object') return typeof error === 'string' && error.includes(CONFLICT)
  const e = error as { code?: unknown; errCode?: unknown; errMsg?: unknown; message?: unknown }
  return [e.code, e.errCode, e.errMsg, e.message].some((part) => typeof part === 'string' && part.includes(CONFLICT))
}

/** 5–40 ms, growing with the attempt: enough for a contender's commit to land. */
export const conflictPause = (attempt: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, 5 * Math.min(attempt, 8) * (0.5 + Math.random())))

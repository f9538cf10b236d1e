/**
 * The answer of every cloud call: `{ ok: true, data }` or `{ ok: false, error }`.
 * Error codes are `DOMAIN.REASON`; each maps to one HTTP status for the local cloud.
 */

export const ERROR_STATUS = {
  'INPUT.INVALID': 400,
  'INPUT.MALFORMED_JSON': 400,
  'ACTION.UNKNOWN': 400,
  'FUNCTION.UNKNOWN': 404,
  'AUTH.REQUIRED': 401,
  'AUTH.FORBIDDEN': 403,
  'RESOURCE.NOT_FOUND': 404,
  'RESOURCE.CONFLICT': 409,
  'REQUEST.DUPLICATE': 409,
  'SLOT.FULL': 409,
  'SLOT.UNAVAILABLE': 409,
  'CONSULT.STATE': 409,
  'CONSULT.LIMIT': 429,
  'REQUEST.METHOD_NOT_ALLOWED': 405,
  'REQUEST.TOO_LARGE': 413,
  'REQUEST.TOO_MANY': 429,
  'SERVER.INTERNAL': 500,
  'SERVER.UNAVAILABLE': 503,
  'NETWORK.OFFLINE': 503
} as const

export type ErrorCode = keyof typeof ERROR_STATUS

/** One problem with one field of the input, in words a citizen can act on. */
export interface FieldIssue {
  path: string
  message: string
}

export interface AppError {
  code: ErrorCode
  message: string
  issues?: FieldIssue[]
}

export type Envelope<T> = { ok: true; data: T } | { ok: false; error: AppError }

export const ok = <T>(data: T): Envelope<T> => ({ ok: true, data })

export const fail = (code: ErrorCode, message: string, issues?: FieldIssue[]): Envelope<never> => ({
  ok: false,
  error: issues && issues.length > 0 ? { code, message, issues } : { code, message }
})

export const statusOf = (code: ErrorCode): number => ERROR_STATUS[code]

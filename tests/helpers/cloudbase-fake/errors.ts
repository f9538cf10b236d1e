/**
 * How the fake server refuses a request: an answer `{ code, message }`, which the SDK's request
 * layer turns into a thrown TcbError (wx-server-sdk then wraps it in its own error, keeping
 * only the message). The codes are the server's, as named in CloudBase's error-code list.
 */
export class ServerRefusal extends Error {
  constructor(
    readonly code: 'DATABASE_DUPLICATE_WRITE' | 'DATABASE_TRANSACTION_CONFLICT' | 'DATABASE_REQUEST_FAILED' | 'INVALID_PARAM',
    message: string
  ) {
    super(message)
  }
}

export const duplicateWrite = (collection: string, index: string) =>
  new ServerRefusal('DATABASE_DUPLICATE_WRITE', `[DuplicateWrite] E11000 duplicate key error collection: ${collection} index: ${index}`)

export const transactionConflict = (collection: string, id: string) =>
  new ServerRefusal('DATABASE_TRANSACTION_CONFLICT', `[TransactionConflict] write conflict on ${collection}/${id}`)

/**
 * A request that failed on its way (connection reset, timeout): thrown by the transport, not
 * answered by the server, exactly like a network failure of the real request library.
 */
export const transientFailure = (position: number, when: 'before' | 'after') =>
  Object.assign(new Error(`socket hang up (fake cloud: request ${position} failed ${when} it was applied)`), { code: 'ECONNRESET' })

/**
 * A CloudBase transaction over single documents (the only operations a transaction takes).
 * wx-server-sdk types the transaction as any: this is the part the adapters use. The store
 * opens the database with `throwOnNotFound: false`, so `get` answers null data for a
 * missing document. A conflict, or a failed operation before commit, runs `run` again from
 * its reads (transaction.ts): wx-server-sdk's own runTransaction only retries a conflict at
 * commit.
 */
import { retryingTransaction } from './transaction'
import type { CloudDatabase } from './types'

export interface TransactionDocument {
  get(): Promise<{ data: Record<string, unknown> | null }>
  set(options: { data: Record<string, unknown> }): Promise<unknown>
  update(options: { data: Record<string, unknown> }): Promise<unknown>
  remove(): Promise<unknown>
}

export interface DocumentTransaction {
  collection(name: string): { doc(id: string): TransactionDocument }
}

export const inTransaction = <T>(db: CloudDatabase, run: (transaction: DocumentTransaction) => Promise<T>): Promise<T> =>
  retryingTransaction(() => db.startTransaction() as Promise<DocumentTransaction & { commit(): Promise<unknown>; rollback(): Promise<unknown> }>, run)

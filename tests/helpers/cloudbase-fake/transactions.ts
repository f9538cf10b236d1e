/**
 * Transactions as WeChat documents them (guide "事务"): snapshot isolation; a write inside a
 * transaction changes its snapshot and locks the document; another transaction writing a
 * locked document fails at once (DATABASE_TRANSACTION_CONFLICT), a plain write waits until
 * the lock is released or the transaction times out; on commit the snapshot's changes are
 * written atomically. A write to a document changed since the snapshot conflicts too (the
 * MongoDB rule beneath CloudBase). Only document operations are accepted.
 */
import type { Doc } from './codec'
import { docKey, type DocumentStore, type Write } from './documents'
import { duplicateWrite, ServerRefusal, transactionConflict } from './errors'
import type { FakeCloudSettings } from './settings'
import { brokenUniqueIndex } from './unique'

interface Transaction {
  id: string
  snapshot: number
  deadline: number
  writes: Map<string, Write>
}

export class Transactions {
  private active = new Map<string, Transaction>()
  private locks = new Map<string, string>()
  private started = 0

  constructor(
    private readonly store: DocumentStore,
    private readonly settings: FakeCloudSettings
  ) {}

  start(): string {
    this.expire()
    const id = `fake-txn-${++this.started}`
    this.active.set(id, { id, snapshot: this.store.lastSeq, deadline: Date.now() + this.settings.transactionLifetimeMs, writes: new Map() })
    return id
  }

  /** Rolls back transactions past their lifetime, releasing their locks. */
  expire(): void {
    const now = Date.now()
    for (const txn of this.active.values()) if (txn.deadline < now) this.end(txn)
  }

  /** True while an open transaction holds the lock on this document. */
  isLocked(collection: string, id: string): boolean {
    this.expire()
    return this.locks.has(docKey(collection, id))
  }

  read(txnId: string, collection: string, id: string): Doc | null {
    const txn = this.open(txnId)
    const own = txn.writes.get(docKey(collection, id))
    return own ? own.doc : this.store.at(collection, id, txn.snapshot)
  }

  write(txnId: string, collection: string, id: string, doc: Doc | null): void {
    const txn = this.open(txnId)
    const key = docKey(collection, id)
    const holder = this.locks.get(key)
    if ((holder && holder !== txn.id) || this.store.lastWrite(collection, id) > txn.snapshot) throw transactionConflict(collection, id)
    if (doc) {
      const broken = brokenUniqueIndex(this.settings.indexes, collection, doc, () => this.view(txn, collection))
      if (broken) throw duplicateWrite(collection, broken)
    }
    this.locks.set(key, txn.id)
    txn.writes.set(key, { collection, id, doc })
  }

  commit(txnId: string): void {
    const txn = this.open(txnId)
    const writes = [...txn.writes.values()]
    // Unique keys written by transactions that committed since this one's snapshot.
    for (const { collection, doc } of writes) {
      if (doc && brokenUniqueIndex(this.settings.indexes, collection, doc, () => this.view(txn, collection, 'current'))) {
        this.end(txn)
        throw transactionConflict(collection, String(doc._id))
      }
    }
    this.store.commit(writes)
    this.end(txn)
  }

  abort(txnId: string): void {
    const txn = this.active.get(txnId)
    if (txn) this.end(txn)
  }

  clear(): void {
    this.active.clear()
    this.locks.clear()
  }

  private open(txnId: string): Transaction {
    this.expire()
    const txn = this.active.get(txnId)
    if (!txn) throw new ServerRefusal('DATABASE_REQUEST_FAILED', `transaction ${txnId} does not exist, was rolled back or timed out`)
    return txn
  }

  /** The collection as the transaction sees it: its snapshot (or the current state) plus its own writes. */
  private view(txn: Transaction, collection: string, base: 'snapshot' | 'current' = 'snapshot'): Doc[] {
    const docs = new Map<string, Doc>()
    for (const doc of this.store.list(collection)) {
      const id = String(doc._id)
      const seen = base === 'current' ? doc : this.store.at(collection, id, txn.snapshot)
      if (seen) docs.set(id, seen)
    }
    for (const write of txn.writes.values()) {
      if (write.collection !== collection) continue
      if (write.doc) docs.set(write.id, write.doc)
      else docs.delete(write.id)
    }
    return [...docs.values()]
  }

  private end(txn: Transaction): void {
    this.active.delete(txn.id)
    for (const [key, holder] of this.locks) if (holder === txn.id) this.locks.delete(key)
  }
}

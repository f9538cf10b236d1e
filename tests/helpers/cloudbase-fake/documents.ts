/**
 * The committed state of the fake database: documents per collection, and every version a
 * document had, so a transaction can read the snapshot it started from. Every commit (a
 * plain write or a whole transaction) gets the next sequence number, applied in one step.
 */
import { copy, type Doc } from './codec'

export interface Write {
  collection: string
  id: string
  /** null deletes the document. */
  doc: Doc | null
}

interface Version {
  seq: number
  doc: Doc | null
}

export const docKey = (collection: string, id: string): string => `${collection}\u0000${id}`

export class DocumentStore {
  private collections = new Map<string, Map<string, Doc>>()
  private versions = new Map<string, Version[]>()
  private seq = 0

  get lastSeq(): number {
    return this.seq
  }

  /** Copies of the current documents of a collection, in insertion order. */
  list(collection: string): Doc[] {
    return [...(this.collections.get(collection)?.values() ?? [])].map(copy)
  }

  get(collection: string, id: string): Doc | null {
    const doc = this.collections.get(collection)?.get(id)
    return doc ? copy(doc) : null
  }

  /** The document as it was after commit `seq` (a transaction's snapshot). */
  at(collection: string, id: string, seq: number): Doc | null {
    const history = this.versions.get(docKey(collection, id)) ?? []
    for (let i = history.length - 1; i >= 0; i--) {
      if (history[i].seq <= seq) return history[i].doc ? copy(history[i].doc) : null
    }
    return null
  }

  /** The commit that last wrote this document (0 when never written). */
  lastWrite(collection: string, id: string): number {
    const history = this.versions.get(docKey(collection, id))
    return history?.length ? history[history.length - 1].seq : 0
  }

  /** Applies every write as one commit. */
  commit(writes: Write[]): number {
    if (!writes.length) return this.seq
    const seq = ++this.seq
    for (const { collection, id, doc } of writes) {
      const docs = this.collections.get(collection) ?? new Map<string, Doc>()
      this.collections.set(collection, docs)
      if (doc) docs.set(id, copy(doc))
      else docs.delete(id)
      const key = docKey(collection, id)
      const history = this.versions.get(key) ?? []
      history.push({ seq, doc: doc ? copy(doc) : null })
      this.versions.set(key, history)
    }
    return seq
  }

  /** Every collection and its documents, for tests that compare the whole database. */
  dump(): Record<string, Doc[]> {
    return Object.fromEntries([...this.collections.keys()].sort().map((name) => [name, this.list(name)]))
  }

  clear(): void {
    this.collections.clear()
    this.versions.clear()
    this.seq = 0
  }
}

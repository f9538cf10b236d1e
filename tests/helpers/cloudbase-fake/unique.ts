/**
 * Secondary unique indexes, checked the way MongoDB (under CloudBase) does: a missing field
 * counts as null, so two documents without it collide. (`_id` is checked by the callers.)
 */
import type { Doc } from './codec'
import type { IndexSpec } from './settings'

const valueAt = (doc: Doc, path: string): unknown =>
  path.split('.').reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Doc)[key] : undefined), doc) ?? null

const sameKey = (a: Doc, b: Doc, fields: string[]): boolean => fields.every((field) => JSON.stringify(valueAt(a, field)) === JSON.stringify(valueAt(b, field)))

/**
 * The name of the unique index `candidate` would break among the collection's other
 * documents, or null. The documents are asked for only when the collection has a unique index.
 */
export const brokenUniqueIndex = (indexes: IndexSpec[], collection: string, candidate: Doc, collectionDocs: () => Doc[]): string | null => {
  const unique = indexes.filter((index) => index.unique && index.collection === collection)
  if (!unique.length) return null
  const others = collectionDocs().filter((doc) => doc._id !== candidate._id)
  return unique.find((index) => others.some((other) => sameKey(candidate, other, index.fields)))?.name ?? null
}

/**
 * Service points on CloudBase live in sets: every point document belongs to one set, and one
 * pointer document names the current set. An import writes a whole new set beside the
 * current one, then switches the pointer in one transaction (a transaction takes document
 * operations only, and a county's ~2,000 points are too many for one): readers see the old
 * set or the new one, never a mix. Every other write to a point bumps the pointer's revision
 * in its own transaction, so an import built on an older revision is refused instead of
 * silently undoing that write. The replaced set is removed at the next import (a reader may
 * still be on it); the half-written set of a failed import stays, unread, as garbage.
 */
import { awaited } from './awaited'
import type { DocumentTransaction } from './document-transaction'
import type { CloudDatabase } from './types'

export const POINTS = 'servicePoints'
const SETS = 'servicePointSets'
const CURRENT = 'current'

export interface PointSetPointer {
  setId: string
  revision: number
  /** The set the current one replaced: kept until the next import, for readers still on it. */
  previousSetId?: string
}

/** Before the first import: the set seeding and admins' edits start in. */
export const FIRST_SET_ID = 'first'
const FIRST: PointSetPointer = { setId: FIRST_SET_ID, revision: 0 }

export const pointDocId = (setId: string, pointId: string): string => `${setId}~${pointId}`

/** A point's fields as stored in a set (the document's _id is pointDocId(setId, pointId)). */
export const inSetFields = <T extends object>(setId: string, pointId: string, body: T) => ({ ...body, setId, pointId })

const asPointer = (data: Record<string, unknown> | null): PointSetPointer => {
  if (!data) return FIRST
  const { setId, revision, previousSetId } = data as unknown as PointSetPointer
  return previousSetId ? { setId, revision, previousSetId } : { setId, revision }
}

export const currentSet = async (db: CloudDatabase): Promise<PointSetPointer> => asPointer((await awaited(db.collection(SETS).doc(CURRENT).get())).data)

export const currentSetIn = async (transaction: DocumentTransaction): Promise<PointSetPointer> =>
  asPointer((await transaction.collection(SETS).doc(CURRENT).get()).data)

/** Within the transaction that writes a point: the next revision, on the same set. */
export const bumpRevision = (transaction: DocumentTransaction, pointer: PointSetPointer): Promise<unknown> =>
  transaction
    .collection(SETS)
    .doc(CURRENT)
    .set({ data: { ...pointer, revision: pointer.revision + 1 } })

/** Makes `setId` current if the pointer is still at `base`; answers false when it moved on. */
export const switchTo = async (transaction: DocumentTransaction, base: PointSetPointer, setId: string): Promise<boolean> => {
  const now = await currentSetIn(transaction)
  if (now.setId !== base.setId || now.revision !== base.revision) return false
  await transaction
    .collection(SETS)
    .doc(CURRENT)
    .set({ data: { setId, revision: now.revision + 1, previousSetId: now.setId } })
  return true
}

/** A set id no other import will pick. */
export const newSetId = (): string => `s${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`

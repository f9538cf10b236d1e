/**
 * Service points on CloudBase: one document per point and set (see point-sets.ts for why
 * points come in sets). A write that depends on what is stored — create only a free id,
 * change only an existing point — runs in one transaction that also bumps the set's
 * revision; the import writes a new set and switches to it in one step.
 */
import type { AdminServicePoint, PointOrigin } from '../../../src/core/contracts/points'
import type { ServicePoint } from '../../../src/core/county/schema'
import type { PointsRepository } from '../points-port'
import { awaited } from './awaited'
import { inTransaction } from './document-transaction'
import { bumpRevision, currentSet, currentSetIn, inSetFields, newSetId, pointDocId, POINTS, switchTo } from './point-sets'
import { readAll } from './read-all'
import type { CloudDatabase } from './types'

type PointBody = Omit<ServicePoint, 'id'> & { origin: PointOrigin; updatedAt: string }
type PointDocument = PointBody & { _id: string; setId: string; pointId: string }

/** Writes of a new set in flight at once. */
const PARALLEL_WRITES = 10
/** A write that lost a race with another admin's (a transaction conflict) is tried again. */
const ATTEMPTS = 3

const toAdminPoint = ({ _id: _docId, setId: _setId, pointId, ...body }: PointDocument): AdminServicePoint => ({ id: pointId, ...body })
const toPoint = (doc: PointDocument): ServicePoint => {
  const { origin: _origin, updatedAt: _updatedAt, ...point } = toAdminPoint(doc)
  return point
}
const bodyOf = ({ id: _id, ...point }: ServicePoint, origin: PointOrigin, updatedAt: string): PointBody => ({ ...point, origin, updatedAt })
const bodyOfDoc = ({ _id: _docId, setId: _setId, pointId: _pointId, ...body }: PointDocument): PointBody => body

/** JSON with object keys sorted: the database may hand fields back in another order. */
const canonical = (value: unknown): string =>
  Array.isArray(value)
    ? `[${value.map(canonical).join(',')}]`
    : value !== null && typeof value === 'object'
      ? `{${Object.keys(value)
          .sort()
          .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
          .map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`)
          .join(',')}}`
      : JSON.stringify(value)

const sameContent = (doc: PointDocument, point: ServicePoint): boolean => {
  const { origin: _origin, updatedAt: _updatedAt, ...stored } = toAdminPoint(doc)
  return canonical(stored) === canonical(point)
}

export const cloudbasePoints = (db: CloudDatabase): PointsRepository => {
  const points = db.collection(POINTS)

  const inSet = (setId: string): Promise<PointDocument[]> => readAll<PointDocument>(points.where({ setId }).orderBy('_id', 'asc'))
  const current = async (): Promise<PointDocument[]> => inSet((await currentSet(db)).setId)
  const write = (setId: string, pointId: string, body: PointBody) =>
    awaited(points.doc(pointDocId(setId, pointId)).set({ data: inSetFields(setId, pointId, body) }))

  /**
   * In one transaction: reads the point in the current set and writes what `next` makes of it
   * (nothing when it answers null), bumping the set's revision. Each attempt is whole or
   * nothing, and decides again from what is stored, so a failed attempt is simply retried.
   */
  const change = async (pointId: string, next: (stored: PointBody | null) => PointBody | null): Promise<AdminServicePoint | null> => {
    for (let attempt = 1; ; attempt++) {
      try {
        const written = await inTransaction(db, async (transaction) => {
          const pointer = await currentSetIn(transaction)
          const doc = transaction.collection(POINTS).doc(pointDocId(pointer.setId, pointId))
          const stored = (await doc.get()).data as PointDocument | null
          const body = next(stored ? bodyOfDoc(stored) : null)
          if (!body) return null
          await doc.set({ data: inSetFields(pointer.setId, pointId, body) })
          await bumpRevision(transaction, pointer)
          return body
        })
        return written ? { id: pointId, ...written } : null
      } catch (error) {
        if (attempt === ATTEMPTS) throw error
        // Let the transaction that won the race commit before deciding again.
        await new Promise((resolve) => setTimeout(resolve, 20 * attempt))
      }
    }
  }
  const read = async (id: string): Promise<AdminServicePoint | null> => {
    const { setId } = await currentSet(db)
    const { data } = await awaited(points.doc(pointDocId(setId, id)).get())
    return data ? toAdminPoint(data as PointDocument) : null
  }

  return {
    async listActive() {
      const docs = await current()
      // Any change moves the date, a deactivation too: phones drop a point they cached.
      const updatedAt = docs.reduce<string | null>((latest, d) => (latest === null || d.updatedAt > latest ? d.updatedAt : latest), null)
      return { items: docs.filter((d) => d.active).map(toPoint), updatedAt }
    },
    async listAll() {
      return (await current()).map(toAdminPoint).sort((a, b) => Number(b.active) - Number(a.active) || a.id.localeCompare(b.id))
    },
    get: read,
    async create(point, now) {
      const body = bodyOf(point, 'admin', now)
      const created = await change(point.id, (stored) => (stored ? null : body))
      if (created) return created
      // Taken — unless by this very call, whose earlier attempt committed but lost its answer.
      const stored = await read(point.id)
      return stored && canonical(stored) === canonical({ id: point.id, ...body }) ? stored : null
    },
    async update(point, now) {
      return change(point.id, (stored) => (stored ? bodyOf(point, 'admin', now) : null))
    },
    async setActive(id, active, now) {
      return change(id, (stored) => (stored ? { ...stored, active, origin: 'admin', updatedAt: now } : null))
    },
    async importAll(imported, now) {
      const base = await currentSet(db)
      const merged = new Map((await inSet(base.setId)).map((doc) => [doc.pointId, bodyOfDoc(doc)]))
      const created = imported.filter((p) => !merged.has(p.id)).length
      for (const point of imported) merged.set(point.id, bodyOf(point, 'admin', now))
      const setId = newSetId()
      const entries = [...merged]
      for (let start = 0; start < entries.length; start += PARALLEL_WRITES) {
        await Promise.all(entries.slice(start, start + PARALLEL_WRITES).map(([pointId, body]) => write(setId, pointId, body)))
      }
      if (!(await inTransaction(db, (transaction) => switchTo(transaction, base, setId)))) {
        throw new Error('service points changed while importing; nothing was imported, import again')
      }
      // The set before the one just replaced: no reader can still be on it.
      if (base.previousSetId) await awaited(points.where({ setId: base.previousSetId }).remove())
      return { created, updated: imported.length - created }
    },
    async seed(seedPoints, now) {
      const { setId } = await currentSet(db)
      const stored = new Map((await inSet(setId)).map((d) => [d.pointId, d]))
      const changed = seedPoints.filter((p) => {
        const doc = stored.get(p.id)
        return !doc || (doc.origin === 'seed' && !sameContent(doc, p))
      })
      for (const point of changed) await write(setId, point.id, bodyOf(point, 'seed', now))
      return changed.length
    }
  }
}

/**
 * Service points on CloudBase: one document per point, _id = point id. A write that depends
 * on what is stored (create only a free id, change only an existing point) and the import
 * run in one transaction over the points' documents: each applies whole or not at all.
 */
import type { AdminServicePoint, PointOrigin } from '../../../src/core/contracts/points'
import type { ServicePoint } from '../../../src/core/county/schema'
import type { PointsRepository } from '../points-port'
import { awaited } from './awaited'
import { inTransaction } from './document-transaction'
import { readAll } from './read-all'
import type { CloudDatabase } from './types'

type PointBody = Omit<ServicePoint, 'id'> & { origin: PointOrigin; updatedAt: string }
type PointDocument = PointBody & { _id: string }

const COLLECTION = 'servicePoints'

const toAdminPoint = ({ _id, ...doc }: PointDocument): AdminServicePoint => ({ id: _id, ...doc })
const toPoint = (doc: PointDocument): ServicePoint => {
  const { origin: _origin, updatedAt: _updatedAt, ...point } = toAdminPoint(doc)
  return point
}
const bodyOf = ({ id: _id, ...point }: ServicePoint, origin: PointOrigin, updatedAt: string): PointBody => ({ ...point, origin, updatedAt })

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
  const points = db.collection(COLLECTION)

  const all = (condition: Record<string, unknown>): Promise<PointDocument[]> => readAll<PointDocument>(points.where(condition).orderBy('_id', 'asc'))
  const read = async (id: string): Promise<AdminServicePoint | null> => {
    const { data } = await awaited(points.doc(id).get())
    return data ? toAdminPoint(data as PointDocument) : null
  }
  /** In one transaction: reads the point, and writes what `change` makes of it (nothing when it answers null). */
  const change = async (id: string, next: (stored: PointBody | null) => PointBody | null): Promise<AdminServicePoint | null> => {
    const written = await inTransaction(db, async (transaction) => {
      const doc = transaction.collection(COLLECTION).doc(id)
      const stored = (await doc.get()).data as PointDocument | null
      const { _id: _stored, ...storedBody } = stored ?? { _id: id }
      const body = next(stored ? (storedBody as PointBody) : null)
      if (body) await doc.set({ data: body })
      return body
    })
    return written ? toAdminPoint({ _id: id, ...written }) : null
  }
  const write = async (point: ServicePoint, origin: PointOrigin, now: string): Promise<void> => {
    await awaited(points.doc(point.id).set({ data: bodyOf(point, origin, now) }))
  }

  return {
    async listActive() {
      const docs = await all({})
      // Any change moves the date, a deactivation too: phones drop a point they cached.
      const updatedAt = docs.reduce<string | null>((latest, d) => (latest === null || d.updatedAt > latest ? d.updatedAt : latest), null)
      return { items: docs.filter((d) => d.active).map(toPoint), updatedAt }
    },
    async listAll() {
      return (await all({})).map(toAdminPoint).sort((a, b) => Number(b.active) - Number(a.active) || a.id.localeCompare(b.id))
    },
    get: read,
    async create(point, now) {
      const body = bodyOf(point, 'admin', now)
      try {
        return await change(point.id, (stored) => (stored ? null : body))
      } catch (error) {
        // Another admin's transaction held the id (a conflict), or ours committed and its
        // answer was lost: what is stored now tells which.
        const stored = await read(point.id)
        if (!stored) throw error
        return canonical(stored) === canonical(toAdminPoint({ _id: point.id, ...body })) ? stored : null
      }
    },
    async update(point, now) {
      return change(point.id, (stored) => (stored ? bodyOf(point, 'admin', now) : null))
    },
    async setActive(id, active, now) {
      return change(id, (stored) => (stored ? { ...stored, active, origin: 'admin', updatedAt: now } : null))
    },
    async importAll(imported, now) {
      const existing = new Set((await all({})).map((d) => d._id))
      await inTransaction(db, async (transaction) => {
        for (const point of imported) await transaction.collection(COLLECTION).doc(point.id).set({ data: bodyOf(point, 'admin', now) })
      })
      const created = imported.filter((p) => !existing.has(p.id)).length
      return { created, updated: imported.length - created }
    },
    async seed(seedPoints, now) {
      const stored = new Map((await all({})).map((d) => [d._id, d]))
      const changed = seedPoints.filter((p) => {
        const doc = stored.get(p.id)
        return !doc || (doc.origin === 'seed' && !sameContent(doc, p))
      })
      for (const point of changed) await write(point, 'seed', now)
      return changed.length
    }
  }
}

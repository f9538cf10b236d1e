/**
 * Service points on CloudBase: one document per point, _id = point id. CloudBase has no
 * multi-document transaction, so an import writes point by point after every row was
 * validated; a network failure half-way is repaired by importing the same file again
 * (each write is a whole-document replace, so repeating it is harmless).
 */
import type { AdminServicePoint, PointOrigin } from '../../../src/core/contracts/points'
import type { ServicePoint } from '../../../src/core/county/schema'
import type { PointsRepository } from '../points-port'
import { awaited } from './awaited'
import type { CloudDatabase } from './types'

type PointDocument = Omit<ServicePoint, 'id'> & { _id: string; origin: PointOrigin; updatedAt: string }

/** CloudBase answers at most 100 documents per query from a cloud function. */
const QUERY_MAX = 100

const toAdminPoint = ({ _id, ...doc }: PointDocument): AdminServicePoint => ({ id: _id, ...doc })
const toPoint = (doc: PointDocument): ServicePoint => {
  const { origin: _origin, updatedAt: _updatedAt, ...point } = toAdminPoint(doc)
  return point
}
const bodyOf = ({ id: _id, ...point }: ServicePoint, origin: PointOrigin, updatedAt: string) => ({ ...point, origin, updatedAt })

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
  const points = db.collection('servicePoints')

  const all = async (condition: Record<string, unknown>): Promise<PointDocument[]> => {
    const found: PointDocument[] = []
    for (let skip = 0; ; skip += QUERY_MAX) {
      const { data } = await awaited(points.where(condition).orderBy('_id', 'asc').skip(skip).limit(QUERY_MAX).get())
      found.push(...(data as PointDocument[]))
      if (data.length < QUERY_MAX) return found
    }
  }
  const read = async (id: string): Promise<AdminServicePoint | null> => {
    const { data } = await awaited(points.where({ _id: id }).limit(1).get())
    const doc = (data as PointDocument[])[0]
    return doc ? toAdminPoint(doc) : null
  }
  const write = async (point: ServicePoint, origin: PointOrigin, now: string): Promise<void> => {
    await awaited(points.doc(point.id).set({ data: bodyOf(point, origin, now) }))
  }

  return {
    async listActive() {
      const docs = await all({ active: true })
      const updatedAt = docs.reduce<string | null>((latest, d) => (latest === null || d.updatedAt > latest ? d.updatedAt : latest), null)
      return { items: docs.map(toPoint), updatedAt }
    },
    async listAll() {
      return (await all({})).map(toAdminPoint).sort((a, b) => Number(b.active) - Number(a.active) || a.id.localeCompare(b.id))
    },
    get: read,
    async create(point, now) {
      if (await read(point.id)) return null
      await write(point, 'admin', now)
      return read(point.id)
    },
    async update(point, now) {
      if (!(await read(point.id))) return null
      await write(point, 'admin', now)
      return read(point.id)
    },
    async setActive(id, active, now) {
      const { stats } = await awaited(points.where({ _id: id }).update({ data: { active, origin: 'admin', updatedAt: now } }))
      return stats.updated === 1 ? read(id) : null
    },
    async importAll(imported, now) {
      const existing = new Set((await all({})).map((d) => d._id))
      for (const point of imported) await write(point, 'admin', now)
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

import type Database from 'better-sqlite3'
import type { AdminServicePoint, PointOrigin } from '../../../src/core/contracts/points'
import type { ServicePoint } from '../../../src/core/county/schema'
import type { PointsRepository } from '../points-port'

interface PointRow {
  id: string
  data: string
  active: 0 | 1
  origin: PointOrigin
  updated_at: string
}

const dataOf = ({ id: _id, active: _active, ...rest }: ServicePoint): string => JSON.stringify(rest)

const toPoint = (row: PointRow): ServicePoint => ({ id: row.id, ...(JSON.parse(row.data) as Omit<ServicePoint, 'id' | 'active'>), active: row.active === 1 })

const toAdminPoint = (row: PointRow): AdminServicePoint => ({ ...toPoint(row), origin: row.origin, updatedAt: row.updated_at })

export const sqlitePoints = (db: Database.Database): PointsRepository => {
  const listActive = db.prepare<[], PointRow>('SELECT * FROM service_points WHERE active = 1 ORDER BY id')
  const lastChange = db.prepare<[], { at: string | null }>('SELECT MAX(updated_at) AS at FROM service_points')
  const listAll = db.prepare<[], PointRow>('SELECT * FROM service_points ORDER BY active DESC, id')
  const getOne = db.prepare<[string], PointRow>('SELECT * FROM service_points WHERE id = ?')
  const insert = db.prepare(
    `INSERT INTO service_points (id, data, active, origin, updated_at) VALUES (@id, @data, @active, @origin, @updatedAt)
     ON CONFLICT (id) DO NOTHING`
  )
  const replace = db.prepare(`UPDATE service_points SET data = @data, active = @active, origin = 'admin', updated_at = @updatedAt WHERE id = @id`)
  const setActive = db.prepare(`UPDATE service_points SET active = @active, origin = 'admin', updated_at = @updatedAt WHERE id = @id`)
  // Only seeded rows whose content differs: an admin's edit is never overwritten.
  const reseed = db.prepare(
    `UPDATE service_points SET data = @data, active = @active, updated_at = @updatedAt
     WHERE id = @id AND origin = 'seed' AND (data <> @data OR active <> @active)`
  )

  const rowOf = (point: ServicePoint, origin: PointOrigin, updatedAt: string) => ({
    id: point.id,
    data: dataOf(point),
    active: point.active ? 1 : 0,
    origin,
    updatedAt
  })
  const read = (id: string): AdminServicePoint | null => {
    const row = getOne.get(id)
    return row ? toAdminPoint(row) : null
  }

  const importAll = db.transaction((points: ServicePoint[], now: string) =>
    points.reduce(
      (counts, point) => {
        const row = rowOf(point, 'admin', now)
        if (insert.run(row).changes === 1) return { ...counts, created: counts.created + 1 }
        replace.run(row)
        return { ...counts, updated: counts.updated + 1 }
      },
      { created: 0, updated: 0 }
    )
  )
  const seedAll = db.transaction((points: ServicePoint[], now: string) =>
    points.reduce((written, point) => {
      const row = rowOf(point, 'seed', now)
      return written + (insert.run(row).changes || reseed.run(row).changes)
    }, 0)
  )

  return {
    async listActive() {
      return { items: listActive.all().map(toPoint), updatedAt: lastChange.get()?.at ?? null }
    },
    async listAll() {
      return listAll.all().map(toAdminPoint)
    },
    async get(id) {
      return read(id)
    },
    async create(point, now) {
      return insert.run(rowOf(point, 'admin', now)).changes === 1 ? read(point.id) : null
    },
    async update(point, now) {
      return replace.run(rowOf(point, 'admin', now)).changes === 1 ? read(point.id) : null
    },
    async setActive(id, active, now) {
      return setActive.run({ id, active: active ? 1 : 0, updatedAt: now }).changes === 1 ? read(id) : null
    },
    async importAll(points, now) {
      return importAll(points, now)
    },
    async seed(points, now) {
      return seedAll(points, now)
    }
  }
}

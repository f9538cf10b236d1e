import type Database from 'better-sqlite3'
import type { SlotsRepository } from '../consult-port'

/** Booked places per slot; places are taken and freed inside units of work (unit-of-work.ts). */
export const sqliteSlots = (db: Database.Database): SlotsRepository => ({
  async bookedCounts(pointId, from, to) {
    const rows = db.prepare('SELECT start, booked FROM slots WHERE point_id = ? AND start >= ? AND start < ?').all(pointId, from, to) as Array<{
      start: string
      booked: number
    }>
    return new Map(rows.map((r) => [r.start, r.booked]))
  }
})

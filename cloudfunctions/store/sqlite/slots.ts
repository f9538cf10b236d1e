import type Database from 'better-sqlite3'
import type { SlotsRepository } from '../consult-port'

/**
 * Places in a slot are taken with one conditional UPDATE (booked < capacity) inside an
 * IMMEDIATE transaction: however many people book at once, no slot goes over its capacity.
 */
export const sqliteSlots = (db: Database.Database): SlotsRepository => {
  const ensure = db.prepare('INSERT INTO slots (point_id, start, booked) VALUES (?, ?, 0) ON CONFLICT DO NOTHING')
  const take = db.prepare('UPDATE slots SET booked = booked + 1 WHERE point_id = ? AND start = ? AND booked < ?')
  const free = db.prepare('UPDATE slots SET booked = booked - 1 WHERE point_id = ? AND start = ? AND booked > 0')

  const book = db.transaction((pointId: string, start: string, capacity: number): boolean => {
    ensure.run(pointId, start)
    return take.run(pointId, start, capacity).changes === 1
  })
  const move = db.transaction((pointId: string, from: string, to: string, capacity: number): boolean => {
    if (!book(pointId, to, capacity)) return false
    free.run(pointId, from)
    return true
  })

  return {
    async bookedCounts(pointId, from, to) {
      const rows = db.prepare('SELECT start, booked FROM slots WHERE point_id = ? AND start >= ? AND start < ?').all(pointId, from, to) as Array<{
        start: string
        booked: number
      }>
      return new Map(rows.map((r) => [r.start, r.booked]))
    },
    async book(pointId, start, capacity) {
      return book.immediate(pointId, start, capacity)
    },
    async release(pointId, start) {
      free.run(pointId, start)
    },
    async move(pointId, from, to, capacity) {
      return move.immediate(pointId, from, to, capacity)
    }
  }
}

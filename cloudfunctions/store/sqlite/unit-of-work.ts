/**
 * A unit of work on SQLite: one IMMEDIATE transaction (it takes the write lock at BEGIN, so
 * two units never decide from the same reads), held through the gate from BEGIN to COMMIT.
 * A throw, or a crash of the process, before COMMIT leaves nothing behind.
 */
import type Database from 'better-sqlite3'
import type { UnitOfWork } from '../consult-port'
import type { Store } from '../port'
import { applicationRows } from './applications'
import { consultationRows } from './consultations'
import type { Gate } from './gate'

const unitOver = (db: Database.Database): UnitOfWork => {
  const rows = consultationRows(db)
  const applications = applicationRows(db)
  const slotRow = db.prepare<[string, string], { booked: number }>('SELECT booked FROM slots WHERE point_id = ? AND start = ?')
  const upsertSlot = db.prepare(
    'INSERT INTO slots (point_id, start, booked) VALUES (?, ?, ?) ON CONFLICT (point_id, start) DO UPDATE SET booked = excluded.booked'
  )
  const insertRequest = db.prepare('INSERT INTO requests (key, fingerprint, result_id, at) VALUES (?, ?, ?, ?)')
  const deleteRequest = db.prepare('DELETE FROM requests WHERE key = ?')
  const counterRow = db.prepare<[string], { last: number }>('SELECT last FROM ticket_counters WHERE date = ?')
  const upsertCounter = db.prepare('INSERT INTO ticket_counters (date, last) VALUES (?, ?) ON CONFLICT (date) DO UPDATE SET last = excluded.last')
  const guardRow = db.prepare<[string], { failures: number; window_start: string; locked_until: string | null }>(
    'SELECT failures, window_start, locked_until FROM follow_guards WHERE key = ?'
  )
  const upsertGuard = db.prepare(
    'INSERT INTO follow_guards (key, failures, window_start, locked_until) VALUES (?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET failures = excluded.failures, window_start = excluded.window_start, locked_until = excluded.locked_until'
  )
  const insertAudit = db.prepare('INSERT INTO audit (at, actor_openid, actor_name, action, consultation_id, detail) VALUES (?, ?, ?, ?, ?, ?)')
  return {
    async consultation(id) {
      return rows.get(id)
    },
    async thread(id) {
      return rows.thread(id)
    },
    async saveConsultation(c, append) {
      rows.save(c, append)
    },
    async insertConsultation(c, events) {
      rows.save(c, { events })
    },
    async replaceThread(id, thread) {
      rows.replaceThread(id, thread)
    },
    async slotBooked({ pointId, start }) {
      return slotRow.get(pointId, start)?.booked ?? 0
    },
    async setSlotBooked({ pointId, start }, booked) {
      upsertSlot.run(pointId, start, booked)
    },
    async request(key) {
      return rows.request(key)
    },
    async saveRequest(r) {
      insertRequest.run(r.key, r.fingerprint, r.resultId, r.at)
    },
    async removeRequest(key) {
      deleteRequest.run(key)
    },
    async ticketCounter(date) {
      return counterRow.get(date)?.last ?? 0
    },
    async setTicketCounter(date, last) {
      upsertCounter.run(date, last)
    },
    async followGuard(key) {
      const row = guardRow.get(key)
      return row ? { key, failures: row.failures, windowStart: row.window_start, ...(row.locked_until ? { lockedUntil: row.locked_until } : {}) } : null
    },
    async saveFollowGuard(g) {
      upsertGuard.run(g.key, g.failures, g.windowStart, g.lockedUntil ?? null)
    },
    async audit(e) {
      insertAudit.run(e.at, e.actorOpenid, e.actorName, e.action, e.consultationId ?? null, e.detail ?? null)
    },
    async application(id) {
      return applications.get(id)
    },
    async saveApplication(a) {
      applications.save(a)
    },
    async insertApplication(a) {
      applications.insert(a)
    },
    async materialClaim(key) {
      return applications.claim(key)
    },
    async saveMaterialClaim(claim) {
      applications.saveClaim(claim)
    },
    async removeMaterialClaim(key) {
      applications.removeClaim(key)
    }
  }
}

export const sqliteUnitOfWork = (db: Database.Database, g: Gate): Store['unitOfWork'] => {
  const unit = unitOver(db)
  return (work) =>
    g.run(async () => {
      db.exec('BEGIN IMMEDIATE')
      try {
        const result = await work(unit)
        db.exec('COMMIT')
        return result
      } catch (error) {
        db.exec('ROLLBACK')
        throw error
      }
    })
}

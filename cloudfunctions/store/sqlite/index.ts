/**
 * The SQLite adapter of the Store port: the local cloud's default and the cloud tests' store.
 * WAL lets readers run beside the one writer; synchronous=FULL makes every acknowledged write
 * durable (bookings must survive a power cut).
 */
import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import type { Store } from '../port'
import { sqliteApplications } from './applications'
import { sqliteAudit } from './audit'
import { sqliteConsultations } from './consultations'
import { gate, gated } from './gate'
import { sqliteInvites } from './invites'
import { migrate } from './migrations'
import { sqlitePoints } from './points'
import { sqliteSlots } from './slots'
import { sqliteStaff } from './staff'
import { sqliteTips } from './tips'
import { sqliteUnitOfWork } from './unit-of-work'

export interface SqliteStore extends Store {
  /** The file the store lives in (for messages and tests). */
  file: string
}

export const openSqliteStore = (file: string): SqliteStore => {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true })
  const db = new Database(file)
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = FULL')
  db.pragma('foreign_keys = ON')
  db.pragma('busy_timeout = 5000')
  migrate(db)
  const g = gate()
  return {
    file,
    tips: gated(g, sqliteTips(db)),
    staff: gated(g, sqliteStaff(db)),
    points: gated(g, sqlitePoints(db)),
    consultations: gated(g, sqliteConsultations(db)),
    applications: gated(g, sqliteApplications(db)),
    slots: gated(g, sqliteSlots(db)),
    invites: gated(g, sqliteInvites(db)),
    audit: gated(g, sqliteAudit(db)),
    unitOfWork: sqliteUnitOfWork(db, g),
    async close() {
      await g.run(() => db.close())
    }
  }
}

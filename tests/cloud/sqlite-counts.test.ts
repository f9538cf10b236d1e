/**
 * The counts tables of migration 006 (per point, status, matter and channel; open cases per
 * employer), which the queue reads instead of counting consultations: the migration fills them
 * from the cases already stored, and its triggers keep them equal to a full count through
 * every kind of change a unit of work makes.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import { STATUSES } from '@/core/domain/consult-status'
import type { StoredConsultation } from '@/core/domain/consultation'
import { MATTERS } from '@/core/domain/matters'
import { toColumns } from '../../cloudfunctions/store/sqlite/consultations'
import { MIGRATIONS, migrate } from '../../cloudfunctions/store/sqlite/migrations'
import { openTempStore, type TempStore } from '../helpers/temp-store'

const AT = '2026-12-01T01:00:00.000Z'
const POINTS = ['heishui-legal-aid-centre', 'guangan-station', undefined]

/** Case `i` in variant `v`: status, matter, channel, point and employer all move with v. */
const consultation = (i: number, v = 0): StoredConsultation =>
  ({
    id: `case-${i}`,
    ticket: `HS-20261201-${1000 + i}`,
    ownerOpenid: `o-${i % 3}`,
    matter: MATTERS[(i + v) % MATTERS.length].id,
    channel: (i + v) % 2 ? 'written' : 'phone',
    status: STATUSES[(i * 3 + v) % STATUSES.length],
    ...(POINTS[(i + v) % POINTS.length] ? { pointId: POINTS[(i + v) % POINTS.length] } : {}),
    ...((i + v) % 4 ? { employerKey: `employer-${(i + v) % 3}` } : {}),
    priority: 3,
    dueAt: AT,
    heldForReview: false,
    createdAt: AT,
    updatedAt: AT,
    statusChangedAt: AT,
    citizenSeenAt: AT
  }) as StoredConsultation

/** The counts tables and the same figures counted from consultations. */
const tallies = (db: Database.Database) => ({
  kept: {
    counts: db.prepare('SELECT point_id, status, matter, channel, n FROM consultation_counts WHERE n > 0 ORDER BY 1, 2, 3, 4').all(),
    employers: db.prepare('SELECT employer_key, n FROM employer_open_counts WHERE n > 0 ORDER BY 1').all()
  },
  counted: {
    counts: db
      .prepare("SELECT COALESCE(point_id, '') AS point_id, status, matter, channel, COUNT(*) AS n FROM consultations GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4")
      .all(),
    employers: db
      .prepare(
        "SELECT employer_key, COUNT(*) AS n FROM consultations WHERE employer_key IS NOT NULL AND status NOT IN ('closed', 'cancelled') GROUP BY 1 ORDER BY 1"
      )
      .all()
  }
})

describe('SQLite counts tables', () => {
  let temp: TempStore
  beforeEach(() => {
    temp = openTempStore()
  })
  afterEach(() => temp.cleanup())

  it('stay equal to a full count as cases are booked, moved, reassigned and regrouped', async () => {
    for (let v = 0; v < 4; v += 1) {
      for (let i = 0; i < 30; i += 1) await temp.store.unitOfWork((uow) => uow.saveConsultation(consultation(i, v)))
    }
    await temp.store.unitOfWork((uow) => uow.insertConsultation(consultation(99), []))
    const db = new Database(temp.file, { readonly: true })
    const { kept, counted } = tallies(db)
    db.close()
    expect(counted.counts.length).toBeGreaterThan(10)
    expect(counted.employers.length).toBe(3)
    expect(kept).toEqual(counted)
  })

  it('are filled by the migration from the cases stored before it', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'falv-counts-'))
    const db = new Database(path.join(dir, 'before-006.sqlite'))
    try {
      db.exec('CREATE TABLE schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL) STRICT')
      for (const [name, sql] of MIGRATIONS.filter(([name]) => name < '006')) {
        db.exec(sql)
        db.prepare('INSERT INTO schema_migrations (name, applied_at) VALUES (?, ?)').run(name, AT)
      }
      const insert = db.prepare(
        `INSERT INTO consultations (id, ticket, owner_openid, matter, channel, status, point_id, slot_start, priority, due_at, held, data,
           created_at, updated_at, status_changed_at, citizen_seen_at, assignee_openid, employer_key)
         VALUES (@id, @ticket, @owner_openid, @matter, @channel, @status, @point_id, @slot_start, @priority, @due_at, @held, @data,
           @created_at, @updated_at, @status_changed_at, @citizen_seen_at, @assignee_openid, @employer_key)`
      )
      for (let i = 0; i < 40; i += 1) insert.run(toColumns(consultation(i, i % 5)))
      expect(migrate(db)).toEqual(MIGRATIONS.filter(([name]) => name >= '006').map(([name]) => name))
      const { kept, counted } = tallies(db)
      expect(counted.counts.length).toBeGreaterThan(10)
      expect(kept).toEqual(counted)
    } finally {
      db.close()
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})

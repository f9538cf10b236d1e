/**
 * The bench's consultation stores: a 10,000 and a 1,000,000 consultation SQLite file in the
 * system's temporary folder (never in the repo), filled by direct inserts in large
 * transactions and kept for the next run. A file is reused only when it was filled to the end
 * under the current migrations (the name says both; a `.done` file beside it marks the end).
 *
 * The data: ten years of a county at 1M (a case every 5 minutes), statuses spread evenly as in
 * issue 9's measurement (so half the cases are open: the queue is as long as the history, the
 * worst case), each citizen with about three cases, wage claims against 500 employers, four
 * points. The counts tables of migration 006 are kept by its triggers as rows go in.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import { PRIVACY_NOTICE_VERSION } from '../../../src/core/contracts/consult'
import { STATUSES } from '../../../src/core/domain/consult-status'
import type { StoredConsultation } from '../../../src/core/domain/consultation'
import { MATTERS } from '../../../src/core/domain/matters'
import { seedStore } from '../../../cloudfunctions/seed'
import { openSqliteStore } from '../../../cloudfunctions/store/sqlite'
import { toColumns } from '../../../cloudfunctions/store/sqlite/consultations'
import { MIGRATIONS } from '../../../cloudfunctions/store/sqlite/migrations'

const POINTS = ['heishui-legal-aid-centre', 'guangan-station', 'chengdu-station', 'tongxiang-station']
const CHANNELS = ['phone', 'video', 'in-person-centre', 'written'] as const
const BATCH = 50_000

/** A citizen of the bench store: about three cases each, whatever the size. */
export const benchOwner = (i: number, cases: number): string => `o-bench-${i % Math.ceil(cases / 3)}`

export const benchConsultation = (i: number, cases: number, now: number): StoredConsultation => {
  const created = new Date(now - (cases - i) * 5 * 60_000).toISOString()
  const matter = MATTERS[i % MATTERS.length].id
  return {
    id: `bench-${String(i).padStart(8, '0')}`,
    ticket: `HS-BENCH-${String(i).padStart(8, '0')}`,
    ownerOpenid: benchOwner(i, cases),
    consentVersion: PRIVACY_NOTICE_VERSION,
    consentedAt: created,
    matter,
    channel: CHANNELS[i % CHANNELS.length],
    status: STATUSES[i % STATUSES.length],
    pointId: POINTS[(i >> 2) % POINTS.length],
    pointName: POINTS[(i >> 2) % POINTS.length],
    description: '在工地干了三个月，老板一直不发工资。',
    applicant: { name: '张三', phone: '13800138000', township: '芦花镇', currentCity: '成都市', disputeCity: '成都市' },
    contactSafety: { safeToCall: true, leaveMessage: true, sayWhoWeAre: true },
    quickCheck: [],
    asap: false,
    priority: ((i % 3) + 1) as 1 | 2 | 3,
    dueAt: new Date(now + ((i % 200) - 40) * 3600_000).toISOString(),
    heldForReview: false,
    ...(matter === 'wages' ? { employerKey: `employer-${i % 500}`, wage: { employer: `某公司${i % 500}`, dueDate: '2026-06-01', coworkers: i % 5 } } : {}),
    createdAt: created,
    updatedAt: created,
    statusChangedAt: created,
    citizenSeenAt: created
  }
}

const fill = (file: string, cases: number, log: (line: string) => void): void => {
  const started = Date.now()
  const db = new Database(file)
  db.pragma('journal_mode = WAL')
  // Filling is not a booking: a crash mid-fill only means filling again (no `.done` yet).
  db.pragma('synchronous = OFF')
  const insert = db.prepare(
    `INSERT INTO consultations (id, ticket, owner_openid, matter, channel, status, point_id, slot_start, priority, due_at, held, data,
       created_at, updated_at, status_changed_at, citizen_seen_at, assignee_openid, employer_key)
     VALUES (@id, @ticket, @owner_openid, @matter, @channel, @status, @point_id, @slot_start, @priority, @due_at, @held, @data,
       @created_at, @updated_at, @status_changed_at, @citizen_seen_at, @assignee_openid, @employer_key)`
  )
  const event = db.prepare("INSERT INTO consultation_events (consultation_id, at, kind, actor) VALUES (?, ?, 'created', 'citizen')")
  // Past slots: a place booked at some point of every hour of the history.
  const slot = db.prepare('INSERT OR IGNORE INTO slots (point_id, start, booked) VALUES (?, ?, 1)')
  const now = Date.now()
  const batch = db.transaction((from: number, to: number) => {
    for (let i = from; i < to; i += 1) {
      const c = benchConsultation(i, cases, now)
      insert.run(toColumns(c))
      event.run(c.id, c.createdAt)
      if (i % 12 === 0) slot.run(c.pointId, `${c.createdAt.slice(0, 13)}:00:00.000Z`)
    }
  })
  for (let from = 0; from < cases; from += BATCH) {
    batch(from, Math.min(cases, from + BATCH))
    if (cases > BATCH) log(`  filling ${path.basename(file)}: ${Math.min(cases, from + BATCH).toLocaleString('en')} of ${cases.toLocaleString('en')}`)
  }
  db.pragma('wal_checkpoint(TRUNCATE)')
  db.close()
  log(`  filled ${cases.toLocaleString('en')} consultations in ${((Date.now() - started) / 1000).toFixed(0)} s`)
}

/** The path of a filled store of `cases` consultations, filling it first if needed. */
export const benchStoreFile = async (cases: number, log: (line: string) => void): Promise<string> => {
  const dir = path.join(os.tmpdir(), 'falv-bench-stores')
  fs.mkdirSync(dir, { recursive: true })
  const file = path.join(dir, `consultations-${cases}-${MIGRATIONS[MIGRATIONS.length - 1][0]}.sqlite`)
  if (fs.existsSync(`${file}.done`)) {
    log(`  reusing ${file}`)
    return file
  }
  for (const old of fs.readdirSync(dir).filter((name) => name.startsWith(`consultations-${cases}-`))) fs.rmSync(path.join(dir, old))
  const store = openSqliteStore(file)
  await seedStore(store)
  await store.close()
  fill(file, cases, log)
  fs.writeFileSync(`${file}.done`, new Date().toISOString())
  return file
}

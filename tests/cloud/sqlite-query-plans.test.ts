/**
 * Every queue, list and position query of the SQLite adapter reads a bounded part of an index
 * (issue 9): EXPLAIN QUERY PLAN of each statement the adapter actually runs must not scan the
 * consultations table, nor sort every open case. The one scan allowed is the in-order walk of a
 * partial index of open cases, which a page's LIMIT stops after a page. Plans are what SQLite
 * picks without statistics, as on a store nobody has ANALYZEd.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import { STATUSES, isOpen } from '@/core/domain/consult-status'
import type { StoredConsultation } from '@/core/domain/consultation'
import { sqliteConsultations } from '../../cloudfunctions/store/sqlite/consultations'
import { migrate } from '../../cloudfunctions/store/sqlite/migrations'
import { OPEN_STATUS_LIST } from '../../cloudfunctions/store/sqlite/migrations/007-flat-at-a-million'

interface Ran {
  sql: string
  args: unknown[]
}

/** The real database, with every prepared statement and its arguments written down when run. */
const recording = (db: Database.Database, ran: Ran[]): Database.Database =>
  new Proxy(db, {
    get(target, key) {
      if (key !== 'prepare') return Reflect.get(target, key, target) as unknown
      return (sql: string) => {
        const statement = target.prepare(sql)
        const record =
          (method: 'all' | 'get' | 'run') =>
          (...args: unknown[]) => {
            ran.push({ sql, args })
            return (statement[method] as (...a: unknown[]) => unknown)(...args)
          }
        return { all: record('all'), get: record('get'), run: record('run') }
      }
    }
  })

/** The detail lines of a statement's plan. */
const planOf = (db: Database.Database, { sql, args }: Ran): string[] =>
  (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...args) as Array<{ detail: string }>).map((row) => row.detail)

const PARTIAL_OPEN_INDEX = /^SCAN consultations USING INDEX consultations_open_queue$/

/** What is wrong with a plan, if anything: a scan of consultations, or a sort of every row found. */
const faultsOf = (plan: string[]): string[] =>
  plan.filter((line) => (/^SCAN consultations\b/.test(line) && !PARTIAL_OPEN_INDEX.test(line)) || /TEMP B-TREE FOR ORDER BY/.test(line))

const AT = '2026-12-01T01:00:00.000Z'
const waiting = {
  id: 'case-1',
  status: 'queued',
  priority: 2,
  dueAt: AT,
  createdAt: AT
} as StoredConsultation

describe('SQLite query plans', () => {
  let dir: string
  let db: Database.Database
  const ran: Ran[] = []
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'falv-plans-'))
    db = new Database(path.join(dir, 'plans.sqlite'))
    migrate(db)
    const consultations = sqliteConsultations(recording(db, ran))
    const queue = { statuses: STATUSES.filter(isOpen), pointIds: null, offset: 0, limit: 20 }
    await consultations.queue(queue)
    await consultations.queue({ ...queue, pointIds: ['guangan-station'] })
    await consultations.queue({ ...queue, pointIds: ['guangan-station', 'chengdu-station'] })
    await consultations.queue({ ...queue, statuses: ['queued'], matter: 'wages' })
    await consultations.queue({ ...queue, statuses: ['queued'], channel: 'written', pointId: 'heishui-legal-aid-centre' })
    await consultations.queue({ ...queue, assigneeOpenid: 'o-lawyer' })
    await consultations.waitingAhead(waiting, 50)
    await consultations.listByOwner('o-owner', 0, 20)
    await consultations.countOpenByOwner('o-owner')
    await consultations.countCreatedByOwnerSince('o-owner', AT)
    await consultations.openPerEmployer(['acme', 'other'])
    await consultations.getByTicket('HS-20261201-0001')
  })
  afterAll(() => {
    db.close()
    fs.rmSync(dir, { recursive: true, force: true })
  })

  it('records the statements the adapter ran', () => {
    expect(ran.length).toBeGreaterThanOrEqual(20)
  })

  it('reads no statement by scanning consultations or sorting all it found', () => {
    const faults = ran.flatMap((statement) => faultsOf(planOf(db, statement)).map((line) => `${line}\n    in: ${statement.sql.replace(/\s+/g, ' ')}`))
    expect(faults).toEqual([])
  })

  it('walks the open queue in its order from a partial index, so a page stops after a page', () => {
    const pages = ran.filter((s) => /ORDER BY priority, due_at, created_at LIMIT/.test(s.sql))
    const open = pages.filter((s) => s.sql.includes(OPEN_STATUS_LIST))
    expect(open).toHaveLength(4)
    for (const page of open) expect(planOf(db, page).join('\n')).toMatch(/consultations_open_(point_|assignee_)?queue\b/)
    // One status: its range of the (status, priority, due_at, created_at) index is in order too.
    const oneStatus = pages.filter((s) => !open.includes(s))
    expect(oneStatus).toHaveLength(2)
    for (const page of oneStatus) expect(planOf(db, page).join('\n')).toMatch(/SEARCH consultations USING INDEX consultations_queue \(status=\?/)
  })

  it('counts the queue from the counts table, never from consultations', () => {
    const counts = ran.filter((s) => /SUM\(n\)/.test(s.sql))
    expect(counts.length).toBeGreaterThanOrEqual(6)
    for (const count of counts) expect(planOf(db, count).join('\n')).not.toMatch(/consultations\b(?!_counts)/)
  })

  it('names the open statuses of the rules in the partial indexes', () => {
    expect(OPEN_STATUS_LIST).toBe(
      `(${STATUSES.filter(isOpen)
        .map((s) => `'${s}'`)
        .join(', ')})`
    )
  })

  it('finds a fault in a plan that scans the table or sorts it (the check can fail)', () => {
    const scan = planOf(db, { sql: "SELECT * FROM consultations WHERE json_extract(data, '$.wage') IS NOT NULL ORDER BY updated_at", args: [] })
    expect(faultsOf(scan)).toHaveLength(2)
  })
})

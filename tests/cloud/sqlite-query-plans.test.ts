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
import { AID_STATUSES, APPLICATION_KINDS, isApplicationOpen, MEDIATION_STATUSES, type StoredApplication } from '@/core/domain/application'
import { STATUSES, isOpen } from '@/core/domain/consult-status'
import type { StoredConsultation } from '@/core/domain/consultation'
import {
  FINISHED_APPLICATION_STATUSES,
  OPEN_APPLICATION_STATUSES,
  RETENTION_APPLICATION_STATUSES,
  WORKING_APPLICATION_STATUSES
} from '../../cloudfunctions/store/application-queue'
import { sqliteApplications } from '../../cloudfunctions/store/sqlite/applications'
import { sqliteConsultations } from '../../cloudfunctions/store/sqlite/consultations'
import { migrate } from '../../cloudfunctions/store/sqlite/migrations'
import { OPEN_STATUS_LIST } from '../../cloudfunctions/store/sqlite/migrations/007-flat-at-a-million'
import { OPEN_APPLICATION_LIST, RETENTION_APPLICATION_LIST, WORKING_APPLICATION_LIST } from '../../cloudfunctions/store/sqlite/migrations/008-applications'

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

/**
 * For one describe block: a migrated database in a temporary folder, `drive` run once over a
 * recording of it (the adapter's calls), and the statements it ran.
 */
const recordedDatabase = (drive: (recorded: Database.Database) => Promise<unknown>) => {
  const state = { db: null as unknown as Database.Database, ran: [] as Ran[] }
  let dir = ''
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'falv-plans-'))
    state.db = new Database(path.join(dir, 'plans.sqlite'))
    migrate(state.db)
    await drive(recording(state.db, state.ran))
  })
  afterAll(() => {
    state.db.close()
    fs.rmSync(dir, { recursive: true, force: true })
  })
  return state
}

/** The detail lines of a statement's plan. */
const planOf = (db: Database.Database, { sql, args }: Ran): string[] =>
  (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...args) as Array<{ detail: string }>).map((row) => row.detail)

/** Each faulty line of each statement's plan, with the statement it came from. */
const faultsIn = (db: Database.Database, ran: Ran[], faultsOf: (plan: string[]) => string[]): string[] =>
  ran.flatMap((statement) => faultsOf(planOf(db, statement)).map((line) => `${line}\n    in: ${statement.sql.replace(/\s+/g, ' ')}`))

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
  const recorded = recordedDatabase(async (db) => {
    const consultations = sqliteConsultations(db)
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

  it('records the statements the adapter ran', () => {
    expect(recorded.ran.length).toBeGreaterThanOrEqual(20)
  })

  it('reads no statement by scanning consultations or sorting all it found', () => {
    expect(faultsIn(recorded.db, recorded.ran, faultsOf)).toEqual([])
  })

  it('walks the open queue in its order from a partial index, so a page stops after a page', () => {
    const pages = recorded.ran.filter((s) => /ORDER BY priority, due_at, created_at LIMIT/.test(s.sql))
    const open = pages.filter((s) => s.sql.includes(OPEN_STATUS_LIST))
    expect(open).toHaveLength(4)
    for (const page of open) expect(planOf(recorded.db, page).join('\n')).toMatch(/consultations_open_(point_|assignee_)?queue\b/)
    // One status: its range of the (status, priority, due_at, created_at) index is in order too.
    const oneStatus = pages.filter((s) => !open.includes(s))
    expect(oneStatus).toHaveLength(2)
    for (const page of oneStatus) expect(planOf(recorded.db, page).join('\n')).toMatch(/SEARCH consultations USING INDEX consultations_queue \(status=\?/)
  })

  it('counts the queue from the counts table, never from consultations', () => {
    const counts = recorded.ran.filter((s) => /SUM\(n\)/.test(s.sql))
    expect(counts.length).toBeGreaterThanOrEqual(6)
    for (const count of counts) expect(planOf(recorded.db, count).join('\n')).not.toMatch(/consultations\b(?!_counts)/)
  })

  it('names the open statuses of the rules in the partial indexes', () => {
    expect(OPEN_STATUS_LIST).toBe(
      `(${STATUSES.filter(isOpen)
        .map((s) => `'${s}'`)
        .join(', ')})`
    )
  })

  it('finds a fault in a plan that scans the table or sorts it (the check can fail)', () => {
    const scan = planOf(recorded.db, { sql: "SELECT * FROM consultations WHERE json_extract(data, '$.wage') IS NOT NULL ORDER BY updated_at", args: [] })
    expect(faultsOf(scan)).toHaveLength(2)
  })
})

/**
 * The same for applications (migration 008): every queue page, owner list, count, ticket
 * look-up and retention batch reads a bounded range of an index, in the order asked.
 */
describe('SQLite query plans of applications', () => {
  const recorded = recordedDatabase(async (db) => {
    const applications = sqliteApplications(db)
    const page = { offset: 0, limit: 20 }
    // Staff's default aid list (everything still worked on), then only the open ones.
    await applications.queue({ ...page, kind: 'aid', statuses: ['submitted', 'awaiting_materials', 'granted', 'assigned'], townships: null })
    await applications.queue({ ...page, kind: 'aid', statuses: ['submitted', 'awaiting_materials', 'granted'], townships: null })
    await applications.queue({ ...page, kind: 'aid', statuses: ['refused'], townships: null })
    await applications.queue({ ...page, kind: 'mediation', statuses: ['submitted', 'accepted'], townships: null })
    await applications.queue({ ...page, kind: 'mediation', statuses: ['submitted', 'accepted'], townships: ['芦花镇'] })
    await applications.queue({ ...page, kind: 'mediation', statuses: ['submitted', 'accepted'], townships: ['芦花镇', '卡龙镇'] })
    await applications.queue({ ...page, kind: 'mediation', statuses: ['succeeded'], townships: ['芦花镇'] })
    await applications.listByOwner('o-owner', 0, 20)
    await applications.countOpenByOwner('o-owner')
    await applications.getByTicket('HSY-20261201-0001')
    await applications.get('app-1')
    await applications.anonymisable(AT, 50)
  })

  // Grouping the few rows of the counts table may use a temporary tree; sorting applications may not.
  const faultsOf = (plan: string[]): string[] => plan.filter((line) => /^SCAN applications\b/.test(line) || /TEMP B-TREE FOR ORDER BY/.test(line))
  const plans = () => recorded.ran.map((statement) => ({ sql: statement.sql.replace(/\s+/g, ' '), plan: planOf(recorded.db, statement).join('\n') }))

  it('reads no statement by scanning applications or sorting what it found', () => {
    expect(recorded.ran.length).toBeGreaterThanOrEqual(20)
    expect(faultsIn(recorded.db, recorded.ran, faultsOf)).toEqual([])
  })

  it('walks each queue page in its order from an index of its kind (and township), so a page stops after a page', () => {
    const pages = plans().filter((s) => /ORDER BY urgent DESC, due_at, created_at, id LIMIT/.test(s.sql))
    expect(pages.map((p) => p.plan)).toEqual([
      'SEARCH applications USING INDEX applications_working_queue (kind=?)',
      'SEARCH applications USING INDEX applications_working_queue (kind=?)',
      'SEARCH applications USING INDEX applications_queue (kind=? AND status=?)',
      'SEARCH applications USING INDEX applications_working_queue (kind=?)',
      'SEARCH applications USING INDEX applications_working_township_queue (kind=? AND township=?)',
      'SEARCH applications USING INDEX applications_working_queue (kind=?)',
      'SEARCH applications USING INDEX applications_township_queue (kind=? AND township=? AND status=?)'
    ])
  })

  it('counts the queue from the counts table, never from applications', () => {
    const counts = plans().filter((s) => /SUM\(n\)/.test(s.sql))
    expect(counts).toHaveLength(14)
    for (const count of counts) expect(count.plan).not.toMatch(/applications\b(?!_counts)/)
  })

  it("reads an owner's list and counts, a ticket and the retention batch through their indexes", () => {
    const planFor = (pattern: RegExp) => plans().find((s) => pattern.test(s.sql))?.plan
    expect(planFor(/WHERE owner_openid = \? ORDER BY/)).toMatch(/SEARCH applications USING INDEX applications_owner \(owner_openid=\?\)/)
    // The owner's count and unseen count read the owner's rows only (the JSON is needed for the unseen test).
    expect(planFor(/AS unseen\s+FROM applications WHERE owner_openid = \?/)).toMatch(
      /SEARCH applications USING INDEX applications_owner(_status)? \(owner_openid=\?\)/
    )
    expect(planFor(/owner_openid = \? AND status IN/)).toMatch(/USING COVERING INDEX applications_owner_status \(owner_openid=\? AND status=\?\)/)
    expect(planFor(/WHERE ticket = \?/)).toMatch(/USING INDEX sqlite_autoindex_applications_2 \(ticket=\?\)/)
    expect(planFor(/anonymised_at IS NULL/)).toMatch(/USING INDEX applications_anonymisable \(status_changed_at<\?\)/)
  })

  it('names the open, finished and working statuses of the domain in the partial indexes', () => {
    const literal = (statuses: string[]) => `(${statuses.map((s) => `'${s}'`).join(', ')})`
    expect(OPEN_APPLICATION_LIST).toBe(literal(OPEN_APPLICATION_STATUSES))
    expect(WORKING_APPLICATION_LIST).toBe(literal(WORKING_APPLICATION_STATUSES))
    expect(RETENTION_APPLICATION_LIST).toBe(literal(RETENTION_APPLICATION_STATUSES))
    // A status list alone tells open from not: no status is open in one kind and not in the other.
    for (const status of OPEN_APPLICATION_STATUSES) {
      for (const kind of APPLICATION_KINDS) {
        const has = (kind === 'aid' ? (AID_STATUSES as readonly string[]) : MEDIATION_STATUSES).includes(status)
        if (has) expect(isApplicationOpen({ kind, status } as StoredApplication)).toBe(true)
      }
    }
    expect([...AID_STATUSES, ...MEDIATION_STATUSES].filter((s) => FINISHED_APPLICATION_STATUSES.includes(s) && OPEN_APPLICATION_STATUSES.includes(s))).toEqual(
      []
    )
  })
})

/**
 * Applications on SQLite (migration 008): the whole application as JSON in `data`, and the
 * columns the indexes need, copied from it on every write.
 */
import type Database from 'better-sqlite3'
import { AID_STATUSES, MEDIATION_STATUSES, type ApplicationKind, type ApplicationStatus } from '../../../src/core/domain/application'
import type { ApplicationQuery, ApplicationsRepository, MaterialClaim, StoredApplication } from '../application-port'
import { isUrgent, queueDueAt, routedTownship, WORKING_APPLICATION_STATUSES } from '../application-queue'
import { filters } from './filters'
import { OPEN_APPLICATION_LIST, RETENTION_APPLICATION_LIST, WORKING_APPLICATION_LIST } from './migrations/008-applications'

const toColumns = (a: StoredApplication) => ({
  id: a.id,
  ticket: a.ticket,
  kind: a.kind,
  owner_openid: a.ownerOpenid,
  status: a.status,
  township: routedTownship(a),
  urgent: isUrgent(a) ? 1 : 0,
  due_at: queueDueAt(a),
  created_at: a.createdAt,
  updated_at: a.updatedAt,
  status_changed_at: a.statusChangedAt,
  anonymised_at: a.anonymisedAt ?? null,
  data: JSON.stringify(a)
})

const toApplication = (row: { data: string }): StoredApplication => JSON.parse(row.data) as StoredApplication

const STATUSES_OF: Record<ApplicationKind, readonly ApplicationStatus[]> = { aid: AID_STATUSES, mediation: MEDIATION_STATUSES }

/** Statuses as an SQL list of literals; only the kind's statuses, so nothing else can reach the SQL. */
const literalList = (kind: ApplicationKind, statuses: readonly ApplicationStatus[]): string => {
  const unknown = statuses.filter((s) => !STATUSES_OF[kind].includes(s))
  if (unknown.length > 0) throw new Error(`Unknown ${kind} status ${unknown.join(', ')}`)
  return statuses.length > 0 ? `(${statuses.map((s) => `'${s}'`).join(', ')})` : '(NULL)'
}

/**
 * A list of several statuses someone still works on is walked in its order from the partial
 * indexes of working applications (migration 008); one status reads its own range of the
 * (kind, [township,] status, …) indexes in order; other lists leave the plan to SQLite.
 */
const walksWorkingIndex = (q: ApplicationQuery): boolean => q.statuses.length > 1 && q.statuses.every((s) => WORKING_APPLICATION_STATUSES.includes(s))

/**
 * The status condition as literals: SQLite uses a partial index only when the query names its
 * condition as written, so a walk of the working index names the index's list, then narrows it
 * when fewer statuses were asked.
 */
const statusCondition = (q: ApplicationQuery): string => {
  const asked = `status IN ${literalList(q.kind, q.statuses)}`
  if (!walksWorkingIndex(q)) return asked
  const working = STATUSES_OF[q.kind].filter((s) => WORKING_APPLICATION_STATUSES.includes(s))
  const all = working.every((s) => q.statuses.includes(s))
  return all ? `status IN ${WORKING_APPLICATION_LIST}` : `status IN ${WORKING_APPLICATION_LIST} AND ${asked}`
}

/** The statements that read and write one application and the file claims (used inside units of work). */
export const applicationRows = (db: Database.Database) => {
  const getRow = db.prepare<[string], { data: string }>('SELECT data FROM applications WHERE id = ?')
  const columns = 'id, ticket, kind, owner_openid, status, township, urgent, due_at, created_at, updated_at, status_changed_at, anonymised_at, data'
  const values = columns.replace(/(\w+)/g, '@$1')
  const insertRow = db.prepare(`INSERT INTO applications (${columns}) VALUES (${values})`)
  const upsertRow = db.prepare(
    `INSERT INTO applications (${columns}) VALUES (${values}) ON CONFLICT (id) DO UPDATE SET ${columns
      .split(', ')
      .filter((c) => c !== 'id')
      .map((c) => `${c} = excluded.${c}`)
      .join(', ')}`
  )
  const claimRow = db.prepare<[string], { application_id: string; at: string }>('SELECT application_id, at FROM material_claims WHERE key = ?')
  const upsertClaim = db.prepare(
    'INSERT INTO material_claims (key, application_id, at) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET application_id = excluded.application_id, at = excluded.at'
  )
  const deleteClaim = db.prepare('DELETE FROM material_claims WHERE key = ?')
  return {
    get(id: string): StoredApplication | null {
      const row = getRow.get(id)
      return row ? toApplication(row) : null
    },
    save(a: StoredApplication) {
      upsertRow.run(toColumns(a))
    },
    insert(a: StoredApplication) {
      insertRow.run(toColumns(a))
    },
    claim(key: string): MaterialClaim | null {
      const row = claimRow.get(key)
      return row ? { key, applicationId: row.application_id, at: row.at } : null
    },
    saveClaim(c: MaterialClaim) {
      upsertClaim.run(c.key, c.applicationId, c.at)
    },
    removeClaim(key: string) {
      deleteClaim.run(key)
    }
  }
}

/**
 * The working index to walk: the kind's, or one township's (several townships walk the kind's
 * and keep theirs, rather than sort every working request of those townships).
 */
const queueIndex = (q: ApplicationQuery, scoped: readonly string[] | null): string => {
  if (!walksWorkingIndex(q)) return ''
  return scoped?.length === 1 ? 'INDEXED BY applications_working_township_queue' : 'INDEXED BY applications_working_queue'
}

export const sqliteApplications = (db: Database.Database): ApplicationsRepository => {
  const rows = applicationRows(db)
  return {
    async get(id) {
      return rows.get(id)
    },
    async getByTicket(ticket) {
      const row = db.prepare<[string], { data: string }>('SELECT data FROM applications WHERE ticket = ?').get(ticket)
      return row ? toApplication(row) : null
    },
    async listByOwner(openid, offset, limit) {
      const items = db
        .prepare<[string, number, number], { data: string }>(
          'SELECT data FROM applications WHERE owner_openid = ? ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?'
        )
        .all(openid, limit, offset)
      // The owner's own rows only (their index): changed since the citizen last looked = unseen.
      const counts = db
        .prepare<[string], { total: number; unseen: number }>(
          `SELECT COUNT(*) AS total,
                  COALESCE(SUM(json_extract(data, '$.statusChangedAt') > json_extract(data, '$.citizenSeenAt')), 0) AS unseen
             FROM applications WHERE owner_openid = ?`
        )
        .get(openid)!
      return { items: items.map(toApplication), total: counts.total, unseenCount: counts.unseen }
    },
    async countOpenByOwner(openid) {
      return db
        .prepare<[string], { n: number }>(`SELECT COUNT(*) AS n FROM applications WHERE owner_openid = ? AND status IN ${OPEN_APPLICATION_LIST}`)
        .get(openid)!.n
    },
    async queue(q) {
      // Townships scope mediation only; aid is the county centre's, whatever the list.
      const scoped = q.kind === 'mediation' ? q.townships : null
      if (scoped?.length === 0) return { items: [], total: 0, counts: {} }
      const where = filters()
      where.always('kind = @kind')
      where.params.kind = q.kind
      if (scoped) where.always(`township IN (${scoped.map((_, i) => `@township${i}`).join(', ')})`)
      scoped?.forEach((township, i) => (where.params[`township${i}`] = township))
      const scope = where.sql()
      where.always(statusCondition(q))
      const items = db
        .prepare(
          `SELECT data FROM applications ${queueIndex(q, scoped)} WHERE ${where.sql()}
           ORDER BY urgent DESC, due_at, created_at, id LIMIT @limit OFFSET @offset`
        )
        .all({ ...where.params, limit: q.limit, offset: q.offset }) as Array<{ data: string }>
      // Totals from the counts table (its columns are named as the scope's): a few rows, however many applications.
      const { n: total } = db
        .prepare(`SELECT COALESCE(SUM(n), 0) AS n FROM application_counts WHERE ${scope} AND status IN ${literalList(q.kind, q.statuses)}`)
        .get(where.params) as { n: number }
      const counts = db
        .prepare(`SELECT status, SUM(n) AS n FROM application_counts WHERE ${scope} GROUP BY status HAVING SUM(n) > 0`)
        .all(where.params) as Array<{ status: ApplicationStatus; n: number }>
      return { items: items.map(toApplication), total, counts: Object.fromEntries(counts.map((c) => [c.status, c.n])) }
    },
    async markSeen(id, at) {
      db.prepare("UPDATE applications SET data = json_set(data, '$.citizenSeenAt', ?) WHERE id = ?").run(at, id)
    },
    async anonymisable(cutoff, limit) {
      return db
        .prepare<[string, number], { id: string }>(
          `SELECT id FROM applications WHERE anonymised_at IS NULL AND status IN ${RETENTION_APPLICATION_LIST} AND status_changed_at < ?
             ORDER BY status_changed_at LIMIT ?`
        )
        .all(cutoff, limit)
        .map((r) => r.id)
    }
  }
}

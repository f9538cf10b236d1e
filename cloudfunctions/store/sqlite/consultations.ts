import type Database from 'better-sqlite3'
import { STATUSES, isOpen, type ConsultStatus } from '../../../src/core/domain/consult-status'
import type { ConsultationsRepository, QueueQuery, StoredConsultation, StoredEvent, StoredMessage, StoredRequest } from '../consult-port'
import { filters } from './filters'
import { OPEN_STATUS_LIST } from './migrations/007-flat-at-a-million'

export interface ConsultationRow {
  id: string
  ticket: string
  owner_openid: string
  matter: StoredConsultation['matter']
  channel: StoredConsultation['channel']
  status: ConsultStatus
  point_id: string | null
  slot_start: string | null
  priority: StoredConsultation['priority']
  due_at: string
  held: number
  data: string
  created_at: string
  updated_at: string
  status_changed_at: string
  citizen_seen_at: string
  assignee_openid: string | null
  employer_key: string | null
}

/** The columns queries filter or sort on; everything else of the request lives in `data`. */
const COLUMNS = {
  ticket: 'ticket',
  ownerOpenid: 'owner_openid',
  matter: 'matter',
  channel: 'channel',
  status: 'status',
  pointId: 'point_id',
  priority: 'priority',
  dueAt: 'due_at',
  heldForReview: 'held',
  createdAt: 'created_at',
  updatedAt: 'updated_at',
  statusChangedAt: 'status_changed_at',
  citizenSeenAt: 'citizen_seen_at',
  assigneeOpenid: 'assignee_openid',
  employerKey: 'employer_key'
} as const satisfies Partial<Record<keyof StoredConsultation, string>>

type ColumnKey = keyof typeof COLUMNS
const isColumn = (key: string): key is ColumnKey => Object.hasOwn(COLUMNS, key)

const columnValue = (key: ColumnKey, value: unknown): unknown => (key === 'heldForReview' ? (value ? 1 : 0) : value)

export const toConsultation = (row: ConsultationRow): StoredConsultation => ({
  ...(JSON.parse(row.data) as Omit<StoredConsultation, ColumnKey | 'id'>),
  id: row.id,
  ticket: row.ticket,
  ownerOpenid: row.owner_openid,
  matter: row.matter,
  channel: row.channel,
  status: row.status,
  ...(row.point_id ? { pointId: row.point_id } : {}),
  priority: row.priority,
  dueAt: row.due_at,
  heldForReview: row.held === 1,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  statusChangedAt: row.status_changed_at,
  citizenSeenAt: row.citizen_seen_at,
  ...(row.assignee_openid ? { assigneeOpenid: row.assignee_openid } : {}),
  ...(row.employer_key ? { employerKey: row.employer_key } : {})
})

/** Splits a consultation into its columns and the JSON of the rest. */
export const toColumns = (c: StoredConsultation) => {
  const data: Record<string, unknown> = {}
  const columns: Record<string, unknown> = { id: c.id, slot_start: c.slot?.start ?? null }
  for (const [key, value] of Object.entries(c)) {
    if (key === 'id') continue
    if (isColumn(key)) columns[COLUMNS[key]] = columnValue(key, value)
    else data[key] = value
  }
  return {
    ...columns,
    point_id: c.pointId ?? null,
    assignee_openid: c.assigneeOpenid ?? null,
    employer_key: c.employerKey ?? null,
    data: JSON.stringify(data)
  }
}

const WAITING: ConsultStatus[] = ['submitted', 'queued']

const OPEN = STATUSES.filter(isOpen)

/**
 * Which partial index of open cases (migration 006) walks the open queue in its order: the
 * member's own, one point's, or every point's (a scope of several points walks them all and
 * keeps its own, rather than sort every open case of those points).
 */
const openQueueIndex = (q: QueueQuery): string => {
  if (q.assigneeOpenid) return 'consultations_open_assignee_queue'
  return q.pointId || q.pointIds?.length === 1 ? 'consultations_open_point_queue' : 'consultations_open_queue'
}

/** Statuses as an SQL list of literals; only known statuses, so nothing else can reach the SQL. */
const literalList = (statuses: readonly ConsultStatus[]): string => {
  const unknown = statuses.filter((s) => !STATUSES.includes(s))
  if (unknown.length > 0) throw new Error(`Unknown status ${unknown.join(', ')}`)
  return statuses.length > 0 ? `(${statuses.map((s) => `'${s}'`).join(', ')})` : '(NULL)'
}

/** The statements that read and write one consultation and its thread (used inside units of work too). */
export const consultationRows = (db: Database.Database) => {
  const getRow = db.prepare<[string], ConsultationRow>('SELECT * FROM consultations WHERE id = ?')
  const upsertRow = db.prepare(
    `INSERT INTO consultations (id, ticket, owner_openid, matter, channel, status, point_id, slot_start, priority, due_at, held, data,
       created_at, updated_at, status_changed_at, citizen_seen_at, assignee_openid, employer_key)
     VALUES (@id, @ticket, @owner_openid, @matter, @channel, @status, @point_id, @slot_start, @priority, @due_at, @held, @data,
       @created_at, @updated_at, @status_changed_at, @citizen_seen_at, @assignee_openid, @employer_key)
     ON CONFLICT (id) DO UPDATE SET ticket = excluded.ticket, owner_openid = excluded.owner_openid, matter = excluded.matter,
       channel = excluded.channel, status = excluded.status, point_id = excluded.point_id, slot_start = excluded.slot_start,
       priority = excluded.priority, due_at = excluded.due_at, held = excluded.held, data = excluded.data,
       created_at = excluded.created_at, updated_at = excluded.updated_at, status_changed_at = excluded.status_changed_at,
       citizen_seen_at = excluded.citizen_seen_at, assignee_openid = excluded.assignee_openid, employer_key = excluded.employer_key`
  )
  const insertEvent = db.prepare('INSERT INTO consultation_events (consultation_id, at, kind, actor, note) VALUES (?, ?, ?, ?, ?)')
  const insertMessage = db.prepare('INSERT INTO consultation_messages (id, consultation_id, at, sender, text, held) VALUES (?, ?, ?, ?, ?, ?)')
  const selectEvents = db.prepare('SELECT at, kind, actor, note FROM consultation_events WHERE consultation_id = ? ORDER BY seq')
  const selectMessages = db.prepare('SELECT id, at, sender, text, held FROM consultation_messages WHERE consultation_id = ? ORDER BY at, rowid')
  const requestRow = db.prepare<[string], { key: string; fingerprint: string; result_id: string; at: string }>('SELECT * FROM requests WHERE key = ?')
  const deleteEvents = db.prepare('DELETE FROM consultation_events WHERE consultation_id = ?')
  const deleteMessages = db.prepare('DELETE FROM consultation_messages WHERE consultation_id = ?')

  const addEvents = (id: string, events: StoredEvent[]) => events.forEach((e) => insertEvent.run(id, e.at, e.kind, e.actor, e.note ?? null))
  const addMessages = (id: string, messages: StoredMessage[]) => messages.forEach((m) => insertMessage.run(m.id, id, m.at, m.from, m.text, m.held ? 1 : 0))

  return {
    get(id: string): StoredConsultation | null {
      const row = getRow.get(id)
      return row ? toConsultation(row) : null
    },
    save(c: StoredConsultation, append: { events?: StoredEvent[]; messages?: StoredMessage[] } = {}) {
      upsertRow.run(toColumns(c))
      addEvents(c.id, append.events ?? [])
      addMessages(c.id, append.messages ?? [])
    },
    thread(id: string): { events: StoredEvent[]; messages: StoredMessage[] } {
      const events = (selectEvents.all(id) as Array<StoredEvent & { note: string | null }>).map(({ note, ...e }) => (note === null ? e : { ...e, note }))
      const messages = (selectMessages.all(id) as Array<{ id: string; at: string; sender: StoredMessage['from']; text: string; held: number }>).map((r) => ({
        id: r.id,
        at: r.at,
        from: r.sender,
        text: r.text,
        held: r.held === 1
      }))
      return { events, messages }
    },
    request(key: string): StoredRequest | null {
      const row = requestRow.get(key)
      return row ? { key: row.key, fingerprint: row.fingerprint, resultId: row.result_id, at: row.at } : null
    },
    replaceThread(id: string, thread: { events: StoredEvent[]; messages: StoredMessage[] }) {
      deleteEvents.run(id)
      deleteMessages.run(id)
      addEvents(id, thread.events)
      addMessages(id, thread.messages)
    }
  }
}

export const sqliteConsultations = (db: Database.Database): ConsultationsRepository => {
  const rows = consultationRows(db)
  return {
    async get(id) {
      return rows.get(id)
    },
    async getByTicket(ticket) {
      const row = db.prepare<[string], ConsultationRow>('SELECT * FROM consultations WHERE ticket = ?').get(ticket)
      return row ? toConsultation(row) : null
    },
    async thread(id) {
      return rows.thread(id)
    },
    async request(key) {
      return rows.request(key)
    },
    async listByOwner(openid, offset, limit) {
      const items = db
        .prepare<[string, number, number], ConsultationRow>('SELECT * FROM consultations WHERE owner_openid = ? ORDER BY created_at DESC, id LIMIT ? OFFSET ?')
        .all(openid, limit, offset)
      const counts = db
        .prepare(
          `SELECT COUNT(*) AS total, COALESCE(SUM(status_changed_at > citizen_seen_at), 0) AS unseen
           FROM consultations WHERE owner_openid = ?`
        )
        .get(openid) as { total: number; unseen: number }
      return { items: items.map(toConsultation), total: counts.total, unseenCount: counts.unseen }
    },
    async countOpenByOwner(openid) {
      return (
        db.prepare("SELECT COUNT(*) AS n FROM consultations WHERE owner_openid = ? AND status NOT IN ('closed', 'cancelled')").get(openid) as {
          n: number
        }
      ).n
    },
    async countCreatedByOwnerSince(openid, since) {
      return (db.prepare('SELECT COUNT(*) AS n FROM consultations WHERE owner_openid = ? AND created_at >= ?').get(openid, since) as { n: number }).n
    },
    async markSeen(id, at) {
      db.prepare('UPDATE consultations SET citizen_seen_at = ? WHERE id = ?').run(at, id)
    },
    async waitingAhead(c, atMost) {
      // A range of the (status, priority, due_at, created_at) index, read up to `atMost` rows.
      const ahead = db
        .prepare(
          `SELECT COUNT(*) AS n FROM (
             SELECT 1 FROM consultations
             WHERE status IN ${literalList(WAITING)} AND (priority, due_at, created_at) < (@priority, @due, @created) AND id <> @id
             LIMIT @atMost)`
        )
        .get({ id: c.id, priority: c.priority, due: c.dueAt, created: c.createdAt, atMost }) as { n: number }
      return ahead.n
    },
    async queue(q) {
      const where = filters()
      if (q.pointIds) where.always(q.pointIds.length ? `point_id IN (${q.pointIds.map((_, i) => `@scope${i}`).join(', ')})` : '0')
      q.pointIds?.forEach((id, i) => (where.params[`scope${i}`] = id))
      // The scope alone gives the counts per status, whatever the other filters.
      const scope = where.sql()
      const allOpen = q.statuses.length === OPEN.length && OPEN.every((s) => q.statuses.includes(s))
      // Written as literals: SQLite uses a partial index only when the query names its condition as written.
      where.always(`status IN ${allOpen ? OPEN_STATUS_LIST : literalList(q.statuses)}`)
      where.when(q.matter, 'matter = @matter', 'matter')
      where.when(q.channel, 'channel = @channel', 'channel')
      where.when(q.pointId, 'point_id = @pointId', 'pointId')
      const counted = where.sql()
      where.when(q.assigneeOpenid, 'assignee_openid = @assignee', 'assignee')
      const items = db
        .prepare(
          `SELECT * FROM consultations ${allOpen ? `INDEXED BY ${openQueueIndex(q)}` : ''} WHERE ${where.sql()} ORDER BY priority, due_at, created_at LIMIT @limit OFFSET @offset`
        )
        .all({ ...where.params, limit: q.limit, offset: q.offset }) as ConsultationRow[]
      // Totals come from the counts table (a few rows per point, status, matter and channel);
      // "mine" counts the member's own open entries instead.
      const total = q.assigneeOpenid
        ? (db.prepare(`SELECT COUNT(*) AS n FROM consultations WHERE ${where.sql()}`).get(where.params) as { n: number }).n
        : (db.prepare(`SELECT COALESCE(SUM(n), 0) AS n FROM consultation_counts WHERE ${counted}`).get(where.params) as { n: number }).n
      const counts = db
        .prepare(`SELECT status, SUM(n) AS n FROM consultation_counts WHERE ${scope} GROUP BY status HAVING SUM(n) > 0`)
        .all(where.params) as Array<{ status: ConsultStatus; n: number }>
      return { items: items.map(toConsultation), total, counts: Object.fromEntries(counts.map((c) => [c.status, c.n])) }
    },
    async openPerEmployer(keys) {
      if (keys.length === 0) return new Map()
      const found = db
        .prepare(`SELECT employer_key AS key, n FROM employer_open_counts WHERE employer_key IN (${keys.map(() => '?').join(', ')}) AND n > 0`)
        .all(...keys) as Array<{ key: string; n: number }>
      return new Map(found.map((r) => [r.key, r.n]))
    },
    async createdBetween(from, to) {
      return (db.prepare('SELECT * FROM consultations WHERE created_at >= ? AND created_at < ? ORDER BY created_at').all(from, to) as ConsultationRow[]).map(
        toConsultation
      )
    },
    async anonymisable(cutoff, limit) {
      return (
        db
          .prepare(
            "SELECT id FROM consultations WHERE status IN ('closed', 'cancelled') AND status_changed_at < ? AND json_extract(data, '$.anonymisedAt') IS NULL LIMIT ?"
          )
          .all(cutoff, limit) as Array<{ id: string }>
      ).map((r) => r.id)
    }
  }
}

import type Database from 'better-sqlite3'
import type { ConsultStatus } from '../../../src/core/domain/consult-status'
import type { ConsultationsRepository, StoredConsultation, StoredEvent, StoredMessage } from '../consult-port'
import { filters } from './filters'

interface Row {
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

const toConsultation = (row: Row): StoredConsultation => ({
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
const toColumns = (c: StoredConsultation) => {
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

export const sqliteConsultations = (db: Database.Database): ConsultationsRepository => {
  const nextSequence = db.prepare(
    `INSERT INTO ticket_counters (date, last) VALUES (?, 1)
     ON CONFLICT (date) DO UPDATE SET last = last + 1 RETURNING last`
  )
  const insertRow = db.prepare(
    `INSERT INTO consultations (id, ticket, owner_openid, matter, channel, status, point_id, slot_start, priority, due_at, held, data,
       created_at, updated_at, status_changed_at, citizen_seen_at, assignee_openid, employer_key)
     VALUES (@id, @ticket, @owner_openid, @matter, @channel, @status, @point_id, @slot_start, @priority, @due_at, @held, @data,
       @created_at, @updated_at, @status_changed_at, @citizen_seen_at, @assignee_openid, @employer_key)`
  )
  const insertEvent = db.prepare('INSERT INTO consultation_events (consultation_id, at, kind, actor, note) VALUES (?, ?, ?, ?, ?)')
  const getRow = db.prepare<[string], Row>('SELECT * FROM consultations WHERE id = ?')
  const updateRow = db.prepare(
    `UPDATE consultations SET status = @status, point_id = @point_id, slot_start = @slot_start, priority = @priority,
       due_at = @due_at, held = @held, data = @data, updated_at = @updated_at, status_changed_at = @status_changed_at,
       citizen_seen_at = @citizen_seen_at, assignee_openid = @assignee_openid, employer_key = @employer_key
     WHERE id = @id AND status = @expected`
  )
  const addEvent = (id: string, e: StoredEvent) => insertEvent.run(id, e.at, e.kind, e.actor, e.note ?? null)

  const insertWithEvents = db.transaction((c: StoredConsultation, events: StoredEvent[]) => {
    insertRow.run(toColumns(c))
    events.forEach((e) => addEvent(c.id, e))
  })

  const updateIf = db.transaction((id: string, expected: readonly ConsultStatus[], patch: Partial<StoredConsultation>, event?: StoredEvent) => {
    const row = getRow.get(id)
    if (!row || !expected.includes(row.status)) return false
    const next = toColumns({ ...toConsultation(row), ...patch, updatedAt: event?.at ?? new Date().toISOString() })
    const changed = updateRow.run({ ...next, expected: row.status }).changes
    if (changed === 1 && event) addEvent(id, event)
    return changed === 1
  })

  /**
   * Retention (个人信息保护法第十九条): after the period, a closed case keeps only what the
   * statistics need — matter, channel, point, dates, outcome, score — and loses everything that
   * could identify the person.
   */
  const anonymise = db.transaction((cutoff: string, at: string): number => {
    const rows = db
      .prepare("SELECT * FROM consultations WHERE status IN ('closed', 'cancelled') AND status_changed_at < ? AND json_extract(data, '$.anonymisedAt') IS NULL")
      .all(cutoff) as Row[]
    for (const row of rows) {
      const c = toConsultation(row)
      const kept: StoredConsultation = {
        ...c,
        ownerOpenid: 'anonymised',
        description: '（已按保存期限删除）',
        applicant: { name: '', phone: '', township: '', currentCity: '', disputeCity: '' },
        onBehalf: undefined,
        wage: undefined,
        employerKey: undefined,
        internalNotes: [],
        rating: c.rating ? { score: c.rating.score } : undefined,
        anonymisedAt: at
      }
      db.prepare('UPDATE consultations SET owner_openid = @owner_openid, employer_key = NULL, data = @data WHERE id = @id').run({ ...toColumns(kept) })
      db.prepare("UPDATE consultation_messages SET text = '（已删除）' WHERE consultation_id = ?").run(c.id)
      db.prepare('UPDATE consultation_events SET note = NULL WHERE consultation_id = ?').run(c.id)
    }
    return rows.length
  })

  return {
    async nextTicketSequence(date) {
      return (nextSequence.get(date) as { last: number }).last
    },
    async insert(consultation, events) {
      insertWithEvents(consultation, events)
    },
    async get(id) {
      const row = getRow.get(id)
      return row ? toConsultation(row) : null
    },
    async getByTicket(ticket) {
      const row = db.prepare<[string], Row>('SELECT * FROM consultations WHERE ticket = ?').get(ticket)
      return row ? toConsultation(row) : null
    },
    async listByOwner(openid, offset, limit) {
      const rows = db
        .prepare<[string, number, number], Row>('SELECT * FROM consultations WHERE owner_openid = ? ORDER BY created_at DESC, id LIMIT ? OFFSET ?')
        .all(openid, limit, offset)
      const counts = db
        .prepare(
          `SELECT COUNT(*) AS total, COALESCE(SUM(status_changed_at > citizen_seen_at), 0) AS unseen
           FROM consultations WHERE owner_openid = ?`
        )
        .get(openid) as { total: number; unseen: number }
      return { items: rows.map(toConsultation), total: counts.total, unseenCount: counts.unseen }
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
    async update(id, expected, patch, event) {
      return updateIf(id, expected, patch, event)
    },
    async markSeen(id, at) {
      db.prepare('UPDATE consultations SET citizen_seen_at = ? WHERE id = ?').run(at, id)
    },
    async events(id) {
      return (
        db.prepare('SELECT at, kind, actor, note FROM consultation_events WHERE consultation_id = ? ORDER BY seq').all(id) as Array<
          StoredEvent & { note: string | null }
        >
      ).map(({ note, ...e }) => (note === null ? e : { ...e, note }))
    },
    async addMessage(consultationId, m) {
      db.prepare('INSERT INTO consultation_messages (id, consultation_id, at, sender, text, held) VALUES (?, ?, ?, ?, ?, ?)').run(
        m.id,
        consultationId,
        m.at,
        m.from,
        m.text,
        m.held ? 1 : 0
      )
    },
    async messages(id) {
      return (
        db
          .prepare('SELECT id, at, sender, text, held FROM consultation_messages WHERE consultation_id = ? ORDER BY at, rowid')
          .all(id) as Array<{ id: string; at: string; sender: StoredMessage['from']; text: string; held: number }>
      ).map((r) => ({ id: r.id, at: r.at, from: r.sender, text: r.text, held: r.held === 1 }))
    },
    async queuePosition(c) {
      const ahead = db
        .prepare(
          `SELECT COUNT(*) AS n FROM consultations
           WHERE status IN (${WAITING.map(() => '?').join(', ')}) AND id <> @id
             AND (priority < @priority OR (priority = @priority AND (due_at < @due OR (due_at = @due AND created_at < @created))))`
        )
        .get(...WAITING, { id: c.id, priority: c.priority, due: c.dueAt, created: c.createdAt }) as { n: number }
      return ahead.n + 1
    },
    async queue(q) {
      const where = filters()
      // Scope first: the counts per status use the scope only, whatever the other filters.
      if (q.pointIds) where.always(q.pointIds.length ? `point_id IN (${q.pointIds.map((_, i) => `@scope${i}`).join(', ')})` : '0')
      q.pointIds?.forEach((id, i) => (where.params[`scope${i}`] = id))
      const scope = where.sql()
      where.always(`status IN (${q.statuses.map((_, i) => `@status${i}`).join(', ')})`)
      q.statuses.forEach((status, i) => (where.params[`status${i}`] = status))
      where.when(q.matter, 'matter = @matter', 'matter')
      where.when(q.channel, 'channel = @channel', 'channel')
      where.when(q.pointId, 'point_id = @pointId', 'pointId')
      where.when(q.assigneeOpenid, 'assignee_openid = @assignee', 'assignee')
      const params = { ...where.params, limit: q.limit, offset: q.offset }
      const rows = db.prepare(`SELECT * FROM consultations WHERE ${where.sql()} ORDER BY priority, due_at, created_at LIMIT @limit OFFSET @offset`).all(params) as Row[]
      const total = (db.prepare(`SELECT COUNT(*) AS n FROM consultations WHERE ${where.sql()}`).get(where.params) as { n: number }).n
      const counts = db.prepare(`SELECT status, COUNT(*) AS n FROM consultations WHERE ${scope} GROUP BY status`).all(where.params) as Array<{ status: ConsultStatus; n: number }>
      return { items: rows.map(toConsultation), total, counts: Object.fromEntries(counts.map((c) => [c.status, c.n])) }
    },
    async openPerEmployer(keys) {
      if (keys.length === 0) return new Map()
      const rows = db
        .prepare(
          `SELECT employer_key AS key, COUNT(*) AS n FROM consultations
           WHERE employer_key IN (${keys.map(() => '?').join(', ')}) AND status NOT IN ('closed', 'cancelled') GROUP BY employer_key`
        )
        .all(...keys) as Array<{ key: string; n: number }>
      return new Map(rows.map((r) => [r.key, r.n]))
    },
    async createdBetween(from, to) {
      return (db.prepare('SELECT * FROM consultations WHERE created_at >= ? AND created_at < ? ORDER BY created_at').all(from, to) as Row[]).map(toConsultation)
    },
    async anonymiseClosedBefore(cutoff, at) {
      return anonymise(cutoff, at)
    }
  }
}

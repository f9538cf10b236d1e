import type Database from 'better-sqlite3'
import type { ConsultStatus } from '../../../src/core/domain/consult-status'
import type { ConsultationsRepository, StoredConsultation, StoredEvent, StoredMessage } from '../consult-port'

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
  citizenSeenAt: 'citizen_seen_at'
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
  citizenSeenAt: row.citizen_seen_at
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
  return { ...columns, point_id: c.pointId ?? null, data: JSON.stringify(data) }
}

const WAITING: ConsultStatus[] = ['submitted', 'queued']

export const sqliteConsultations = (db: Database.Database): ConsultationsRepository => {
  const nextSequence = db.prepare(
    `INSERT INTO ticket_counters (date, last) VALUES (?, 1)
     ON CONFLICT (date) DO UPDATE SET last = last + 1 RETURNING last`
  )
  const insertRow = db.prepare(
    `INSERT INTO consultations (id, ticket, owner_openid, matter, channel, status, point_id, slot_start, priority, due_at, held, data,
       created_at, updated_at, status_changed_at, citizen_seen_at)
     VALUES (@id, @ticket, @owner_openid, @matter, @channel, @status, @point_id, @slot_start, @priority, @due_at, @held, @data,
       @created_at, @updated_at, @status_changed_at, @citizen_seen_at)`
  )
  const insertEvent = db.prepare('INSERT INTO consultation_events (consultation_id, at, kind, actor, note) VALUES (?, ?, ?, ?, ?)')
  const getRow = db.prepare<[string], Row>('SELECT * FROM consultations WHERE id = ?')
  const updateRow = db.prepare(
    `UPDATE consultations SET status = @status, point_id = @point_id, slot_start = @slot_start, priority = @priority,
       due_at = @due_at, held = @held, data = @data, updated_at = @updated_at, status_changed_at = @status_changed_at,
       citizen_seen_at = @citizen_seen_at
     WHERE id = @id AND status = @expected`
  )
  const addEvent = (id: string, e: StoredEvent) => insertEvent.run(id, e.at, e.kind, e.actor, e.note ?? null)

  const insertWithEvents = db.transaction((c: StoredConsultation, events: StoredEvent[]) => {
    insertRow.run(toColumns(c))
    events.forEach((e) => addEvent(c.id, e))
  })

  const updateIf = db.transaction((id: string, expected: readonly ConsultStatus[], patch: Partial<StoredConsultation>, event: StoredEvent) => {
    const row = getRow.get(id)
    if (!row || !expected.includes(row.status)) return false
    const next = toColumns({ ...toConsultation(row), ...patch, updatedAt: event.at })
    const changed = updateRow.run({ ...next, expected: row.status }).changes
    if (changed === 1) addEvent(id, event)
    return changed === 1
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
          .prepare('SELECT id, at, sender, text, held FROM consultation_messages WHERE consultation_id = ? ORDER BY at, id')
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
    }
  }
}

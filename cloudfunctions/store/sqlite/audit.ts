import type Database from 'better-sqlite3'
import type { AuditRepository } from '../port'
import { filters } from './filters'

interface Row {
  at: string
  actor_openid: string
  actor_name: string
  action: string
  consultation_id: string | null
  detail: string | null
}

export const sqliteAudit = (db: Database.Database): AuditRepository => ({
  async record(e) {
    db.prepare('INSERT INTO audit (at, actor_openid, actor_name, action, consultation_id, detail) VALUES (?, ?, ?, ?, ?, ?)').run(
      e.at,
      e.actorOpenid,
      e.actorName,
      e.action,
      e.consultationId ?? null,
      e.detail ?? null
    )
  },
  async list({ consultationId, actorOpenid, from, to, offset, limit }) {
    const where = filters()
    where.when(consultationId, 'consultation_id = @consultationId', 'consultationId')
    where.when(actorOpenid, 'actor_openid = @actorOpenid', 'actorOpenid')
    where.when(from, 'at >= @from', 'from')
    where.when(to, 'at < @to', 'to')
    const total = (db.prepare(`SELECT COUNT(*) AS n FROM audit WHERE ${where.sql()}`).get(where.params) as { n: number }).n
    const rows = db
      .prepare(`SELECT * FROM audit WHERE ${where.sql()} ORDER BY seq DESC LIMIT @limit OFFSET @offset`)
      .all({ ...where.params, limit, offset }) as Row[]
    return {
      total,
      items: rows.map((r) => ({
        at: r.at,
        actorOpenid: r.actor_openid,
        actorName: r.actor_name,
        action: r.action,
        ...(r.consultation_id ? { consultationId: r.consultation_id } : {}),
        ...(r.detail ? { detail: r.detail } : {})
      }))
    }
  }
})

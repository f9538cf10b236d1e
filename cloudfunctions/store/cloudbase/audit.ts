import type { AuditRecord, AuditRepository } from '../port'
import { awaited } from './awaited'
import { readRange } from './read-all'
import type { CloudDatabase } from './types'

/** The audit collection's security rule denies all client access; only cloud functions add to it. */
export const cloudbaseAudit = (db: CloudDatabase): AuditRepository => {
  const audit = db.collection('audit')
  const _ = db.command
  return {
    async record(entry) {
      await awaited(audit.add({ data: entry }))
    },
    async list({ consultationId, actorOpenid, from, to, offset, limit }) {
      const where = {
        ...(consultationId ? { consultationId } : {}),
        ...(actorOpenid ? { actorOpenid } : {}),
        ...(from || to ? { at: from && to ? _.gte(from).and(_.lt(to)) : from ? _.gte(from) : _.lt(to!) } : {})
      }
      const query = audit.where(where)
      const [{ total }, docs] = await Promise.all([
        awaited(query.count()),
        readRange<AuditRecord & { _id: string }>(query.orderBy('at', 'desc').orderBy('_id', 'desc'), offset, limit)
      ])
      return { total, items: docs.map(({ _id, ...e }) => e) }
    }
  }
}

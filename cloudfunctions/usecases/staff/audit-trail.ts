/** The audit trail for admins: filter by case or by staff member; read-only. */
import type { AuditEntry, AuditQuerySchema } from '../../../src/core/contracts/staff'
import type { z } from '../../../src/core/zod'
import type { HandlerContext } from '../../runtime/define-function'

export const auditTrail = async (ctx: HandlerContext, query: z.output<typeof AuditQuerySchema>) => {
  const { items, total } = await ctx.store.audit.list(query)
  const ids = [...new Set(items.flatMap((e) => (e.consultationId ? [e.consultationId] : [])))]
  const tickets = new Map(await Promise.all(ids.map(async (id) => [id, (await ctx.store.consultations.get(id))?.ticket] as const)))
  return { total, items: items.map((e): AuditEntry => ({ ...e, ...(e.consultationId && tickets.get(e.consultationId) ? { ticket: tickets.get(e.consultationId) } : {}) })) }
}

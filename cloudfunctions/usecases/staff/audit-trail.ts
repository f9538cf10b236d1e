/** The audit trail for admins: filter by case or by staff member; read-only. */
import type { AuditEntry, AuditQuerySchema } from '../../../src/core/contracts/staff'
import type { z } from '../../../src/core/zod'
import { notFound } from '../../runtime/failure'
import type { StaffContext } from '../../runtime/context'

export const auditTrail = async (ctx: StaffContext, { ticket, ...query }: z.output<typeof AuditQuerySchema>) => {
  if (ticket) {
    const c = await ctx.store.consultations.getByTicket(ticket)
    if (!c) throw notFound('编号的咨询')
    query.consultationId = c.id
  }
  const { items, total } = await ctx.store.audit.list(query)
  const ids = [...new Set(items.flatMap((e) => (e.consultationId ? [e.consultationId] : [])))]
  const tickets = new Map(await Promise.all(ids.map(async (id) => [id, (await ctx.store.consultations.get(id))?.ticket] as const)))
  return {
    total,
    items: items.map((e): AuditEntry => ({ ...e, ...(e.consultationId && tickets.get(e.consultationId) ? { ticket: tickets.get(e.consultationId) } : {}) }))
  }
}

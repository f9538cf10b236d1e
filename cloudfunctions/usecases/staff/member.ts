/**
 * What a staff member may touch. Scope: lawyers and admins of the county centre (no points
 * listed) see every case; station staff only their points' cases. A case out of scope answers
 * 404, as if it did not exist.
 */
import { covers, type Viewer } from '../../../src/core/domain/case-rules'
import type { AuditAction } from '../../../src/core/domain/audit-actions'
import type { StoredConsultation } from '../../store/consult-port'
import type { StaffMember } from '../../store/port'
import { notFound } from '../../runtime/failure'
import type { HandlerContext } from '../../runtime/context'

/** null: every point. */
export const scopeOf = (member: StaffMember): string[] | null => (member.pointIds.length === 0 ? null : member.pointIds)

/** The member as the rules see them, for a case in their scope; null (not found) otherwise. */
export const staffViewer =
  (member: StaffMember) =>
  (c: StoredConsultation): Viewer | null =>
    covers(member, c) ? { kind: 'staff', openid: member.openid, name: member.name, admin: member.role === 'admin', pointIds: member.pointIds } : null

export const caseInScope = async (ctx: HandlerContext, member: StaffMember, id: string): Promise<StoredConsultation> => {
  const c = await ctx.store.consultations.get(id)
  if (!c || !covers(member, c)) throw notFound('咨询')
  return c
}

/** Every staff view and action is written down: who, what, which case, when. */
export const audit = (ctx: HandlerContext, member: StaffMember, action: AuditAction, consultationId?: string, detail?: string) =>
  ctx.store.audit.record({
    at: ctx.now().toISOString(),
    actorOpenid: member.openid,
    actorName: member.name,
    action,
    ...(consultationId ? { consultationId } : {}),
    ...(detail ? { detail } : {})
  })

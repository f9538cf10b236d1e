/**
 * Who the staff member is and what they may touch. Scope: lawyers and admins of the county
 * centre (no points listed) see every case; station staff only their points' cases. A case out
 * of scope answers 404, as if it did not exist.
 */
import type { AuditAction } from '../../../src/core/domain/audit-actions'
import type { StoredConsultation } from '../../store/consult-port'
import type { StaffMember } from '../../store/port'
import { AppFailure, notFound } from '../../runtime/failure'
import type { HandlerContext } from '../../runtime/define-function'

export const currentMember = async (ctx: HandlerContext): Promise<StaffMember> => {
  if (!ctx.caller.member) throw new AppFailure('AUTH.FORBIDDEN', '您还不是工作人员。请用邀请码加入')
  return ctx.caller.member
}

/** null: every point. */
export const scopeOf = (member: StaffMember): string[] | null => (member.pointIds.length === 0 ? null : member.pointIds)

export const covers = (member: StaffMember, c: Pick<StoredConsultation, 'pointId'>): boolean =>
  member.pointIds.length === 0 || (c.pointId !== undefined && member.pointIds.includes(c.pointId))

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

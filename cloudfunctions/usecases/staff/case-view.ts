/** A case as staff see it: the citizen's request, the phone unmasked only for its holder. */
import type { StaffCase } from '../../../src/core/contracts/staff'
import { maskPhone } from '../../../src/core/domain/phone'
import type { StoredConsultation } from '../../store/consult-port'
import type { StaffMember } from '../../store/port'
import type { HandlerContext } from '../../runtime/context'
import { detailOf } from '../consult/read'

export const staffCaseOf = async (
  ctx: HandlerContext,
  member: StaffMember,
  c: StoredConsultation,
  thread?: Parameters<typeof detailOf>[2]
): Promise<StaffCase> => {
  const detail = await detailOf(ctx, c, thread)
  const phoneVisible = c.assigneeOpenid === member.openid
  return {
    ...detail,
    applicant: { ...detail.applicant, phone: phoneVisible ? detail.applicant.phone : maskPhone(detail.applicant.phone) },
    ...(c.assigneeOpenid ? { assignee: { openid: c.assigneeOpenid, name: c.assigneeName ?? '' } } : {}),
    callbackAttempts: c.callbackAttempts ?? 0,
    escalated: c.escalated ?? false,
    ...(c.outcome ? { outcome: c.outcome } : {}),
    internalNotes: c.internalNotes ?? [],
    attachedTips: c.attachedTips ?? [],
    phoneVisible
  }
}

/**
 * Working a case: claim (one staff member at a time), release, reply, ask for more, note, log a
 * callback, hand over, close, review held text. The rules are in src/core/domain/case-rules.ts;
 * each action is one unit of work with its timeline event and its audit entry
 * (usecases/act-on-case.ts).
 */
import crypto from 'node:crypto'
import type { OutcomeId, StaffCase } from '../../../src/core/contracts/staff'
import { OUTCOMES } from '../../../src/core/contracts/staff'
import type { AuditAction } from '../../../src/core/domain/audit-actions'
import type { CaseAction } from '../../../src/core/domain/case-rules'
import { AppFailure } from '../../runtime/failure'
import type { StaffContext } from '../../runtime/context'
import { actOnCase } from '../act-on-case'
import { activePoint } from '../consult/booking-point'
import { staffCaseOf } from './case-view'
import { audit, caseInScope, scopeOf, staffViewer } from './member'

const staffAct = async (ctx: StaffContext, id: string, auditAction: AuditAction, action: CaseAction): Promise<StaffCase> => {
  const { member } = ctx.caller
  const { consultation, thread } = await actOnCase(ctx, {
    id,
    viewerOf: staffViewer(member),
    action,
    audit: { actorOpenid: member.openid, actorName: member.name, action: auditAction }
  })
  return staffCaseOf(ctx, member, consultation, thread)
}

const staffMessage = (ctx: StaffContext, text: string) => ({ id: crypto.randomUUID(), at: ctx.now().toISOString(), from: 'staff' as const, text, held: false })

export const viewCase = async (ctx: StaffContext, id: string): Promise<StaffCase> => {
  const { member } = ctx.caller
  const c = await caseInScope(ctx, member, id)
  await audit(ctx, member, 'view', c.id)
  return staffCaseOf(ctx, member, c)
}

export const claimCase = (ctx: StaffContext, id: string) => staffAct(ctx, id, 'claim', { type: 'claim' })

export const claimNextCase = async (ctx: StaffContext): Promise<StaffCase | null> => {
  const { items } = await ctx.store.consultations.queue({ statuses: ['queued'], pointIds: scopeOf(ctx.caller.member), offset: 0, limit: 10 })
  for (const c of items) {
    try {
      return await claimCase(ctx, c.id)
    } catch (error) {
      // Someone else took it a moment earlier: try the next one.
      if (!(error instanceof AppFailure && error.code === 'RESOURCE.CONFLICT')) throw error
    }
  }
  return null
}

export const releaseCase = (ctx: StaffContext, id: string) => staffAct(ctx, id, 'release', { type: 'release' })

export const replyToCitizen = async (ctx: StaffContext, id: string, text: string, tipIds: string[]) => {
  const tips = await Promise.all(tipIds.map((tipId) => ctx.store.tips.get(tipId)))
  if (tips.some((t) => !t)) throw new AppFailure('INPUT.INVALID', '附上的普法小贴士不存在', [{ path: 'tipIds', message: '请重新选择小贴士' }])
  const titles = tips.map((t) => `《${t!.title}》`).join('')
  const message = staffMessage(ctx, titles ? `${text}\n\n推荐阅读：${titles}` : text)
  return staffAct(ctx, id, 'reply', { type: 'reply', message, tipIds })
}

export const askCitizen = (ctx: StaffContext, id: string, text: string) => staffAct(ctx, id, 'ask', { type: 'ask', message: staffMessage(ctx, text) })

export const addInternalNote = (ctx: StaffContext, id: string, text: string) => staffAct(ctx, id, 'note', { type: 'note', text })

export const logCallback = (ctx: StaffContext, id: string, reached: boolean, note?: string) =>
  staffAct(ctx, id, reached ? 'callback.reached' : 'callback.missed', { type: 'callback', reached, ...(note ? { note } : {}) })

export const handOverCase = async (ctx: StaffContext, id: string, note: string, toPointId?: string, toOpenid?: string) => {
  if (toPointId) {
    const point = await activePoint(ctx, toPointId)
    if (!point) throw new AppFailure('INPUT.INVALID', '没有这个服务点', [{ path: 'toPointId', message: '请重新选择服务点' }])
    return staffAct(ctx, id, 'handover.point', { type: 'handOverToPoint', point: { id: point.id, name: point.name }, note })
  }
  const target = await ctx.store.staff.get(toOpenid!)
  if (!target) throw new AppFailure('INPUT.INVALID', '没有这位工作人员', [{ path: 'toOpenid', message: '请选择负责这个服务点的工作人员' }])
  return staffAct(ctx, id, 'handover.staff', { type: 'handOverToStaff', staff: { openid: target.openid, name: target.name, pointIds: target.pointIds }, note })
}

export const closeCase = (ctx: StaffContext, id: string, outcome: OutcomeId, note?: string) =>
  staffAct(ctx, id, 'close', { type: 'close', outcome, outcomeLabel: OUTCOMES.find((o) => o.id === outcome)!.label, ...(note ? { note } : {}) })

/** Text the content check held: a person decides. Approved, it joins the queue; refused, it is closed. */
export const reviewHeldCase = (ctx: StaffContext, id: string, approve: boolean) =>
  staffAct(ctx, id, approve ? 'review.approve' : 'review.reject', { type: 'review', approve })

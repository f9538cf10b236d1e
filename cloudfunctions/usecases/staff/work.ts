/**
 * Working a case: claim (one staff member at a time, by a conditional update), release, reply,
 * ask for more, note, log a callback, hand over, close, review held text. Each action is a coded
 * event in the citizen's timeline (internal notes excepted) and an entry in the audit trail.
 */
import crypto from 'node:crypto'
import type { OutcomeId, StaffCase } from '../../../src/core/contracts/staff'
import { OUTCOMES } from '../../../src/core/contracts/staff'
import type { AuditAction } from '../../../src/core/domain/audit-actions'
import { canMove, type ConsultStatus } from '../../../src/core/domain/consult-status'
import type { StoredConsultation, StoredEvent } from '../../store/consult-port'
import type { StaffMember } from '../../store/port'
import { AppFailure } from '../../runtime/failure'
import type { HandlerContext } from '../../runtime/define-function'
import { activePoint } from '../consult/booking-point'
import { staffCaseOf } from './case-view'
import { audit, caseInScope, covers, currentMember, scopeOf } from './member'

/** After this many failed callback attempts the case is escalated (UK CLA practice). */
export const MAX_CALLBACK_ATTEMPTS = 3

const takenMeanwhile = () => new AppFailure('RESOURCE.CONFLICT', '这个咨询刚刚被别人处理了，请刷新后再看')

interface Step {
  to?: ConsultStatus
  patch?: Partial<StoredConsultation>
  event?: Omit<StoredEvent, 'at' | 'actor'>
  message?: string
}

/** Applies one step to a case the member may work, with its event, message and audit entry. */
const apply = async (ctx: HandlerContext, member: StaffMember, c: StoredConsultation, action: AuditAction, step: Step): Promise<StaffCase> => {
  const at = ctx.now().toISOString()
  if (step.to && !canMove(c.status, step.to)) throw new AppFailure('CONSULT.STATE', '这个咨询现在不能这样操作')
  const patch: Partial<StoredConsultation> = { ...step.patch, ...(step.to && step.to !== c.status ? { status: step.to, statusChangedAt: at } : {}) }
  const event = step.event ? { ...step.event, at, actor: 'staff' as const } : undefined
  if (!(await ctx.store.consultations.update(c.id, [c.status], patch, event))) throw takenMeanwhile()
  if (step.message) await ctx.store.consultations.addMessage(c.id, { id: crypto.randomUUID(), at, from: 'staff', text: step.message, held: false })
  await audit(ctx, member, action, c.id)
  const updated = (await ctx.store.consultations.get(c.id))!
  if (patch.status) await ctx.notifier.statusChanged(updated)
  return staffCaseOf(ctx, member, updated)
}

/** The case, if the caller holds it (admins may act on any case in scope). */
const heldCase = async (ctx: HandlerContext, id: string) => {
  const member = await currentMember(ctx)
  const c = await caseInScope(ctx, member, id)
  if (c.assigneeOpenid !== member.openid && member.role !== 'admin') throw new AppFailure('AUTH.FORBIDDEN', '请先领取这个咨询')
  return { member, c }
}

export const viewCase = async (ctx: HandlerContext, id: string): Promise<StaffCase> => {
  const member = await currentMember(ctx)
  const c = await caseInScope(ctx, member, id)
  await audit(ctx, member, 'view', c.id)
  return staffCaseOf(ctx, member, c)
}

export const claimCase = async (ctx: HandlerContext, id: string): Promise<StaffCase> => {
  const member = await currentMember(ctx)
  const c = await caseInScope(ctx, member, id)
  if (c.status !== 'queued') throw new AppFailure('RESOURCE.CONFLICT', c.assigneeOpenid ? '这个咨询已经被别人领取了' : '这个咨询现在不在排队中')
  return apply(ctx, member, c, 'claim', {
    to: 'in_progress',
    patch: { assigneeOpenid: member.openid, assigneeName: member.name },
    event: { kind: 'claimed' }
  })
}

export const claimNextCase = async (ctx: HandlerContext): Promise<StaffCase | null> => {
  const member = await currentMember(ctx)
  const { items } = await ctx.store.consultations.queue({ statuses: ['queued'], pointIds: scopeOf(member), offset: 0, limit: 10 })
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

export const releaseCase = async (ctx: HandlerContext, id: string) => {
  const { member, c } = await heldCase(ctx, id)
  return apply(ctx, member, c, 'release', { to: 'queued', patch: { assigneeOpenid: undefined, assigneeName: undefined }, event: { kind: 'released' } })
}

const firstAnswer = (c: StoredConsultation, at: string) => (c.firstAnsweredAt ? {} : { firstAnsweredAt: at })

export const replyToCitizen = async (ctx: HandlerContext, id: string, text: string, tipIds: string[]) => {
  const { member, c } = await heldCase(ctx, id)
  const tips = await Promise.all(tipIds.map((tipId) => ctx.store.tips.get(tipId)))
  if (tips.some((t) => !t)) throw new AppFailure('INPUT.INVALID', '附上的普法小贴士不存在', [{ path: 'tipIds', message: '请重新选择小贴士' }])
  const titles = tips.map((t) => `《${t!.title}》`).join('')
  return apply(ctx, member, c, 'reply', {
    to: 'answered',
    patch: { ...firstAnswer(c, ctx.now().toISOString()), attachedTips: [...new Set([...(c.attachedTips ?? []), ...tipIds])] },
    event: { kind: 'answered' },
    message: titles ? `${text}\n\n推荐阅读：${titles}` : text
  })
}

export const askCitizen = async (ctx: HandlerContext, id: string, text: string) => {
  const { member, c } = await heldCase(ctx, id)
  return apply(ctx, member, c, 'ask', { to: 'awaiting_citizen', patch: firstAnswer(c, ctx.now().toISOString()), event: { kind: 'asked' }, message: text })
}

export const addInternalNote = async (ctx: HandlerContext, id: string, text: string) => {
  const member = await currentMember(ctx)
  const c = await caseInScope(ctx, member, id)
  const note = { at: ctx.now().toISOString(), by: member.name, text }
  return apply(ctx, member, c, 'note', { patch: { internalNotes: [...(c.internalNotes ?? []), note] } })
}

export const logCallback = async (ctx: HandlerContext, id: string, reached: boolean, note?: string) => {
  const { member, c } = await heldCase(ctx, id)
  const attempts = (c.callbackAttempts ?? 0) + (reached ? 0 : 1)
  const escalate = !reached && attempts >= MAX_CALLBACK_ATTEMPTS && !c.escalated
  const notes = note ? [...(c.internalNotes ?? []), { at: ctx.now().toISOString(), by: member.name, text: note }] : c.internalNotes
  return apply(ctx, member, c, reached ? 'callback.reached' : 'callback.missed', {
    patch: { callbackAttempts: attempts, ...(notes ? { internalNotes: notes } : {}), ...(escalate ? { escalated: true, priority: 1 } : {}) },
    event: escalate ? { kind: 'escalated' } : { kind: 'callback-attempt', note: reached ? '已联系上' : `没有打通（第 ${attempts} 次）` }
  })
}

export const handOverCase = async (ctx: HandlerContext, id: string, note: string, toPointId?: string, toOpenid?: string) => {
  const { member, c } = await heldCase(ctx, id)
  const internalNotes = [...(c.internalNotes ?? []), { at: ctx.now().toISOString(), by: member.name, text: `转交：${note}` }]
  if (toPointId) {
    const point = await activePoint(ctx, toPointId)
    if (!point) throw new AppFailure('INPUT.INVALID', '没有这个服务点', [{ path: 'toPointId', message: '请重新选择服务点' }])
    return apply(ctx, member, c, 'handover.point', {
      to: 'queued',
      patch: { pointId: toPointId, pointName: point.name, assigneeOpenid: undefined, assigneeName: undefined, internalNotes },
      event: { kind: 'handed-over' }
    })
  }
  const target = await ctx.store.staff.get(toOpenid!)
  if (!target || !covers(target, c)) throw new AppFailure('INPUT.INVALID', '这位工作人员不负责这个服务点', [{ path: 'toOpenid', message: '请选择负责这个服务点的工作人员' }])
  return apply(ctx, member, c, 'handover.staff', {
    patch: { assigneeOpenid: target.openid, assigneeName: target.name, internalNotes },
    event: { kind: 'handed-over' }
  })
}

export const closeCase = async (ctx: HandlerContext, id: string, outcome: OutcomeId, note?: string) => {
  const { member, c } = await heldCase(ctx, id)
  const label = OUTCOMES.find((o) => o.id === outcome)!.label
  return apply(ctx, member, c, 'close', {
    to: 'closed',
    patch: { outcome, closedAt: ctx.now().toISOString(), ...(note ? { internalNotes: [...(c.internalNotes ?? []), { at: ctx.now().toISOString(), by: member.name, text: note }] } : {}) },
    event: { kind: 'closed', note: label }
  })
}

/** Text the content check held: a person decides. Approved, it joins the queue; refused, it is closed. */
export const reviewHeldCase = async (ctx: HandlerContext, id: string, approve: boolean) => {
  const member = await currentMember(ctx)
  const c = await caseInScope(ctx, member, id)
  if (c.status !== 'submitted') throw new AppFailure('CONSULT.STATE', '这个咨询不需要核对')
  return approve
    ? apply(ctx, member, c, 'review.approve', { to: 'queued', patch: { heldForReview: false }, event: { kind: 'reviewed' } })
    : apply(ctx, member, c, 'review.reject', { to: 'closed', patch: { outcome: 'withdrawn', closedAt: ctx.now().toISOString() }, event: { kind: 'closed', note: '内容不符合要求，请拨打 12348 咨询' } })
}

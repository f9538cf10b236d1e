/**
 * What a citizen can do to their own consultation: cancel (until the slot starts), move it to
 * another free slot, add information, and rate the answer. Each change is a conditional
 * update: if staff changed the case a moment earlier, the citizen is told to look again.
 */
import crypto from 'node:crypto'
import type { ConsultationDetail } from '../../../src/core/contracts/consult'
import { canMove, isOpen, type ConsultStatus } from '../../../src/core/domain/consult-status'
import { findSlot } from '../../../src/core/domain/slots'
import { formatShanghaiTime } from '../../../src/core/domain/time'
import { needsReview } from '../../content-check/port'
import type { StoredConsultation, StoredEvent } from '../../store/consult-port'
import { AppFailure } from '../../runtime/failure'
import type { HandlerContext } from '../../runtime/define-function'
import { activePoint } from './booking-point'
import { detailOf, ownedConsultation } from './read'

const changedMeanwhile = () => new AppFailure('RESOURCE.CONFLICT', '这个咨询刚刚有了新进展，请刷新后再试')

const slotStarted = (c: StoredConsultation, now: Date): boolean => Boolean(c.slot && now.getTime() >= Date.parse(c.slot.start))

/** Moves to `to` with the event; the citizen's own change does not raise their badge. */
const moveStatus = async (ctx: HandlerContext, c: StoredConsultation, to: ConsultStatus, event: StoredEvent, patch: Partial<StoredConsultation> = {}) => {
  if (!canMove(c.status, to)) throw new AppFailure('CONSULT.STATE', '这个咨询现在不能这样操作')
  const at = event.at
  const applied = await ctx.store.consultations.update(c.id, [c.status], { ...patch, status: to, statusChangedAt: at, citizenSeenAt: at }, event)
  if (!applied) throw changedMeanwhile()
}

export const cancelConsultation = async (ctx: HandlerContext, id: string, reason: string): Promise<ConsultationDetail> => {
  const c = await ownedConsultation(ctx, id)
  const now = ctx.now()
  if (!isOpen(c.status)) throw new AppFailure('CONSULT.STATE', '这个咨询已经结束了，不用取消')
  if (slotStarted(c, now)) throw new AppFailure('CONSULT.STATE', '预约的时间已经开始了，不能再取消。有事请拨打 12348')
  await moveStatus(ctx, c, 'cancelled', { at: now.toISOString(), kind: 'cancelled', actor: 'citizen', note: reason })
  // Cancelling frees the place for someone else.
  if (c.slot && c.pointId) await ctx.store.slots.release(c.pointId, c.slot.start)
  return detailOf(ctx, (await ctx.store.consultations.get(id))!)
}

export const rescheduleConsultation = async (ctx: HandlerContext, id: string, slotStart: string): Promise<ConsultationDetail> => {
  const c = await ownedConsultation(ctx, id)
  const now = ctx.now()
  const point = c.pointId ? await activePoint(ctx, c.pointId) : undefined
  if (!c.slot || !point) throw new AppFailure('CONSULT.STATE', '这个咨询没有预约时间，不用改')
  if (c.status !== 'submitted' && c.status !== 'queued') throw new AppFailure('CONSULT.STATE', '工作人员已经开始处理，不能再改时间。有事请留言')
  if (slotStarted(c, now)) throw new AppFailure('CONSULT.STATE', '预约的时间已经开始了，不能再改')
  const slot = findSlot(ctx.county, point, ctx.county.booking, now, slotStart)
  if (!slot) throw new AppFailure('SLOT.UNAVAILABLE', '这个时间已经不能预约了，请换一个时间')
  if (slot.start === c.slot.start) throw new AppFailure('INPUT.INVALID', '新时间和原来的一样', [{ path: 'slotStart', message: '请选一个不同的时间' }])

  const capacity = ctx.county.booking.capacityPerSlot
  if (!(await ctx.store.slots.move(point.id, c.slot.start, slot.start, capacity))) {
    throw new AppFailure('SLOT.FULL', '这个时间已经约满了，请换一个时间')
  }
  const at = now.toISOString()
  const event: StoredEvent = { at, kind: 'rescheduled', actor: 'citizen', note: `新的时间是 ${formatShanghaiTime(slot.start)}` }
  const applied = await ctx.store.consultations.update(c.id, [c.status], { slot, dueAt: slot.start, citizenSeenAt: at }, event)
  if (!applied) {
    // Staff took the case meanwhile: give the new place back and keep the old one.
    await ctx.store.slots.move(point.id, slot.start, c.slot.start, Number.MAX_SAFE_INTEGER)
    throw changedMeanwhile()
  }
  return detailOf(ctx, (await ctx.store.consultations.get(id))!)
}

/**
 * A message the phone may send more than once (kept offline, then retried) carries the phone's
 * request id: it becomes the message's id, and a second arrival answers the first.
 */
export const addCitizenMessage = async (ctx: HandlerContext, id: string, text: string, clientRequestId?: string): Promise<ConsultationDetail> => {
  const c = await ownedConsultation(ctx, id)
  const messageId = clientRequestId ? `m-${clientRequestId}` : crypto.randomUUID()
  if (clientRequestId && (await ctx.store.consultations.messages(c.id)).some((m) => m.id === messageId)) return detailOf(ctx, c)
  if (!isOpen(c.status)) throw new AppFailure('CONSULT.STATE', '这个咨询已经结束了。还有问题请重新预约')
  const now = ctx.now()
  const verdict = await ctx.contentCheck.check(text, ctx.caller.openid)
  await ctx.store.consultations.addMessage(c.id, { id: messageId, at: now.toISOString(), from: 'citizen', text, held: needsReview(verdict) })
  // The answer staff asked for puts the case back in their hands.
  if (c.status === 'awaiting_citizen') await moveStatus(ctx, c, 'in_progress', { at: now.toISOString(), kind: 'citizen-replied', actor: 'citizen' })
  return detailOf(ctx, (await ctx.store.consultations.get(id))!)
}

export const rateConsultation = async (ctx: HandlerContext, id: string, score: number, comment?: string): Promise<ConsultationDetail> => {
  const c = await ownedConsultation(ctx, id)
  if (c.status !== 'answered' && c.status !== 'closed') throw new AppFailure('CONSULT.STATE', '答复以后才能评价')
  if (c.rating) throw new AppFailure('CONSULT.STATE', '您已经评价过了，谢谢')
  const at = ctx.now().toISOString()
  const held = comment ? needsReview(await ctx.contentCheck.check(comment, ctx.caller.openid)) : false
  const rating = { score, ...(comment ? { comment, held } : {}) }
  const event: StoredEvent = { at, kind: 'rated', actor: 'citizen', note: `${score} 星` }
  // Rating an answer closes the consultation; rating a closed one just records the score.
  if (c.status === 'answered') await moveStatus(ctx, c, 'closed', event, { rating })
  else if (!(await ctx.store.consultations.update(c.id, ['closed'], { rating, citizenSeenAt: at }, event))) throw changedMeanwhile()
  return detailOf(ctx, (await ctx.store.consultations.get(id))!)
}

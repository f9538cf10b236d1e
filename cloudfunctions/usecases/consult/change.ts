/**
 * What a citizen can do to their own consultation: cancel (until the slot starts), move it to
 * another free slot, add information, and rate the answer. The rules are in
 * src/core/domain/case-rules.ts; each change is one unit of work (usecases/act-on-case.ts).
 */
import crypto from 'node:crypto'
import type { ConsultationDetail } from '../../../src/core/contracts/consult'
import { findSlot } from '../../../src/core/domain/slots'
import { needsReview } from '../../content-check/port'
import { AppFailure } from '../../runtime/failure'
import type { SignedInContext } from '../../runtime/context'
import { actOnCase, ownerViewer, type CaseActionRequest } from '../act-on-case'
import { activePoint } from './booking-point'
import { detailOf, ownedConsultation } from './read'

/** The owner's action on their case, answered with the case as saved. */
export const citizenAct = async (
  ctx: SignedInContext,
  id: string,
  action: CaseActionRequest['action'],
  alreadyDone?: CaseActionRequest['alreadyDone']
): Promise<ConsultationDetail> =>
  actOnCase(ctx, { id, viewerOf: ownerViewer(ctx.caller.openid), action, alreadyDone }).then(({ consultation, thread }) => detailOf(ctx, consultation, thread))

export const cancelConsultation = (ctx: SignedInContext, id: string, reason: string) => citizenAct(ctx, id, { type: 'cancel', reason })

export const rescheduleConsultation = async (ctx: SignedInContext, id: string, slotStart: string): Promise<ConsultationDetail> => {
  const c = await ownedConsultation(ctx, id)
  const point = c.pointId ? await activePoint(ctx, c.pointId) : undefined
  if (!c.slot || !point) throw new AppFailure('CONSULT.STATE', '这个咨询没有预约时间，不用改')
  const slot = findSlot(ctx.county, point, ctx.county.booking, ctx.now(), slotStart)
  if (!slot) throw new AppFailure('SLOT.UNAVAILABLE', '这个时间已经不能预约了，请换一个时间')
  return citizenAct(ctx, id, { type: 'reschedule', slot })
}

/**
 * A message the phone may send more than once (kept offline, then retried) carries the phone's
 * request id: it becomes the message's id, and a second arrival changes nothing.
 */
export const addCitizenMessage = async (ctx: SignedInContext, id: string, text: string, clientRequestId?: string): Promise<ConsultationDetail> => {
  await ownedConsultation(ctx, id)
  const held = needsReview(await ctx.contentCheck.check(text, ctx.caller.openid))
  const message = { id: clientRequestId ? `m-${clientRequestId}` : crypto.randomUUID(), at: ctx.now().toISOString(), from: 'citizen' as const, text, held }
  return citizenAct(ctx, id, { type: 'addMessage', message }, async (uow) => (await uow.thread(id)).messages.some((m) => m.id === message.id))
}

export const rateConsultation = async (ctx: SignedInContext, id: string, score: number, comment?: string): Promise<ConsultationDetail> => {
  await ownedConsultation(ctx, id)
  const held = comment ? needsReview(await ctx.contentCheck.check(comment, ctx.caller.openid)) : false
  return citizenAct(ctx, id, { type: 'rate', score, ...(comment ? { comment } : {}), held })
}

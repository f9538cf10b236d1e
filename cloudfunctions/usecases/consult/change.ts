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
import { actOnCase, ownerViewer } from '../act-on-case'
import { activePoint } from './booking-point'
import { detailOf, ownedConsultation } from './read'

const citizenAct = async (ctx: SignedInContext, id: string, action: Parameters<typeof actOnCase>[1]['action']): Promise<ConsultationDetail> =>
  actOnCase(ctx, { id, viewerOf: ownerViewer(ctx.caller.openid), action }).then(({ consultation, thread }) => detailOf(ctx, consultation, thread))

export const cancelConsultation = (ctx: SignedInContext, id: string, reason: string) => citizenAct(ctx, id, { type: 'cancel', reason })

export const rescheduleConsultation = async (ctx: SignedInContext, id: string, slotStart: string): Promise<ConsultationDetail> => {
  const c = await ownedConsultation(ctx, id)
  const point = c.pointId ? await activePoint(ctx, c.pointId) : undefined
  if (!c.slot || !point) throw new AppFailure('CONSULT.STATE', '这个咨询没有预约时间，不用改')
  const slot = findSlot(ctx.county, point, ctx.county.booking, ctx.now(), slotStart)
  if (!slot) throw new AppFailure('SLOT.UNAVAILABLE', '这个时间已经不能预约了，请换一个时间')
  return citizenAct(ctx, id, { type: 'reschedule', slot })
}

export const addCitizenMessage = async (ctx: SignedInContext, id: string, text: string): Promise<ConsultationDetail> => {
  await ownedConsultation(ctx, id)
  const held = needsReview(await ctx.contentCheck.check(text, ctx.caller.openid))
  const message = { id: crypto.randomUUID(), at: ctx.now().toISOString(), from: 'citizen' as const, text, held }
  return citizenAct(ctx, id, { type: 'addMessage', message })
}

export const rateConsultation = async (ctx: SignedInContext, id: string, score: number, comment?: string): Promise<ConsultationDetail> => {
  await ownedConsultation(ctx, id)
  const held = comment ? needsReview(await ctx.contentCheck.check(comment, ctx.caller.openid)) : false
  return citizenAct(ctx, id, { type: 'rate', score, ...(comment ? { comment } : {}), held })
}

/**
 * Booking a consultation. A retried submission (same client request id from the same citizen)
 * answers the first result; a full slot, a limit or a bad time answers a clear error and
 * changes nothing.
 */
import crypto from 'node:crypto'
import type { ConsultationDetail, CreateConsultationSchema } from '../../../src/core/contracts/consult'
import { deadlineOf, viewDeadline } from '../../../src/core/domain/deadline'
import { firstAnswerDue, priorityOf } from '../../../src/core/domain/priority'
import { findSlot } from '../../../src/core/domain/slots'
import { ticketNumber } from '../../../src/core/domain/ticket'
import { shanghaiDate, shanghaiInstant } from '../../../src/core/domain/time'
import type { z } from '../../../src/core/zod'
import { needsReview } from '../../content-check/port'
import type { StoredConsultation, StoredEvent } from '../../store/consult-port'
import { AppFailure } from '../../runtime/failure'
import type { HandlerContext } from '../../runtime/define-function'
import { bookingPoint, callbackPoint } from './booking-point'
import { detailOf, getMine } from './read'

type Form = z.output<typeof CreateConsultationSchema>

/** Group wage claims by employer: the same name, ignoring spaces, brackets and letter case. */
export const employerKey = (employer: string): string => employer.replace(/[\s()（）【】[\]]/g, '').toLowerCase()

export const OPEN_LIMIT = 5
export const DAILY_LIMIT = 10

const fingerprintOf = ({ clientRequestId: _id, ...form }: Form): string => crypto.createHash('sha256').update(JSON.stringify(form)).digest('hex')

const checkLimits = async ({ store, now }: HandlerContext, openid: string) => {
  if ((await store.consultations.countOpenByOwner(openid)) >= OPEN_LIMIT) {
    throw new AppFailure('CONSULT.LIMIT', `您已经有 ${OPEN_LIMIT} 个咨询正在处理，请等处理完再预约。急事请拨打 12348。`)
  }
  const midnight = shanghaiInstant(shanghaiDate(now()), '00:00').toISOString()
  if ((await store.consultations.countCreatedByOwnerSince(openid, midnight)) >= DAILY_LIMIT) {
    throw new AppFailure('CONSULT.LIMIT', `今天已经提交了 ${DAILY_LIMIT} 次，请明天再来。急事请拨打 12348。`)
  }
}

/** Takes a place in the chosen slot, or explains why not. */
const bookSlot = async (ctx: HandlerContext, form: Form) => {
  const point = await bookingPoint(ctx, form.channel, form.pointId)
  if (!point || !form.slotStart) return { point, slot: undefined }
  const slot = findSlot(ctx.county, point, ctx.county.booking, ctx.now(), form.slotStart)
  if (!slot) throw new AppFailure('SLOT.UNAVAILABLE', '这个时间已经不能预约了，请换一个时间')
  if (!(await ctx.store.slots.book(point.id, slot.start, ctx.county.booking.capacityPerSlot))) {
    throw new AppFailure('SLOT.FULL', '这个时间已经约满了，请换一个时间，或选择“尽快回电”')
  }
  return { point, slot }
}

const createFresh = async (ctx: HandlerContext, form: Form, openid: string): Promise<ConsultationDetail> => {
  const { store, county, contentCheck } = ctx
  await checkLimits(ctx, openid)
  const verdict = await contentCheck.check(form.description, openid)
  const { point, slot } = await bookSlot(ctx, form)
  try {
    const now = ctx.now()
    const at = now.toISOString()
    // Stored: the rule and the last day only; days left are counted whenever it is shown.
    const deadline = deadlineOf(form)
    const priority = priorityOf({ matter: form.matter, deadline: deadline && viewDeadline(deadline, shanghaiDate(now)), coworkers: form.wage?.coworkers })
    const held = needsReview(verdict)
    const { clientRequestId: _id, slotStart: _start, pointId: _point, consent: _consent, ...request } = form
    const consultation: StoredConsultation = {
      ...request,
      id: crypto.randomUUID(),
      ticket: ticketNumber(county.ticketPrefix, now, await store.consultations.nextTicketSequence(shanghaiDate(now))),
      ownerOpenid: openid,
      consentVersion: form.consent.version,
      consentedAt: at,
      status: held ? 'submitted' : 'queued',
      ...(point ? { pointId: point.id, pointName: point.name } : {}),
      ...(slot ? { slot } : {}),
      priority,
      dueAt: firstAnswerDue(priority, slot?.start, now, county, await callbackPoint(ctx)).toISOString(),
      ...(deadline ? { deadline } : {}),
      ...(form.wage ? { employerKey: employerKey(form.wage.employer) } : {}),
      heldForReview: held,
      createdAt: at,
      updatedAt: at,
      statusChangedAt: at,
      citizenSeenAt: at
    }
    const events: StoredEvent[] = [
      { at, kind: 'created', actor: 'citizen' },
      { at, kind: held ? 'held' : 'queued', actor: 'system' }
    ]
    await store.consultations.insert(consultation, events)
    return detailOf(ctx, consultation)
  } catch (error) {
    if (point && slot) await store.slots.release(point.id, slot.start)
    throw error
  }
}

export const createConsultation = async (ctx: HandlerContext, form: Form): Promise<ConsultationDetail> => {
  const openid = ctx.caller.openid!
  const key = `${openid}:${form.clientRequestId}`
  const fingerprint = fingerprintOf(form)
  const claim = await ctx.store.idempotency.claim(key, fingerprint, ctx.now().toISOString())
  if (!claim.fresh) {
    if (claim.fingerprint !== fingerprint) throw new AppFailure('REQUEST.DUPLICATE', '这次提交和上次的内容不一样，请重新填写后再提交')
    if (!claim.resultId) throw new AppFailure('REQUEST.DUPLICATE', '您的预约正在提交，请稍等一会儿，到“我的咨询”里查看')
    return getMine(ctx, claim.resultId)
  }
  try {
    const created = await createFresh(ctx, form, openid)
    await ctx.store.idempotency.complete(key, created.id)
    return created
  } catch (error) {
    // Nothing was created: the same request id may be tried again.
    await ctx.store.idempotency.forget(key)
    throw error
  }
}

/**
 * Booking a consultation, as one unit of work: the request id, the slot place, the day's
 * ticket counter and the consultation are written together or not at all. A retried
 * submission (same client request id from the same citizen) answers the first result, even
 * after a crash; a full slot, a limit or a bad time answers a clear error and changes nothing.
 */
import crypto from 'node:crypto'
import type { ConsultationDetail, CreateConsultationSchema } from '../../../src/core/contracts/consult'
import type { ServicePoint } from '../../../src/core/county/schema'
import type { StoredConsultation, StoredEvent } from '../../../src/core/domain/consultation'
import { deadlineOf, viewDeadline } from '../../../src/core/domain/deadline'
import { firstAnswerDue, priorityOf } from '../../../src/core/domain/priority'
import { QUEUE_AHEAD_CAP, queuePositionOf } from '../../../src/core/domain/queue-position'
import { findSlot } from '../../../src/core/domain/slots'
import { ticketNumber } from '../../../src/core/domain/ticket'
import { shanghaiDate, shanghaiInstant } from '../../../src/core/domain/time'
import type { z } from '../../../src/core/zod'
import { needsReview } from '../../content-check/port'
import { AppFailure } from '../../runtime/failure'
import type { SignedInContext } from '../../runtime/context'
import { bookingPoints } from './booking-point'
import { getMine, toDetail } from './read'

type Form = z.output<typeof CreateConsultationSchema>

/** Group wage claims by employer: the same name, ignoring spaces, brackets and letter case. */
export const employerKey = (employer: string): string => employer.replace(/[\s()（）【】[\]]/g, '').toLowerCase()

export const OPEN_LIMIT = 5
export const DAILY_LIMIT = 10

const sha256 = (text: string): string => crypto.createHash('sha256').update(text).digest('hex')
/** What a submission says, apart from its request id: a retry must say the same. */
export const fingerprintOf = ({ clientRequestId: _id, ...form }: { clientRequestId: string }): string => sha256(JSON.stringify(form))
/** The request record's key: the caller and their request id, hashed, so the record names nobody. */
export const requestKeyOf = (openid: string, clientRequestId: string): string => sha256(`${openid}\n${clientRequestId}`)

export const duplicateRefusal = () => new AppFailure('REQUEST.DUPLICATE', '这次提交和上次的内容不一样，请重新填写后再提交')

/**
 * At most 5 open and 10 a day per citizen. These are counts, read before the unit of work (a
 * CloudBase transaction cannot count): two different submissions at the same instant could
 * pass one over — a limit against floods, not an invariant.
 */
const limitRefusal = async ({ store, now }: SignedInContext, openid: string): Promise<AppFailure | null> => {
  const midnight = shanghaiInstant(shanghaiDate(now()), '00:00').toISOString()
  const [open, today] = await Promise.all([store.consultations.countOpenByOwner(openid), store.consultations.countCreatedByOwnerSince(openid, midnight)])
  if (open >= OPEN_LIMIT) return new AppFailure('CONSULT.LIMIT', `您已经有 ${OPEN_LIMIT} 个咨询正在处理，请等处理完再预约。急事请拨打 12348。`)
  if (today >= DAILY_LIMIT) return new AppFailure('CONSULT.LIMIT', `今天已经提交了 ${DAILY_LIMIT} 次，请明天再来。急事请拨打 12348。`)
  return null
}

/** The consultation as booked, before it has a ticket. */
const newConsultation = (ctx: SignedInContext, form: Form, held: boolean, point: ServicePoint | undefined, schedule: ServicePoint, key: string) => {
  const now = ctx.now()
  const at = now.toISOString()
  const slot = point && form.slotStart ? findSlot(ctx.county, point, ctx.county.booking, now, form.slotStart) : undefined
  if (form.slotStart && !slot) throw new AppFailure('SLOT.UNAVAILABLE', '这个时间已经不能预约了，请换一个时间')
  // Stored: the rule and the last day only; days left are counted whenever it is shown.
  const deadline = deadlineOf(form)
  const priority = priorityOf({ matter: form.matter, deadline: deadline && viewDeadline(deadline, shanghaiDate(now)), coworkers: form.wage?.coworkers })
  const { clientRequestId: _id, slotStart: _start, pointId: _point, consent: _consent, ...request } = form
  const consultation: Omit<StoredConsultation, 'id' | 'ticket'> = {
    ...request,
    ownerOpenid: ctx.caller.openid,
    consentVersion: form.consent.version,
    consentedAt: at,
    status: held ? 'submitted' : 'queued',
    ...(point ? { pointId: point.id, pointName: point.name } : {}),
    ...(slot ? { slot } : {}),
    priority,
    dueAt: firstAnswerDue(priority, slot?.start, now, ctx.county, schedule).toISOString(),
    ...(deadline ? { deadline } : {}),
    ...(form.wage ? { employerKey: employerKey(form.wage.employer) } : {}),
    requestKey: key,
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
  return { consultation, events, slot }
}

/**
 * The round trips are counted (tests/cloud/cloudbase-request-counts.test.ts): the checks and
 * the booking points are read together, the queue position is counted beside the unit of work
 * (it needs only the new case's place in the order, and the case itself is never counted), and
 * the answer is made from what the unit wrote instead of read back.
 */
export const createConsultation = async (ctx: SignedInContext, form: Form): Promise<ConsultationDetail> => {
  const openid = ctx.caller.openid
  const key = requestKeyOf(openid, form.clientRequestId)
  const fingerprint = fingerprintOf(form)
  const points = bookingPoints(ctx, form.channel, form.pointId)
  // Settled here so a retry answered below leaves no unhandled refusal behind; awaited after.
  points.catch(() => undefined)
  const [earlier, overLimit] = await Promise.all([ctx.store.consultations.request(key), limitRefusal(ctx, openid)])
  // Nothing of a call may still run after it answers (a cloud function's instance is frozen).
  if (earlier || overLimit) await points.catch(() => undefined)
  // A retry of a finished request answers its result, whatever the limits say now.
  if (earlier) {
    if (earlier.fingerprint !== fingerprint) throw duplicateRefusal()
    return getMine(ctx, earlier.resultId)
  }
  if (overLimit) throw overLimit
  const [{ point, schedule }, verdict] = await Promise.all([points, ctx.contentCheck.check(form.description, openid)])
  const { consultation, events, slot } = newConsultation(ctx, form, needsReview(verdict), point, schedule, key)
  const place = point && slot ? { pointId: point.id, start: slot.start } : undefined
  const date = shanghaiDate(ctx.now())
  const id = crypto.randomUUID()

  const [booked, counted] = await Promise.allSettled([
    ctx.store.unitOfWork(async (uow): Promise<{ created: StoredConsultation } | { earlierId: string }> => {
      const [retried, booked, lastTicket] = await Promise.all([uow.request(key), place ? uow.slotBooked(place) : Promise.resolve(0), uow.ticketCounter(date)])
      // The same request raced itself (a double tap, a retry while the first was in flight).
      if (retried) {
        if (retried.fingerprint !== fingerprint) throw duplicateRefusal()
        return { earlierId: retried.resultId }
      }
      if (place && booked >= ctx.county.booking.capacityPerSlot) throw new AppFailure('SLOT.FULL', '这个时间已经约满了，请换一个时间，或选择“尽快回电”')
      const created: StoredConsultation = { ...consultation, id, ticket: ticketNumber(ctx.county.ticketPrefix, ctx.now(), lastTicket + 1) }
      await Promise.all([
        uow.insertConsultation(created, events),
        place ? uow.setSlotBooked(place, booked + 1) : Promise.resolve(),
        uow.setTicketCounter(date, lastTicket + 1),
        uow.saveRequest({ key, fingerprint, resultId: id, at: consultation.createdAt })
      ])
      return { created }
    }),
    ctx.store.consultations.waitingAhead({ ...consultation, id }, QUEUE_AHEAD_CAP)
  ])
  // Both are awaited to the end, so a refused booking leaves no count still running.
  if (booked.status === 'rejected') throw booked.reason
  if (counted.status === 'rejected') throw counted.reason
  const [outcome, ahead] = [booked.value, counted.value]
  if ('earlierId' in outcome) return getMine(ctx, outcome.earlierId)
  return toDetail(outcome.created, events, [], queuePositionOf(ahead))
}

/** A citizen's own consultations: the list with badges, and one with its timeline and thread. */
import type { ConsultationDetail, ConsultationSummary, ListMineResult } from '../../../src/core/contracts/consult'
import { eventText } from '../../../src/core/domain/consult-events'
import { QUEUE_AHEAD_CAP, queuePositionOf } from '../../../src/core/domain/queue-position'
import type { StoredConsultation, StoredEvent, StoredMessage } from '../../store/consult-port'
import { notFound } from '../../runtime/failure'
import type { HandlerContext, SignedInContext } from '../../runtime/context'

const WAITING = new Set(['submitted', 'queued'])

export const toSummary = (c: StoredConsultation): ConsultationSummary => {
  return {
    id: c.id,
    ticket: c.ticket,
    matter: c.matter,
    channel: c.channel,
    status: c.status,
    createdAt: c.createdAt,
    ...(c.slot ? { slot: c.slot } : {}),
    ...(c.pointId ? { point: { id: c.pointId, name: c.pointName ?? c.pointId } } : {}),
    ...(c.languageHelp ? { languageHelp: c.languageHelp } : {}),
    unseen: c.statusChangedAt > c.citizenSeenAt
  }
}

export const toDetail = (c: StoredConsultation, events: StoredEvent[], messages: StoredMessage[], queuePosition?: number): ConsultationDetail => {
  // Listed one by one: staff-side fields (internal notes, assignee…) must never reach the citizen.
  return {
    ...toSummary(c),
    description: c.description,
    applicant: c.applicant,
    contactSafety: c.contactSafety,
    ...(c.onBehalf ? { onBehalf: c.onBehalf } : {}),
    ...(c.wage ? { wage: c.wage } : {}),
    ...(c.injury ? { injury: c.injury } : {}),
    quickCheck: c.quickCheck,
    asap: c.asap,
    priority: c.priority,
    dueAt: c.dueAt,
    ...(c.deadline ? { deadline: c.deadline } : {}),
    heldForReview: c.heldForReview,
    ...(c.rating ? { rating: c.rating } : {}),
    familyFollow: !c.familyFollowOff,
    events: events.map((e) => ({ at: e.at, kind: e.kind, text: eventText(e.kind, e.note) })),
    messages,
    ...(queuePosition ? { queuePosition } : {})
  }
}

/** The consultation if the caller owns it; anyone else gets 404, not 403, so ids reveal nothing. */
export const ownedConsultation = async ({ store, caller }: HandlerContext, id: string): Promise<StoredConsultation> => {
  const c = await store.consultations.get(id)
  if (!c || c.ownerOpenid !== caller.openid) throw notFound('咨询')
  return c
}

/** The case for its owner; a thread already in hand (from the unit that saved it) is not read again. */
export const detailOf = async (
  ctx: HandlerContext,
  c: StoredConsultation,
  thread?: { events: StoredEvent[]; messages: StoredMessage[] }
): Promise<ConsultationDetail> => {
  const [{ events, messages }, position] = await Promise.all([
    thread ?? ctx.store.consultations.thread(c.id),
    WAITING.has(c.status) ? ctx.store.consultations.waitingAhead(c, QUEUE_AHEAD_CAP).then(queuePositionOf) : Promise.resolve(undefined)
  ])
  return toDetail(c, events, messages, position)
}

export const getMine = async (ctx: SignedInContext, id: string): Promise<ConsultationDetail> => {
  const c = await ownedConsultation(ctx, id)
  // Only a change the citizen has not seen yet is written down: a repeat view writes nothing.
  if (!toSummary(c).unseen) return detailOf(ctx, c)
  const seenAt = ctx.now().toISOString()
  const [detail] = await Promise.all([detailOf(ctx, { ...c, citizenSeenAt: seenAt }), ctx.store.consultations.markSeen(id, seenAt)])
  return detail
}

export const listMine = async (ctx: SignedInContext, offset: number, limit: number): Promise<ListMineResult> => {
  const { items, total, unseenCount } = await ctx.store.consultations.listByOwner(ctx.caller.openid, offset, limit)
  return { items: items.map(toSummary), total, unseenCount }
}

/**
 * 家人查进度. A relative types the ticket and the last four digits of the applicant's phone and
 * sees the status in plain words (src/core/domain/family-follow.ts), nothing personal. The
 * ticket says what it follows: HS-… a consultation, HSY-… a legal-aid application, HST-… a
 * mediation request; all share the guards, the limits, the single refusal and the audit. Wrong
 * answers are counted per ticket and per caller in the same unit of work that answers, and
 * every look-up is audited (the ticket, never the digits typed). The unit commits its counting
 * and its audit entry before the refusal is raised, so a refusal is still counted.
 * The applicant turns following on or off from their case page (a rule of case-rules.ts).
 */
import crypto from 'node:crypto'
import { TICKET_SUFFIX } from '../../../src/core/domain/application'
import type { AuditAction } from '../../../src/core/domain/audit-actions'
import type { ConsultationDetail, FollowPayloadSchema } from '../../../src/core/contracts/consult'
import type { z } from '../../../src/core/zod'
import {
  afterWrongAnswer,
  FOLLOW_CALLER_LIMIT,
  FOLLOW_TICKET_LIMIT,
  familyView,
  familyViewOfApplication,
  isLocked,
  mayFollow,
  type FamilyView,
  type FollowGuard
} from '../../../src/core/domain/family-follow'
import type { UnitOfWork } from '../../store/consult-port'
import { AppFailure } from '../../runtime/failure'
import type { HandlerContext, SignedInContext } from '../../runtime/context'
import { citizenAct } from './change'

/** One answer for a missing ticket, wrong digits and following turned off: it must not tell them apart. */
export const FOLLOW_REFUSED = '没有查到。请核对单号和申请人手机号的最后 4 位；也可能申请人关闭了家人查进度'
export const FOLLOW_LOCKED = '这个单号试错次数太多，请一小时后再试'

/** Guard documents are named by a hash: the key names neither the ticket nor the caller. */
const guardKey = (kind: 'ticket' | 'caller', value: string): string => crypto.createHash('sha256').update(`follow:${kind}:${value}`).digest('hex')

type Outcome = { kind: 'shown'; view: FamilyView } | { kind: 'refused' } | { kind: 'locked' }

interface Counted {
  key: string
  limit: number
  guard: FollowGuard | null
}

const countWrongAnswer = async (uow: UnitOfWork, counted: Counted[], at: string) => {
  for (const { key, limit, guard } of counted) await uow.saveFollowGuard(afterWrongAnswer(key, guard, limit, at))
}

/** An application's ticket: the county prefix and the kind's letter (HSY-…, HST-…). */
const isApplicationTicket = (prefix: string, ticket: string): boolean => Object.values(TICKET_SUFFIX).some((suffix) => ticket.startsWith(`${prefix}${suffix}-`))

/** What a ticket follows, read again inside the unit by id: its family view when it may be shown. */
interface Followed {
  consultationId?: string
  view: FamilyView | null
}

const followedIn = async (uow: UnitOfWork, found: { id: string; kind: 'consultation' | 'application' } | null, phoneLast4: string): Promise<Followed> => {
  if (!found) return { view: null }
  if (found.kind === 'application') {
    const a = await uow.application(found.id)
    return { view: a && mayFollow(a, phoneLast4) ? familyViewOfApplication(a) : null }
  }
  const c = await uow.consultation(found.id)
  return { ...(c ? { consultationId: c.id } : {}), view: c && mayFollow(c, phoneLast4) ? familyView(c) : null }
}

export const followConsultation = async (ctx: HandlerContext, { ticket, phoneLast4 }: z.output<typeof FollowPayloadSchema>): Promise<FamilyView> => {
  const at = ctx.now().toISOString()
  const openid = ctx.caller.openid
  // A query, so outside the unit (CloudBase transactions take document operations only); the unit reads it again by id.
  const isApplication = isApplicationTicket(ctx.county.ticketPrefix, ticket)
  const stored = await (isApplication ? ctx.store.applications.getByTicket(ticket) : ctx.store.consultations.getByTicket(ticket))
  const found = stored ? { id: stored.id, kind: isApplication ? ('application' as const) : ('consultation' as const) } : null
  const outcome = await ctx.store.unitOfWork(async (uow): Promise<Outcome> => {
    const keys = [
      { key: guardKey('ticket', ticket), limit: FOLLOW_TICKET_LIMIT },
      // On WeChat every caller has an OPENID; the local cloud's anonymous callers are limited per address by its gateway.
      ...(openid ? [{ key: guardKey('caller', openid), limit: FOLLOW_CALLER_LIMIT }] : [])
    ]
    const counted: Counted[] = []
    for (const k of keys) counted.push({ ...k, guard: await uow.followGuard(k.key) })
    const { consultationId, view } = await followedIn(uow, found, phoneLast4)
    const audit = (action: AuditAction) =>
      uow.audit({ at, actorOpenid: openid ?? '', actorName: '家人查进度', action, ...(consultationId ? { consultationId } : {}), detail: `单号 ${ticket}` })
    if (counted.some((k) => isLocked(k.guard, at))) {
      await audit('consult.follow.locked')
      return { kind: 'locked' }
    }
    if (!view) {
      await countWrongAnswer(uow, counted, at)
      await audit('consult.follow.refused')
      return { kind: 'refused' }
    }
    await audit('consult.follow.shown')
    return { kind: 'shown', view }
  })
  if (outcome.kind === 'locked') throw new AppFailure('REQUEST.TOO_MANY', FOLLOW_LOCKED)
  if (outcome.kind === 'refused') throw new AppFailure('RESOURCE.NOT_FOUND', FOLLOW_REFUSED)
  return outcome.view
}

export const setFamilyFollow = (ctx: SignedInContext, id: string, allowed: boolean): Promise<ConsultationDetail> =>
  citizenAct(ctx, id, { type: 'setFamilyFollow', allowed })

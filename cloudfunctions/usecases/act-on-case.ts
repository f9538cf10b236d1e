/**
 * The one way a case changes: inside a unit of work, load it, ask the rules (src/core) what
 * the action does, take or free the slot places it moves, save the case with its event and
 * message, and write the audit entry — all or nothing. The status notice goes out after, and a
 * failure to send it never undoes the action.
 */
import { decide, isDecision, type CaseAction, type Decision, type Viewer } from '../../src/core/domain/case-rules'
import { nextStepText, STATUS_TEXT } from '../../src/core/domain/consult-status'
import type { StoredConsultation, StoredEvent, StoredMessage } from '../../src/core/domain/consultation'
import type { AuditRecord } from '../store/port'
import type { UnitOfWork } from '../store/consult-port'
import { AppFailure, notFound } from '../runtime/failure'
import type { HandlerContext } from '../runtime/context'

export interface CaseActionRequest {
  id: string
  /** Who the caller is to this case; null when they may not see it (answered as not found). */
  viewerOf: (c: StoredConsultation) => Viewer | null
  /** The action, possibly built from the loaded case. */
  action: CaseAction | ((c: StoredConsultation) => CaseAction)
  /** The audit entry for a staff action (its time and case are filled in). */
  audit?: Omit<AuditRecord, 'at' | 'consultationId'>
  /** True when a retried request already happened: the unit then changes nothing. */
  alreadyDone?: (uow: UnitOfWork, c: StoredConsultation) => Promise<boolean>
}

const moveSlotPlaces = async (uow: UnitOfWork, decision: Decision, capacity: number) => {
  if (decision.takeSlot) {
    const booked = await uow.slotBooked(decision.takeSlot)
    if (booked >= capacity) throw new AppFailure('SLOT.FULL', '这个时间已经约满了，请换一个时间')
    await uow.setSlotBooked(decision.takeSlot, booked + 1)
  }
  if (decision.freeSlot) {
    const booked = await uow.slotBooked(decision.freeSlot)
    await uow.setSlotBooked(decision.freeSlot, Math.max(0, booked - 1))
  }
}

/** The case as the action left it, with its timeline and thread as saved. */
export interface ActedCase {
  consultation: StoredConsultation
  thread: { events: StoredEvent[]; messages: StoredMessage[] }
}

export const actOnCase = async (ctx: HandlerContext, request: CaseActionRequest): Promise<ActedCase> => {
  const at = ctx.now().toISOString()
  const { decision, byStaff, thread } = await ctx.store.unitOfWork(async (uow) => {
    const c = await uow.consultation(request.id)
    const viewer = c ? request.viewerOf(c) : null
    if (!c || !viewer) throw notFound('咨询')
    if (await request.alreadyDone?.(uow, c)) return { decision: { next: c, statusChanged: false } as Decision, byStaff: false, thread: await uow.thread(c.id) }
    const action = typeof request.action === 'function' ? request.action(c) : request.action
    const decided = decide(c, action, viewer, at)
    if (!isDecision(decided)) throw new AppFailure(decided.code, decided.message)
    await moveSlotPlaces(uow, decided, ctx.county.booking.capacityPerSlot)
    // Written together: one round trip on CloudBase, where the unit is one transaction.
    await Promise.all([
      uow.saveConsultation(decided.next, {
        ...(decided.event ? { events: [decided.event] } : {}),
        ...(decided.message ? { messages: [decided.message] } : {})
      }),
      request.audit ? uow.audit({ ...request.audit, at, consultationId: c.id }) : Promise.resolve()
    ])
    // The thread as saved, so the answer needs no read after the unit.
    return { decision: decided, byStaff: viewer.kind === 'staff', thread: await uow.thread(c.id) }
  })
  // The citizen hears of what staff did; their own changes need no notice.
  if (decision.statusChanged && byStaff) {
    const c = decision.next
    await ctx.notifier.statusChanged({
      ownerOpenid: c.ownerOpenid,
      ticket: c.ticket,
      status: c.status,
      statusLabel: STATUS_TEXT[c.status].label,
      nextStep: nextStepText(c.status, c.channel, c.asap),
      page: `consult/pages/detail/index?id=${c.id}`
    })
  }
  return { consultation: decision.next, thread }
}

/** The citizen who owns the case; anyone else is told it does not exist, so ids reveal nothing. */
export const ownerViewer =
  (openid: string) =>
  (c: { ownerOpenid: string }): { kind: 'owner' } | null =>
    c.ownerOpenid === openid ? { kind: 'owner' } : null

/**
 * The rules of a consultation, once: who may do each action (the citizen who owns it, staff in
 * scope, the staff member holding it, an admin), from which statuses, what it changes, and the
 * event it writes in the citizen's timeline. Use cases load the case, ask `decide`, and save
 * what it answers in one unit of work; screens ask `availableActions` to draw their buttons.
 * Pure: no store, no clock (the time comes in), no platform.
 */
import { canMove, isOpen, type ConsultStatus } from './consult-status'
import type { SlotRef, StoredConsultation, StoredEvent, StoredMessage } from './consultation'
import type { OutcomeId } from '../contracts/staff'
import { formatShanghaiTime } from './time'

/** After this many failed callback attempts the case is escalated (UK CLA practice). */
export const MAX_CALLBACK_ATTEMPTS = 3

/** Who is looking at a case, relative to it: the platform's identity, resolved by the cloud. */
export type Viewer = { kind: 'owner' } | { kind: 'staff'; openid: string; name: string; admin: boolean; pointIds: readonly string[] } | { kind: 'system' }

export type StaffViewer = Extract<Viewer, { kind: 'staff' }>

/** The facts of a case the rules read (a stored consultation has them all; a screen's view maps to them). */
export type CaseFacts = Pick<StoredConsultation, 'status' | 'pointId' | 'assigneeOpenid' | 'slot' | 'rating'>

export type CaseAction =
  | { type: 'cancel'; reason: string }
  | { type: 'reschedule'; slot: { start: string; end: string } }
  | { type: 'addMessage'; message: StoredMessage }
  | { type: 'rate'; score: number; comment?: string; held: boolean }
  | { type: 'claim' }
  | { type: 'release' }
  | { type: 'reply'; message: StoredMessage; tipIds: readonly string[] }
  | { type: 'ask'; message: StoredMessage }
  | { type: 'note'; text: string }
  | { type: 'callback'; reached: boolean; note?: string }
  | { type: 'handOverToPoint'; point: { id: string; name: string }; note: string }
  | { type: 'handOverToStaff'; staff: { openid: string; name: string; pointIds: readonly string[] }; note: string }
  | { type: 'close'; outcome: OutcomeId; outcomeLabel: string; note?: string }
  | { type: 'review'; approve: boolean }
  | { type: 'setFamilyFollow'; allowed: boolean }

export type CaseActionType = CaseAction['type']

export interface Refusal {
  code: 'CONSULT.STATE' | 'AUTH.FORBIDDEN' | 'RESOURCE.CONFLICT' | 'INPUT.INVALID'
  message: string
}

/** What an allowed action changes: the whole next state, and what to write beside it. */
export interface Decision {
  next: StoredConsultation
  event?: StoredEvent
  message?: StoredMessage
  /** A slot place to give back (cancel, reschedule) and one to take (reschedule). */
  freeSlot?: SlotRef
  takeSlot?: SlotRef
  /** The status changed: the citizen's badge (and push) should tell them. */
  statusChanged: boolean
}

const refuse = (code: Refusal['code'], message: string): Refusal => ({ code, message })

/** Staff whose points include the case's (county-centre staff cover every point). */
export const covers = (staff: { pointIds: readonly string[] }, c: Pick<CaseFacts, 'pointId'>): boolean =>
  staff.pointIds.length === 0 || (c.pointId !== undefined && staff.pointIds.includes(c.pointId))

const holds = (viewer: StaffViewer, c: CaseFacts): boolean => c.assigneeOpenid === viewer.openid || viewer.admin

const slotStarted = (c: CaseFacts, at: string): boolean => Boolean(c.slot && Date.parse(at) >= Date.parse(c.slot.start))

const WORKING: readonly ConsultStatus[] = ['in_progress', 'awaiting_citizen', 'answered']

type Guard = (c: CaseFacts, viewer: Viewer, at: string) => Refusal | null

const ownerOnly: Guard = (_c, viewer) => (viewer.kind === 'owner' ? null : refuse('AUTH.FORBIDDEN', '只有本人可以这样操作'))
const staffInScope: Guard = (c, viewer) => (viewer.kind === 'staff' && covers(viewer, c) ? null : refuse('AUTH.FORBIDDEN', '您不负责这个咨询'))
const holder: Guard = (c, viewer, at) => staffInScope(c, viewer, at) ?? (holds(viewer as StaffViewer, c) ? null : refuse('AUTH.FORBIDDEN', '请先领取这个咨询'))
const inStatus =
  (statuses: readonly ConsultStatus[], message: string): Guard =>
  (c) =>
    statuses.includes(c.status) ? null : refuse('CONSULT.STATE', message)
const all =
  (...guards: Guard[]): Guard =>
  (c, viewer, at) => {
    for (const guard of guards) {
      const refusal = guard(c, viewer, at)
      if (refusal) return refusal
    }
    return null
  }

/** Who may do each action, and when. */
const GUARDS: Record<CaseActionType, Guard> = {
  cancel: all(
    ownerOnly,
    (c) => (isOpen(c.status) && canMove(c.status, 'cancelled') ? null : refuse('CONSULT.STATE', '这个咨询已经答复或结束了，不用取消')),
    (c, _v, at) => (slotStarted(c, at) ? refuse('CONSULT.STATE', '预约的时间已经开始了，不能再取消。有事请拨打 12348') : null)
  ),
  reschedule: all(
    ownerOnly,
    (c) => (c.slot ? null : refuse('CONSULT.STATE', '这个咨询没有预约时间，不用改')),
    inStatus(['submitted', 'queued'], '工作人员已经开始处理，不能再改时间。有事请留言'),
    (c, _v, at) => (slotStarted(c, at) ? refuse('CONSULT.STATE', '预约的时间已经开始了，不能再改') : null)
  ),
  addMessage: all(ownerOnly, (c) => (isOpen(c.status) ? null : refuse('CONSULT.STATE', '这个咨询已经结束了。还有问题请重新预约'))),
  rate: all(ownerOnly, inStatus(['answered', 'closed'], '答复以后才能评价'), (c) => (c.rating ? refuse('CONSULT.STATE', '您已经评价过了，谢谢') : null)),
  claim: all(staffInScope, (c) =>
    c.status === 'queued' ? null : refuse('RESOURCE.CONFLICT', c.assigneeOpenid ? '这个咨询已经被别人领取了' : '这个咨询现在不在排队中')
  ),
  release: all(holder, inStatus(['in_progress'], '这个咨询现在不能放回队列')),
  reply: all(holder, inStatus(['in_progress'], '请先领取这个咨询，再答复')),
  ask: all(holder, inStatus(['in_progress'], '请先领取这个咨询，再请对方补充')),
  note: staffInScope,
  callback: all(holder, inStatus(WORKING, '这个咨询现在不用回电')),
  handOverToPoint: all(holder, inStatus(WORKING, '这个咨询现在不能转交')),
  handOverToStaff: all(holder, inStatus(WORKING, '这个咨询现在不能转交')),
  close: all(holder, inStatus(WORKING, '这个咨询现在不能结束')),
  review: all(staffInScope, inStatus(['submitted'], '这个咨询不需要核对')),
  // The owner decides who may follow, in any status: turning it off after the end is their right too.
  setFamilyFollow: ownerOnly
}

/** The refusal for `type` by `viewer` now, or null when it is allowed (before any payload is looked at). */
export const refusalOf = (c: CaseFacts, type: CaseActionType, viewer: Viewer, at: string): Refusal | null => GUARDS[type](c, viewer, at)

/** The actions a viewer may take on a case now: what screens show as buttons. */
export const availableActions = (c: CaseFacts, viewer: Viewer, at: string): Set<CaseActionType> =>
  new Set((Object.keys(GUARDS) as CaseActionType[]).filter((type) => refusalOf(c, type, viewer, at) === null))

const staffNote = (viewer: Viewer, at: string, text: string) => ({ at, by: viewer.kind === 'staff' ? viewer.name : '', text })

/** Moves to `to` (when it differs) with the bookkeeping every status change carries. */
const moved = (c: StoredConsultation, to: ConsultStatus, at: string, byOwner: boolean): StoredConsultation => ({
  ...c,
  status: to,
  statusChangedAt: at,
  // The citizen's own change does not raise their badge.
  ...(byOwner ? { citizenSeenAt: at } : {})
})

const withoutAssignee = ({ assigneeOpenid: _o, assigneeName: _n, ...rest }: StoredConsultation): StoredConsultation => rest

const firstAnswer = (c: StoredConsultation, at: string) => (c.firstAnsweredAt ? {} : { firstAnsweredAt: at })

type Effect<A extends CaseAction> = (c: StoredConsultation, action: A, viewer: Viewer, at: string) => Omit<Decision, 'statusChanged'> | Refusal

const EFFECTS: { [T in CaseActionType]: Effect<Extract<CaseAction, { type: T }>> } = {
  cancel: (c, { reason }, _v, at) => ({
    next: moved(c, 'cancelled', at, true),
    event: { at, kind: 'cancelled', actor: 'citizen', note: reason },
    // Cancelling frees the place for someone else.
    ...(c.slot && c.pointId ? { freeSlot: { pointId: c.pointId, start: c.slot.start } } : {})
  }),
  reschedule: (c, { slot }, _v, at) => {
    if (slot.start === c.slot!.start) return refuse('INPUT.INVALID', '新时间和原来的一样，请选一个不同的时间')
    return {
      next: { ...c, slot, dueAt: slot.start, citizenSeenAt: at },
      event: { at, kind: 'rescheduled', actor: 'citizen', note: `新的时间是 ${formatShanghaiTime(slot.start)}` },
      freeSlot: { pointId: c.pointId!, start: c.slot!.start },
      takeSlot: { pointId: c.pointId!, start: slot.start }
    }
  },
  addMessage: (c, { message }, _v, at) =>
    // The answer staff asked for puts the case back in their hands.
    c.status === 'awaiting_citizen'
      ? { next: moved(c, 'in_progress', at, true), message, event: { at, kind: 'citizen-replied', actor: 'citizen' } }
      : { next: c, message },
  rate: (c, { score, comment, held }, _v, at) => {
    const rating = { score, ...(comment ? { comment, held } : {}) }
    const event: StoredEvent = { at, kind: 'rated', actor: 'citizen', note: `${score} 星` }
    // Rating an answer closes the consultation; rating a closed one just records the score.
    return c.status === 'answered'
      ? { next: { ...moved(c, 'closed', at, true), rating, closedAt: at }, event }
      : { next: { ...c, rating, citizenSeenAt: at }, event }
  },
  claim: (c, _a, viewer, at) => {
    const { openid, name } = viewer as StaffViewer
    return { next: { ...moved(c, 'in_progress', at, false), assigneeOpenid: openid, assigneeName: name }, event: { at, kind: 'claimed', actor: 'staff' } }
  },
  release: (c, _a, _v, at) => ({ next: withoutAssignee(moved(c, 'queued', at, false)), event: { at, kind: 'released', actor: 'staff' } }),
  reply: (c, { message, tipIds }, _v, at) => ({
    next: { ...moved(c, 'answered', at, false), ...firstAnswer(c, at), attachedTips: [...new Set([...(c.attachedTips ?? []), ...tipIds])] },
    message,
    event: { at, kind: 'answered', actor: 'staff' }
  }),
  ask: (c, { message }, _v, at) => ({
    next: { ...moved(c, 'awaiting_citizen', at, false), ...firstAnswer(c, at) },
    message,
    event: { at, kind: 'asked', actor: 'staff' }
  }),
  note: (c, { text }, viewer, at) => ({ next: { ...c, internalNotes: [...(c.internalNotes ?? []), staffNote(viewer, at, text)] } }),
  callback: (c, { reached, note }, viewer, at) => {
    const attempts = (c.callbackAttempts ?? 0) + (reached ? 0 : 1)
    const escalate = !reached && attempts >= MAX_CALLBACK_ATTEMPTS && !c.escalated
    return {
      next: {
        ...c,
        callbackAttempts: attempts,
        ...(note ? { internalNotes: [...(c.internalNotes ?? []), staffNote(viewer, at, note)] } : {}),
        ...(escalate ? { escalated: true, priority: 1 as const } : {})
      },
      event: escalate
        ? { at, kind: 'escalated', actor: 'staff' }
        : { at, kind: 'callback-attempt', actor: 'staff', note: reached ? '已联系上' : `没有打通（第 ${attempts} 次）` }
    }
  },
  handOverToPoint: (c, { point, note }, viewer, at) => ({
    next: {
      ...withoutAssignee(moved(c, 'queued', at, false)),
      pointId: point.id,
      pointName: point.name,
      internalNotes: [...(c.internalNotes ?? []), staffNote(viewer, at, `转交：${note}`)]
    },
    event: { at, kind: 'handed-over', actor: 'staff' }
  }),
  handOverToStaff: (c, { staff, note }, viewer, at) => {
    if (!covers(staff, c)) return refuse('INPUT.INVALID', '这位工作人员不负责这个服务点，请选择负责这个服务点的工作人员')
    return {
      next: {
        ...c,
        assigneeOpenid: staff.openid,
        assigneeName: staff.name,
        internalNotes: [...(c.internalNotes ?? []), staffNote(viewer, at, `转交：${note}`)]
      },
      event: { at, kind: 'handed-over', actor: 'staff' }
    }
  },
  close: (c, { outcome, outcomeLabel, note }, viewer, at) => ({
    next: {
      ...moved(c, 'closed', at, false),
      outcome,
      closedAt: at,
      ...(note ? { internalNotes: [...(c.internalNotes ?? []), staffNote(viewer, at, note)] } : {})
    },
    event: { at, kind: 'closed', actor: 'staff', note: outcomeLabel }
  }),
  review: (c, { approve }, _v, at) =>
    approve
      ? { next: { ...moved(c, 'queued', at, false), heldForReview: false }, event: { at, kind: 'reviewed', actor: 'staff' } }
      : {
          next: { ...moved(c, 'closed', at, false), outcome: 'withdrawn', closedAt: at },
          event: { at, kind: 'closed', actor: 'staff', note: '内容不符合要求，请拨打 12348 咨询' }
        },
  setFamilyFollow: (c, { allowed }) => {
    const { familyFollowOff: _off, ...rest } = c
    return { next: allowed ? rest : { ...rest, familyFollowOff: true } }
  }
}

const isRefusal = (x: object): x is Refusal => 'code' in x

/** A claim retried by the one who holds the case (its first answer was lost) changes nothing and succeeds. */
const isRepeatedClaim = (c: StoredConsultation, action: CaseAction, viewer: Viewer): boolean =>
  action.type === 'claim' && viewer.kind === 'staff' && c.status === 'in_progress' && c.assigneeOpenid === viewer.openid

/**
 * Decides `action` on `c` by `viewer` at `at`: a refusal the caller can read, or the whole next
 * state with its event, message and slot moves. The status moves it makes are checked against
 * the status machine, so no rule here can take a case where the machine does not allow.
 */
export const decide = (c: StoredConsultation, action: CaseAction, viewer: Viewer, at: string): Decision | Refusal => {
  if (isRepeatedClaim(c, action, viewer)) return { next: c, statusChanged: false }
  const refusal = refusalOf(c, action.type, viewer, at)
  if (refusal) return refusal
  const effect = (EFFECTS[action.type] as Effect<CaseAction>)(c, action, viewer, at)
  if (isRefusal(effect)) return effect
  const statusChanged = effect.next.status !== c.status
  if (statusChanged && !canMove(c.status, effect.next.status)) return refuse('CONSULT.STATE', '这个咨询现在不能这样操作')
  return { ...effect, next: { ...effect.next, updatedAt: at }, statusChanged }
}

export const isDecision = (x: Decision | Refusal): x is Decision => !isRefusal(x)

/**
 * Retention (个人信息保护法第十九条): after the period, a closed case keeps only what the
 * statistics need — matter, channel, point, dates, outcome, score — and loses everything that
 * could identify the person: the request, the thread, the notes, the comment, the owner.
 */
export const ANONYMISED_OWNER = 'anonymised'

export const isAnonymisable = (c: Pick<StoredConsultation, 'status' | 'statusChangedAt' | 'anonymisedAt'>, cutoff: string): boolean =>
  (c.status === 'closed' || c.status === 'cancelled') && !c.anonymisedAt && c.statusChangedAt < cutoff

export const anonymised = (c: StoredConsultation, at: string): StoredConsultation => {
  const { onBehalf: _b, wage: _w, employerKey: _e, requestKey: _k, rating, assigneeOpenid: _ao, assigneeName: _an, internalNotes: _n, ...kept } = c
  return {
    ...kept,
    ownerOpenid: ANONYMISED_OWNER,
    description: '（已按保存期限删除）',
    applicant: { name: '', phone: '', township: '', currentCity: '', disputeCity: '' },
    internalNotes: [],
    ...(rating ? { rating: { score: rating.score } } : {}),
    anonymisedAt: at,
    updatedAt: at
  }
}

/** The thread after anonymisation: events keep their kind and time, messages lose their text. */
export const anonymisedThread = (events: StoredEvent[], messages: StoredMessage[]) => ({
  events: events.map(({ note: _note, ...e }) => e),
  messages: messages.map((m) => ({ ...m, text: '（已删除）' }))
})

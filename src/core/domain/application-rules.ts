/**
 * The rules of an application (legal aid or mediation), once: who may do each action (the
 * citizen who owns it, staff whose scope covers it, the staff member holding it, an admin),
 * from which statuses, what it changes and the event it writes in the citizen's timeline. Use
 * cases load the application, ask `decide`, and save what it answers in one unit of work.
 * Pure: no store, no clock (the time comes in), no platform.
 */
import type { AidStatus, ApplicationEvent, ApplicationStatus, Material, MediationStatus, StoredApplication } from './application'
import { MAX_MATERIALS, startsRetention } from './application'
import { appointByOf, decideByAfterSupply, supplementDueOf, supplementOverdue } from './application-clocks'
import { formatShanghaiDate } from './time'
import type { ApplicationDetail } from '../contracts/apply'

/**
 * What a staff member covers: legal-aid applications (the county legal aid centre) and the
 * townships whose mediation requests they handle (null: every township).
 */
export interface ApplicationScope {
  aid: boolean
  townships: readonly string[] | null
}

/** Who is looking at an application, relative to it: the platform's identity, resolved by the cloud. */
export type ApplicationViewer =
  { kind: 'owner' } | { kind: 'staff'; openid: string; name: string; admin: boolean; scope: ApplicationScope } | { kind: 'system' }

type StaffViewer = Extract<ApplicationViewer, { kind: 'staff' }>

/**
 * Scope from a staff record: aid is for the legal aid centre (staff with no points, or whose
 * points include the centre's own) and admins; mediation for the townships a person serves, or
 * every township for county-centre staff (no points, no townships) and admins.
 */
export const applicationScopeOf = (
  member: { role: 'staff' | 'admin'; pointIds: readonly string[]; townships?: readonly string[] },
  centrePointId: string
): ApplicationScope => {
  const admin = member.role === 'admin'
  const centre = member.pointIds.length === 0
  const townships = member.townships ?? []
  return {
    aid: admin || centre || member.pointIds.includes(centrePointId),
    townships: admin || (centre && townships.length === 0) ? null : townships
  }
}

export const coversApplication = (scope: ApplicationScope, a: StoredApplication): boolean =>
  a.kind === 'aid' ? scope.aid : scope.townships === null || scope.townships.includes(a.mediation.township)

export type ApplicationAction =
  | { type: 'addMaterials'; materials: Material[]; note?: string }
  | { type: 'withdraw'; reason: string }
  | { type: 'setFamilyFollow'; allowed: boolean }
  | { type: 'claim' }
  | { type: 'requestMaterials'; text: string }
  | { type: 'grant'; first: boolean }
  | { type: 'assign'; assignee: { kind: 'lawyer' | 'station'; name: string; phone?: string } }
  | { type: 'refuse'; reason: string }
  | { type: 'deemWithdrawn' }
  | { type: 'close'; note?: string }
  | { type: 'accept' }
  | { type: 'decline'; reason: string }
  | { type: 'recordOutcome'; outcome: 'succeeded' | 'failed'; note: string }

export type ApplicationActionType = ApplicationAction['type']

export interface ApplicationRefusal {
  code: 'CONSULT.STATE' | 'AUTH.FORBIDDEN' | 'RESOURCE.CONFLICT' | 'INPUT.INVALID'
  message: string
}

/** What an allowed action changes: the whole next application (its new event appended) and that event. */
export interface ApplicationDecision {
  next: StoredApplication
  event?: ApplicationEvent
  /** The status changed: the citizen's badge should tell them. */
  statusChanged: boolean
}

/** Shortest refusal reason a citizen can act on (第四十九条 objections need a reason to answer). */
export const MIN_REFUSAL_REASON = 10

const refuse = (code: ApplicationRefusal['code'], message: string): ApplicationRefusal => ({ code, message })

/** Every status move either kind allows; anything else is refused. */
const AID_NEXT: Record<AidStatus, readonly AidStatus[]> = {
  submitted: ['awaiting_materials', 'granted', 'refused', 'withdrawn'],
  // 先行提供法律援助 (第四十四条) may come while materials are still missing.
  awaiting_materials: ['submitted', 'granted', 'withdrawn'],
  granted: ['assigned'],
  assigned: ['closed'],
  refused: [],
  withdrawn: [],
  closed: []
}
const MEDIATION_NEXT: Record<MediationStatus, readonly MediationStatus[]> = {
  submitted: ['accepted', 'declined', 'withdrawn'],
  accepted: ['succeeded', 'failed', 'withdrawn'],
  succeeded: [],
  failed: [],
  declined: [],
  withdrawn: []
}

export const canMoveApplication = (a: Pick<StoredApplication, 'kind' | 'status'>, to: ApplicationStatus): boolean =>
  a.kind === 'aid'
    ? (AID_NEXT[a.status as AidStatus] ?? []).includes(to as AidStatus)
    : (MEDIATION_NEXT[a.status as MediationStatus] ?? []).includes(to as MediationStatus)

type Guard = (a: StoredApplication, viewer: ApplicationViewer, at: string) => ApplicationRefusal | null

const all =
  (...guards: Guard[]): Guard =>
  (a, viewer, at) => {
    for (const guard of guards) {
      const refusal = guard(a, viewer, at)
      if (refusal) return refusal
    }
    return null
  }

const ownerOnly: Guard = (_a, viewer) => (viewer.kind === 'owner' ? null : refuse('AUTH.FORBIDDEN', '只有本人可以这样操作'))
const staffInScope: Guard = (a, viewer) => (viewer.kind === 'staff' && coversApplication(viewer.scope, a) ? null : refuse('AUTH.FORBIDDEN', '您不负责这个申请'))
const holds = (viewer: StaffViewer, a: StoredApplication): boolean => a.handlerOpenid === viewer.openid || viewer.admin
const holder: Guard = (a, viewer, at) =>
  staffInScope(a, viewer, at) ??
  (holds(viewer as StaffViewer, a) ? null : refuse('AUTH.FORBIDDEN', a.kind === 'aid' ? '请先领取这个申请' : '请先受理这个调解申请'))
const aidOnly: Guard = (a) => (a.kind === 'aid' ? null : refuse('CONSULT.STATE', '调解申请不能这样操作'))
const mediationOnly: Guard = (a) => (a.kind === 'mediation' ? null : refuse('CONSULT.STATE', '法律援助申请不能这样操作'))
const inStatus =
  (statuses: readonly ApplicationStatus[], message: string): Guard =>
  (a) =>
    statuses.includes(a.status) ? null : refuse('CONSULT.STATE', message)

const unclaimed =
  (message: string): Guard =>
  (a) =>
    a.handlerOpenid ? refuse('RESOURCE.CONFLICT', message) : null

const onlyUrgentFirst: Guard = (a) =>
  a.kind === 'aid' && a.aid.urgent ? null : refuse('CONSULT.STATE', '只有情况紧急的申请才能先行提供法律援助（法律援助法第四十四条）')

/** Who may do each action, and when (grant also depends on `first`: see `grantGuard`). */
const GUARDS: Record<ApplicationActionType, Guard> = {
  addMaterials: all(ownerOnly, aidOnly, inStatus(['submitted', 'awaiting_materials', 'granted', 'assigned'], '这个申请已经结束了，不能再添加材料')),
  withdraw: all(ownerOnly, (a, v, at) =>
    a.kind === 'aid'
      ? inStatus(['submitted', 'awaiting_materials'], '法律援助中心已经作出决定，不能再撤回。有事请拨打 12348')(a, v, at)
      : inStatus(['submitted', 'accepted'], '调解已经结束，不能再撤回')(a, v, at)
  ),
  // The owner decides who may follow, in any status.
  setFamilyFollow: ownerOnly,
  claim: all(staffInScope, aidOnly, inStatus(['submitted', 'awaiting_materials'], '这个申请现在不用领取'), unclaimed('这个申请已经被别人领取了')),
  requestMaterials: all(
    holder,
    aidOnly,
    (a) => (a.kind === 'aid' && a.aid.materialsRequest ? refuse('CONSULT.STATE', '已经一次性告知过，不能再次要求补充') : null),
    inStatus(['submitted'], '这个申请现在不能要求补充材料')
  ),
  // While materials are missing only an urgent application may be granted (first, 第四十四条).
  grant: all(holder, aidOnly, inStatus(['submitted', 'awaiting_materials'], '这个申请已经作出决定了'), (a) =>
    a.status === 'awaiting_materials' && !(a.kind === 'aid' && a.aid.urgent) ? refuse('CONSULT.STATE', '还在等申请人补充材料，材料补齐后才能作出决定') : null
  ),
  assign: all(holder, aidOnly, inStatus(['granted'], '决定给予法律援助以后才能指派承办人')),
  refuse: all(holder, aidOnly, inStatus(['submitted'], '这个申请现在不能作出不予援助的决定')),
  deemWithdrawn: all(holder, aidOnly, inStatus(['awaiting_materials'], '没有在等申请人补充材料，不能视为撤回'), (a, _v, at) => {
    const due = a.kind === 'aid' ? a.aid.materialsRequest?.dueAt : undefined
    return due && supplementOverdue(due, at) ? null : refuse('CONSULT.STATE', `补充材料的期限（${due ? formatShanghaiDate(due) : ''}）还没到，不能视为撤回`)
  }),
  close: all(holder, aidOnly, inStatus(['assigned'], '指派承办人以后才能结案')),
  accept: all(staffInScope, mediationOnly, unclaimed('这个调解申请已经被别人受理了'), inStatus(['submitted'], '这个调解申请现在不能受理')),
  decline: all(staffInScope, mediationOnly, inStatus(['submitted'], '这个调解申请现在不能不受理')),
  recordOutcome: all(holder, mediationOnly, inStatus(['accepted'], '受理以后才能记录调解结果'))
}

/** Grant checks more than its guard: a normal decision needs the materials; a first grant an urgent application. */
const grantGuard = (first: boolean): Guard =>
  first ? onlyUrgentFirst : inStatus(['submitted'], '还在等申请人补充材料，材料补齐后才能作出决定；情况紧急的可以先行提供法律援助')

/** The refusal for `type` by `viewer` now, or null when it is allowed (before any payload is looked at). */
export const applicationRefusalOf = (a: StoredApplication, type: ApplicationActionType, viewer: ApplicationViewer, at: string): ApplicationRefusal | null =>
  GUARDS[type](a, viewer, at)

/** The actions a viewer may take now: what screens show as buttons. */
/**
 * The facts of a view the rules read, for screens that draw buttons from the rules: kind,
 * status, the holder (staff views), the urgent flag and the request for materials (aid), the
 * township (mediation). Only these are filled, which is all the guards and the clocks read.
 */
export const factsOfView = (a: Pick<ApplicationDetail, 'kind' | 'status' | 'handler' | 'aid' | 'mediation'>): StoredApplication =>
  ({
    kind: a.kind,
    status: a.status,
    ...(a.handler ? { handlerOpenid: a.handler.openid } : {}),
    ...(a.aid ? { aid: { ...a.aid } } : {}),
    ...(a.mediation ? { mediation: { ...a.mediation } } : {})
  }) as unknown as StoredApplication

export const availableApplicationActions = (a: StoredApplication, viewer: ApplicationViewer, at: string): Set<ApplicationActionType> =>
  new Set((Object.keys(GUARDS) as ApplicationActionType[]).filter((type) => applicationRefusalOf(a, type, viewer, at) === null))

const moved = <A extends StoredApplication>(a: A, to: ApplicationStatus, at: string, byOwner: boolean): A => ({
  ...a,
  status: to,
  statusChangedAt: at,
  // The citizen's own change does not raise their badge.
  ...(byOwner ? { citizenSeenAt: at } : {})
})

type Aid = Extract<StoredApplication, { kind: 'aid' }>
type Mediation = Extract<StoredApplication, { kind: 'mediation' }>
const aidOf = (a: StoredApplication) => a as Aid
const mediationOf = (a: StoredApplication) => a as Mediation

type Effect<A extends ApplicationAction> = (
  a: StoredApplication,
  action: A,
  viewer: ApplicationViewer,
  at: string
) => { next: StoredApplication; event?: Omit<ApplicationEvent, 'at'> } | ApplicationRefusal

const materialNames = (materials: readonly Material[]) => materials.map((m) => m.name).join('、')

const handlerOf = (viewer: ApplicationViewer) => {
  const { openid, name } = viewer as StaffViewer
  return { handlerOpenid: openid, handlerName: name }
}

const EFFECTS: { [T in ApplicationActionType]: Effect<Extract<ApplicationAction, { type: T }>> } = {
  addMaterials: (app, { materials, note }, _v, at) => {
    const a = aidOf(app)
    const total = a.aid.materials.length + materials.length
    if (total > MAX_MATERIALS) {
      return refuse(
        'INPUT.INVALID',
        `最多 ${MAX_MATERIALS} 个文件。这个申请已经有 ${a.aid.materials.length} 个，只能再加 ${MAX_MATERIALS - a.aid.materials.length} 个`
      )
    }
    const request = a.aid.materialsRequest
    const supplies = Boolean(request && !request.suppliedAt)
    const aid = {
      ...a.aid,
      materials: [...a.aid.materials, ...materials],
      // The waiting time is not counted: the decide-by day moves later by exactly that much.
      ...(supplies && request
        ? {
            materialsRequest: { ...request, suppliedAt: at },
            ...(a.status === 'awaiting_materials' ? { decideBy: decideByAfterSupply(a.aid.decideBy, request.at, at) } : {})
          }
        : {})
    }
    const back = a.status === 'awaiting_materials'
    const names = materialNames(materials)
    return {
      next: { ...(back ? moved(a, 'submitted', at, true) : { ...a, citizenSeenAt: at }), aid },
      event: { kind: supplies ? 'materials-supplied' : 'material-added', actor: 'citizen', note: note ? `${names}（${note}）` : names }
    }
  },
  withdraw: (a, { reason }, _v, at) => ({ next: moved(a, 'withdrawn', at, true), event: { kind: 'withdrawn', actor: 'citizen', note: reason } }),
  setFamilyFollow: (a, { allowed }) => {
    const { familyFollowOff: _off, ...rest } = a
    return { next: (allowed ? rest : { ...rest, familyFollowOff: true }) as StoredApplication }
  },
  claim: (a, _x, viewer) => ({ next: { ...a, ...handlerOf(viewer) }, event: { kind: 'claimed', actor: 'staff' } }),
  requestMaterials: (app, { text }, _v, at) => {
    const a = aidOf(app)
    return {
      next: { ...moved(a, 'awaiting_materials', at, false), aid: { ...a.aid, materialsRequest: { at, text, dueAt: supplementDueOf(at) } } },
      event: { kind: 'materials-requested', actor: 'staff', note: text }
    }
  },
  grant: (app, { first }, viewer, at) => {
    const refusal = grantGuard(first)(app, viewer, at)
    if (refusal) return refusal
    const a = aidOf(app)
    return {
      next: {
        ...moved(a, 'granted', at, false),
        aid: { ...a.aid, decision: { at, granted: true, ...(first ? { first: true } : {}) }, appointBy: appointByOf(at) }
      },
      event: { kind: first ? 'granted-first' : 'granted', actor: 'staff' }
    }
  },
  assign: (app, { assignee }, _v, at) => {
    const a = aidOf(app)
    const who = `${assignee.kind === 'lawyer' ? '律师' : '服务站'} ${assignee.name}${assignee.phone ? `，电话 ${assignee.phone}` : ''}`
    return {
      next: { ...moved(a, 'assigned', at, false), aid: { ...a.aid, assignee: { ...assignee, at } } },
      event: { kind: 'assigned', actor: 'staff', note: who }
    }
  },
  refuse: (app, { reason }, _v, at) => {
    if (reason.trim().length < MIN_REFUSAL_REASON) return refuse('INPUT.INVALID', `请写清楚不予援助的理由，至少 ${MIN_REFUSAL_REASON} 个字`)
    const a = aidOf(app)
    return {
      next: { ...moved(a, 'refused', at, false), aid: { ...a.aid, decision: { at, granted: false, reason } } },
      event: { kind: 'refused', actor: 'staff', note: reason }
    }
  },
  deemWithdrawn: (a, _x, _v, at) => ({ next: moved(a, 'withdrawn', at, false), event: { kind: 'deemed-withdrawn', actor: 'staff' } }),
  close: (app, { note }, _v, at) => {
    const a = aidOf(app)
    return { next: { ...moved(a, 'closed', at, false), aid: { ...a.aid, closedAt: at } }, event: { kind: 'closed', actor: 'staff', ...(note ? { note } : {}) } }
  },
  accept: (a, _x, viewer, at) => ({ next: { ...moved(a, 'accepted', at, false), ...handlerOf(viewer) }, event: { kind: 'accepted', actor: 'staff' } }),
  decline: (app, { reason }, viewer, at) => {
    const a = mediationOf(app)
    return {
      next: { ...moved(a, 'declined', at, false), ...handlerOf(viewer), mediation: { ...a.mediation, outcome: { kind: 'declined', note: reason, at } } },
      event: { kind: 'declined', actor: 'staff', note: reason }
    }
  },
  recordOutcome: (app, { outcome, note }, _v, at) => {
    const a = mediationOf(app)
    return {
      next: { ...moved(a, outcome, at, false), mediation: { ...a.mediation, outcome: { kind: outcome, note, at } } },
      event: { kind: outcome, actor: 'staff', note }
    }
  }
}

const isRefusal = (x: object): x is ApplicationRefusal => 'code' in x && 'message' in x && !('next' in x)

/** A claim (or acceptance) retried by the one who already holds it (its first answer was lost) changes nothing. */
const isRepeatedClaim = (a: StoredApplication, action: ApplicationAction, viewer: ApplicationViewer): boolean =>
  viewer.kind === 'staff' &&
  a.handlerOpenid === viewer.openid &&
  ((action.type === 'claim' && a.kind === 'aid' && (a.status === 'submitted' || a.status === 'awaiting_materials')) ||
    (action.type === 'accept' && a.kind === 'mediation' && a.status === 'accepted'))

/**
 * Decides `action` on `a` by `viewer` at `at`: a refusal the caller can read, or the whole next
 * application with its event appended. Status moves are checked against the machine above.
 */
export const decideApplication = (
  a: StoredApplication,
  action: ApplicationAction,
  viewer: ApplicationViewer,
  at: string
): ApplicationDecision | ApplicationRefusal => {
  if (isRepeatedClaim(a, action, viewer)) return { next: a, statusChanged: false }
  const refusal = applicationRefusalOf(a, action.type, viewer, at)
  if (refusal) return refusal
  const effect = (EFFECTS[action.type] as Effect<ApplicationAction>)(a, action, viewer, at)
  if (isRefusal(effect)) return effect
  const statusChanged = effect.next.status !== a.status
  if (statusChanged && !canMoveApplication(a, effect.next.status)) return refuse('CONSULT.STATE', '这个申请现在不能这样操作')
  const event = effect.event ? { at, ...effect.event } : undefined
  const next = { ...effect.next, updatedAt: at, events: event ? [...a.events, event] : a.events } as StoredApplication
  return { next, ...(event ? { event } : {}), statusChanged }
}

export const isApplicationDecision = (x: ApplicationDecision | ApplicationRefusal): x is ApplicationDecision => !isRefusal(x)

export const isApplicationAnonymisable = (a: Pick<StoredApplication, 'kind' | 'status' | 'statusChangedAt' | 'anonymisedAt'>, cutoff: string): boolean =>
  startsRetention(a) && !a.anonymisedAt && a.statusChangedAt < cutoff

export const ANONYMISED_APPLICATION_OWNER = 'anonymised'

/**
 * Retention (个人信息保护法第十九条), as for consultations: what the statistics need stays —
 * kind, matter or category, township of the dispute, dates, status, outcome kind — and
 * whatever could identify the person goes: the owner, the applicant, the story, the notes,
 * the other party, the materials (their files are deleted by the use case).
 */
export const anonymisedApplication = (app: StoredApplication, at: string): StoredApplication => {
  const { onBehalf: _b, requestKey: _k, handlerOpenid: _ho, handlerName: _hn, fromConsultationId: _c, ...kept } = app
  const base = {
    ...kept,
    ownerOpenid: ANONYMISED_APPLICATION_OWNER,
    applicant: { name: '', phone: '', township: '' },
    description: '（已按保存期限删除）',
    events: app.events.map(({ note: _note, ...e }) => e),
    anonymisedAt: at,
    updatedAt: at
  }
  if (app.kind === 'aid') {
    const { urgent, materialsRequest, decision, assignee, ...aid } = app.aid
    return {
      ...base,
      kind: 'aid',
      status: app.status,
      aid: {
        ...aid,
        finance: aid.finance.kind === 'hardship' ? { kind: 'hardship', statement: '' } : aid.finance,
        materials: [],
        ...(urgent ? { urgent: { reason: urgent.reason } } : {}),
        ...(materialsRequest ? { materialsRequest: { ...materialsRequest, text: '' } } : {}),
        ...(decision ? { decision: { at: decision.at, granted: decision.granted, ...(decision.first ? { first: true } : {}) } } : {}),
        ...(assignee ? { assignee: { kind: assignee.kind, name: '', at: assignee.at } } : {})
      }
    }
  }
  const { otherParty: _o, outcome, ...mediation } = app.mediation
  return {
    ...base,
    kind: 'mediation',
    status: app.status,
    mediation: { ...mediation, ...(outcome ? { outcome: { kind: outcome.kind, note: '', at: outcome.at } } : {}) }
  }
}

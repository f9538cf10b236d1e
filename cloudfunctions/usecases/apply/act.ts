/**
 * The one way an application changes: inside a unit of work, load it, ask the rules
 * (src/core/domain/application-rules.ts) what the action does, write what goes with it (file
 * claims, a request-id record), save the application whole and write the audit entry — all or
 * nothing.
 */
import type { StoredApplication } from '../../../src/core/domain/application'
import { decideApplication, isApplicationDecision, type ApplicationAction, type ApplicationViewer } from '../../../src/core/domain/application-rules'
import type { AuditAction } from '../../../src/core/domain/audit-actions'
import { nextStepOf, statusTextOf } from '../../../src/core/domain/application-view'
import type { UnitOfWork } from '../../store/consult-port'
import type { StaffMember } from '../../store/port'
import { AppFailure, notFound } from '../../runtime/failure'
import type { HandlerContext } from '../../runtime/context'

export interface ApplicationActionRequest {
  id: string
  /** Who the caller is to this application; null when they may not see it (answered as not found). */
  viewerOf: (a: StoredApplication) => ApplicationViewer | null
  /** The action, possibly built inside the unit from the loaded application (e.g. claimed files). */
  action: ApplicationAction | ((a: StoredApplication, uow: UnitOfWork) => Promise<ApplicationAction>)
  /** Staff actions are audited in the same unit: who, what, which application. */
  audit?: { member: StaffMember; action: AuditAction }
  /** True when a retried request already happened: the unit then changes nothing. */
  alreadyDone?: (uow: UnitOfWork, a: StoredApplication) => Promise<boolean>
  /** Written with the decision (a request-id record), only when the action is allowed. */
  alongside?: (uow: UnitOfWork, next: StoredApplication) => Promise<void>
}

/** The audit entry's words for an application: its ticket (the trail's reader knows it) and id. */
export const applicationAuditDetail = (a: Pick<StoredApplication, 'ticket' | 'id'>, extra?: string): string =>
  `申请 ${a.ticket}（${a.id}）${extra ? `，${extra}` : ''}`

/** The citizen hears of what staff did (a subscription message on WeChat); their own changes need no notice. */
const tellOwner = (ctx: HandlerContext, a: StoredApplication) =>
  ctx.notifier.statusChanged({
    ownerOpenid: a.ownerOpenid,
    ticket: a.ticket,
    status: a.status,
    statusLabel: statusTextOf(a.kind, a.status).label,
    nextStep: nextStepOf(a),
    page: `apply/pages/detail/index?id=${a.id}`
  })

export const actOnApplication = async (ctx: HandlerContext, request: ApplicationActionRequest): Promise<StoredApplication> => {
  const { next, byStaff, statusChanged } = await decideInUnit(ctx, request)
  if (statusChanged && byStaff) await tellOwner(ctx, next)
  return next
}

const decideInUnit = (ctx: HandlerContext, request: ApplicationActionRequest) => {
  const at = ctx.now().toISOString()
  return ctx.store.unitOfWork(async (uow) => {
    const a = await uow.application(request.id)
    const viewer = a ? request.viewerOf(a) : null
    if (!a || !viewer) throw notFound('申请')
    const unchanged = { next: a, byStaff: false, statusChanged: false }
    if (await request.alreadyDone?.(uow, a)) return unchanged
    const action = typeof request.action === 'function' ? await request.action(a, uow) : request.action
    const decided = decideApplication(a, action, viewer, at)
    if (!isApplicationDecision(decided)) throw new AppFailure(decided.code, decided.message)
    // A claim retried by its holder: nothing changed, so nothing is written (nor audited twice).
    if (decided.next === a) return unchanged
    const { audit } = request
    await Promise.all([
      uow.saveApplication(decided.next),
      request.alongside?.(uow, decided.next),
      audit
        ? uow.audit({ at, actorOpenid: audit.member.openid, actorName: audit.member.name, action: audit.action, detail: applicationAuditDetail(a) })
        : Promise.resolve()
    ])
    return { next: decided.next, byStaff: viewer.kind === 'staff', statusChanged: decided.statusChanged }
  })
}

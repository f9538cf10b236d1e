/**
 * Staff work on applications. Scope (application-rules.ts `applicationScopeOf`): legal-aid
 * applications belong to the county legal aid centre, mediation requests to the staff of the
 * township where the dispute happened; anything out of scope answers 404, as if it did not
 * exist. An aid application is claimed (one holder), a mediation request accepted (its
 * claim); only the holder or an admin acts further and opens the files. Every view, action
 * and file opened is audited.
 */
import type {
  ApplicationDetail,
  ApplicationQueueSchema,
  AssignSchema,
  MaterialLink,
  MediationOutcomeSchema,
  StaffApplicationsResult
} from '../../../src/core/contracts/apply'
import type { ApplicationStatus, StoredApplication } from '../../../src/core/domain/application'
import { AID_STATUSES, MEDIATION_STATUSES } from '../../../src/core/domain/application'
import {
  applicationScopeOf,
  coversApplication,
  type ApplicationAction,
  type ApplicationScope,
  type ApplicationViewer
} from '../../../src/core/domain/application-rules'
import { applicationDetailOf, staffApplicationItemOf } from '../../../src/core/domain/application-view'
import type { AuditAction } from '../../../src/core/domain/audit-actions'
import type { z } from '../../../src/core/zod'
import type { StaffMember } from '../../store/port'
import { AppFailure, notFound } from '../../runtime/failure'
import type { StaffContext } from '../../runtime/context'
import { audit } from '../staff/member'
import { actOnApplication, applicationAuditDetail } from './act'
import { linkToMaterial } from './citizen'

export const scopeOfMember = (ctx: StaffContext, member: StaffMember): ApplicationScope => applicationScopeOf(member, ctx.county.booking.callbackPointId)

const viewerOf =
  (ctx: StaffContext, member: StaffMember) =>
  (a: StoredApplication): ApplicationViewer | null => {
    const scope = scopeOfMember(ctx, member)
    return coversApplication(scope, a) ? { kind: 'staff', openid: member.openid, name: member.name, admin: member.role === 'admin', scope } : null
  }

const holds = (member: StaffMember, a: StoredApplication): boolean => a.handlerOpenid === member.openid || member.role === 'admin'

/** The staff view: the phone stays masked until this person holds the application. */
const staffDetail = (ctx: StaffContext, a: StoredApplication): ApplicationDetail =>
  applicationDetailOf(a, ctx.county, { maskPhone: !holds(ctx.caller.member, a), forStaff: true })

const inScope = async (ctx: StaffContext, id: string): Promise<StoredApplication> => {
  const a = await ctx.store.applications.get(id)
  if (!a || !viewerOf(ctx, ctx.caller.member)(a)) throw notFound('申请')
  return a
}

/** What the queue shows when no status is picked: whatever still needs someone. */
const WORKING: Record<StoredApplication['kind'], readonly ApplicationStatus[]> = {
  aid: ['submitted', 'awaiting_materials', 'granted', 'assigned'],
  mediation: ['submitted', 'accepted']
}

export const applicationQueue = async (
  ctx: StaffContext,
  { kind, status, offset, limit }: z.output<typeof ApplicationQueueSchema>
): Promise<StaffApplicationsResult> => {
  const known: readonly ApplicationStatus[] = kind === 'aid' ? AID_STATUSES : MEDIATION_STATUSES
  if (status && !known.includes(status)) throw new AppFailure('INPUT.INVALID', '这种申请没有这个状态', [{ path: 'status', message: '请重新选择状态' }])
  const scope = scopeOfMember(ctx, ctx.caller.member)
  // Out of scope altogether: an empty list, not an error (the page simply has nothing to show).
  if (kind === 'aid' ? !scope.aid : scope.townships?.length === 0) return { items: [], total: 0, counts: {} }
  const { items, total, counts } = await ctx.store.applications.queue({
    kind,
    statuses: status ? [status] : WORKING[kind],
    townships: kind === 'mediation' ? scope.townships : null,
    offset,
    limit
  })
  return { items: items.map((a) => staffApplicationItemOf(a, ctx.county)), total, counts }
}

export const viewApplication = async (ctx: StaffContext, id: string): Promise<ApplicationDetail> => {
  const a = await inScope(ctx, id)
  await audit(ctx, ctx.caller.member, 'apply.view', undefined, applicationAuditDetail(a))
  return staffDetail(ctx, a)
}

const staffAct = async (ctx: StaffContext, id: string, auditAction: AuditAction, action: ApplicationAction): Promise<ApplicationDetail> => {
  const { member } = ctx.caller
  return staffDetail(ctx, await actOnApplication(ctx, { id, viewerOf: viewerOf(ctx, member), action, audit: { member, action: auditAction } }))
}

export const claimApplication = (ctx: StaffContext, id: string) => staffAct(ctx, id, 'apply.claim', { type: 'claim' })

export const requestMaterials = (ctx: StaffContext, id: string, text: string) =>
  staffAct(ctx, id, 'apply.materials.request', { type: 'requestMaterials', text })

export const grantAid = (ctx: StaffContext, id: string, first: boolean) =>
  staffAct(ctx, id, first ? 'apply.grant.first' : 'apply.grant', { type: 'grant', first })

export const assignAid = (ctx: StaffContext, { id, assignee }: z.output<typeof AssignSchema>) => staffAct(ctx, id, 'apply.assign', { type: 'assign', assignee })

export const refuseAid = (ctx: StaffContext, id: string, reason: string) => staffAct(ctx, id, 'apply.refuse', { type: 'refuse', reason })

export const deemWithdrawn = (ctx: StaffContext, id: string) => staffAct(ctx, id, 'apply.deem-withdrawn', { type: 'deemWithdrawn' })

export const closeAid = (ctx: StaffContext, id: string, note?: string) => staffAct(ctx, id, 'apply.close', { type: 'close', ...(note ? { note } : {}) })

export const acceptMediation = (ctx: StaffContext, id: string) => staffAct(ctx, id, 'apply.accept', { type: 'accept' })

export const declineMediation = (ctx: StaffContext, id: string, reason: string) => staffAct(ctx, id, 'apply.decline', { type: 'decline', reason })

export const recordOutcome = (ctx: StaffContext, { id, outcome, note }: z.output<typeof MediationOutcomeSchema>) =>
  staffAct(ctx, id, 'apply.outcome', { type: 'recordOutcome', outcome, note })

/** Only the holder (or an admin) opens a file; each opening is audited with the application and the material, never the file key. */
export const staffMaterialLink = async (ctx: StaffContext, id: string, materialId: string): Promise<MaterialLink> => {
  const { member } = ctx.caller
  const a = await inScope(ctx, id)
  if (!holds(member, a)) throw new AppFailure('AUTH.FORBIDDEN', '请先领取这个申请，才能看材料')
  const link = await linkToMaterial(ctx.files, a, materialId)
  await audit(ctx, member, 'apply.material.viewed', undefined, applicationAuditDetail(a, `材料 ${materialId}`))
  return link
}

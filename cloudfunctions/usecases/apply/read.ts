/** A citizen's own applications: the list with badges, and one with its timeline and next step. */
import type { ApplicationDetail, ListMineApplicationsResult } from '../../../src/core/contracts/apply'
import type { StoredApplication } from '../../../src/core/domain/application'
import { applicationDetailOf, applicationSummaryOf } from '../../../src/core/domain/application-view'
import { notFound } from '../../runtime/failure'
import type { HandlerContext, SignedInContext } from '../../runtime/context'

/** The application if the caller owns it; anyone else gets 404, not 403, so ids reveal nothing. */
export const ownedApplication = async ({ store, caller }: HandlerContext, id: string): Promise<StoredApplication> => {
  const a = await store.applications.get(id)
  if (!a || a.ownerOpenid !== caller.openid) throw notFound('申请')
  return a
}

export const ownerDetail = (ctx: HandlerContext, a: StoredApplication): ApplicationDetail => applicationDetailOf(a, ctx.county)

/** Opening it clears the badge; only a change not seen yet is written down. */
export const getMyApplication = async (ctx: SignedInContext, id: string): Promise<ApplicationDetail> => seenDetail(ctx, await ownedApplication(ctx, id))

/** The owner's view of an application already loaded, its badge cleared. */
export const seenDetail = async (ctx: SignedInContext, a: StoredApplication): Promise<ApplicationDetail> => {
  const { id } = a
  if (a.statusChangedAt <= a.citizenSeenAt) return ownerDetail(ctx, a)
  const seenAt = ctx.now().toISOString()
  await ctx.store.applications.markSeen(id, seenAt)
  return ownerDetail(ctx, { ...a, citizenSeenAt: seenAt })
}

export const listMyApplications = async (ctx: SignedInContext, offset: number, limit: number): Promise<ListMineApplicationsResult> => {
  const { items, total, unseenCount } = await ctx.store.applications.listByOwner(ctx.caller.openid, offset, limit)
  return { items: items.map((a) => applicationSummaryOf(a, ctx.county)), total, unseenCount }
}

/**
 * Service points: everyone reads the active ones (the phone sorts them by distance; the cloud
 * never sees where anyone is); admins add, edit, deactivate and import them, and each of those
 * changes is written to the audit trail.
 */
import crypto from 'node:crypto'
import type { AdminServicePoint, PointsImportResult, PointsListResult, ServicePointInput } from '../../src/core/contracts/points'
import type { ServicePoint } from '../../src/core/county/schema'
import { parsePointsCsv, problemText } from '../../src/core/domain/points-csv'
import type { StaffContext } from '../runtime/context'
import { AppFailure, notFound } from '../runtime/failure'
import type { Store } from '../store/port'
import { audit } from './staff/member'

const WHAT = '服务站点'

export const listPoints = (store: Store): Promise<PointsListResult> => store.points.listActive()

/** A citizen sees active points only; a deactivated one is as good as gone. */
export const getPoint = async (store: Store, id: string): Promise<ServicePoint> => {
  const found = await store.points.get(id)
  if (!found || !found.active) throw notFound(WHAT)
  const { origin: _origin, updatedAt: _updatedAt, ...point } = found
  return point
}

export const listAllPoints = async (store: Store): Promise<{ items: AdminServicePoint[] }> => ({ items: await store.points.listAll() })

const newPointId = (): string => `pt-${crypto.randomBytes(4).toString('hex')}`

export const createPoint = async (ctx: StaffContext, input: Omit<ServicePointInput, 'id'> & { id?: string }): Promise<AdminServicePoint> => {
  const admin = ctx.caller.member
  const created = await ctx.store.points.create({ ...input, id: input.id ?? newPointId() }, ctx.now().toISOString())
  if (!created) throw new AppFailure('RESOURCE.CONFLICT', '这个编号已经有站点了，请换一个编号')
  await audit(ctx, admin, 'points.create', undefined, created.name)
  return created
}

export const updatePoint = async (ctx: StaffContext, input: ServicePointInput): Promise<AdminServicePoint> => {
  const admin = ctx.caller.member
  const updated = await ctx.store.points.update(input, ctx.now().toISOString())
  if (!updated) throw notFound(WHAT)
  await audit(ctx, admin, 'points.update', undefined, updated.name)
  return updated
}

/**
 * Deactivates or reactivates a point. The callback point cannot be deactivated: its hours are
 * the working hours every booking and every due time is counted in.
 */
export const setPointActive = async (ctx: StaffContext, id: string, active: boolean): Promise<AdminServicePoint> => {
  const admin = ctx.caller.member
  if (!active && id === ctx.county.booking.callbackPointId) {
    throw new AppFailure('CONSULT.STATE', '县法律援助中心负责电话回电和工作时间，不能停用。要暂停预约，请改它的开放时间或休息日。')
  }
  const changed = await ctx.store.points.setActive(id, active, ctx.now().toISOString())
  if (!changed) throw notFound(WHAT)
  await audit(ctx, admin, active ? 'points.activate' : 'points.deactivate', undefined, changed.name)
  return changed
}

/**
 * Imports a CSV file: every row is checked first, and nothing is written unless all are good.
 * The problems come back as field issues, path "<line>.<column>", in the order of the file.
 */
export const importPointsCsv = async (store: Store, csv: string, now: Date): Promise<PointsImportResult> => {
  const parsed = parsePointsCsv(csv)
  if (!parsed.ok) {
    throw new AppFailure(
      'INPUT.INVALID',
      `文件里有 ${parsed.problems.length} 处问题，一个站点也没有导入。请改好后再导入。`,
      parsed.problems.map((p) => ({ path: `${p.line}.${p.field}`, message: problemText(p) }))
    )
  }
  return store.points.importAll(parsed.points, now.toISOString())
}

/** The import an admin starts in the app: the same, written to the audit trail in their name. */
export const importPointsAsAdmin = async (ctx: StaffContext, csv: string): Promise<PointsImportResult> => {
  const admin = ctx.caller.member
  const imported = await importPointsCsv(ctx.store, csv, ctx.now())
  await audit(ctx, admin, 'points.import', undefined, `新增 ${imported.created} 个，更新 ${imported.updated} 个`)
  return imported
}

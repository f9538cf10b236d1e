/**
 * Where a consultation is booked: phone and video callbacks and visits to the county centre
 * use the callback point's schedule; a visit to a station uses that station's. Points come from
 * the store, so an admin's edits and deactivations apply at once.
 */
import type { ChannelId } from '../../../src/core/contracts/consult'
import type { ServicePoint } from '../../../src/core/county/schema'
import { AppFailure } from '../../runtime/failure'
import type { HandlerContext } from '../../runtime/define-function'

/** An active point, or undefined. */
export const activePoint = async ({ store }: Pick<HandlerContext, 'store'>, id: string): Promise<ServicePoint | undefined> => {
  const point = await store.points.get(id)
  return point?.active ? point : undefined
}

/** The callback point: its hours are the working hours that service times are counted in. */
export const callbackPoint = async (ctx: Pick<HandlerContext, 'store' | 'county'>): Promise<ServicePoint> => {
  const point = await activePoint(ctx, ctx.county.booking.callbackPointId)
  if (!point) throw new Error(`The callback point ${ctx.county.booking.callbackPointId} is missing or inactive.`)
  return point
}

export const bookingPoint = async (ctx: HandlerContext, channel: ChannelId, pointId?: string): Promise<ServicePoint | undefined> => {
  if (channel === 'written') return undefined
  if (channel !== 'in-person-station') return callbackPoint(ctx)
  const station = pointId ? await activePoint(ctx, pointId) : undefined
  if (!station || station.kind !== 'out-of-county-station') throw new AppFailure('INPUT.INVALID', '没有这个驻外法律服务站，请重新选择', [{ path: 'pointId', message: '请重新选择服务站' }])
  return station
}

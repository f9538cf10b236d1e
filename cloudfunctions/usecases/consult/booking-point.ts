/**
 * Where a consultation is booked: phone and video callbacks and visits to the county centre
 * use the callback point's schedule; a visit to a station uses that station's. Points come from
 * the store, so an admin's edits and deactivations apply at once.
 */
import type { ChannelId } from '../../../src/core/contracts/consult'
import type { ServicePoint } from '../../../src/core/county/schema'
import { AppFailure } from '../../runtime/failure'
import type { HandlerContext } from '../../runtime/context'

/** An active point, or undefined. */
export const activePoint = async ({ store }: Pick<HandlerContext, 'store'>, id: string): Promise<ServicePoint | undefined> => {
  const point = await store.points.get(id)
  return point?.active ? point : undefined
}

/**
 * The working hours every due time is counted in: the callback point's, as stored (even if it
 * was switched off by hand), or as the county file defines it.
 */
export const workingSchedule = async ({ store, county }: Pick<HandlerContext, 'store' | 'county'>): Promise<ServicePoint> => {
  const id = county.booking.callbackPointId
  return (await store.points.get(id)) ?? county.servicePoints.find((p) => p.id === id)!
}

/**
 * The callback point, to book a call or a visit at the centre. Admins cannot deactivate it
 * (usecases/points.ts); should it still be inactive, booking says so plainly and written
 * questions go on.
 */
export const callbackPoint = async (ctx: Pick<HandlerContext, 'store' | 'county'>): Promise<ServicePoint> => {
  const point = await activePoint(ctx, ctx.county.booking.callbackPointId)
  if (!point) throw new AppFailure('SERVER.UNAVAILABLE', '县法律援助中心的预约暂时停了。急事请拨打 12348，或选择留言咨询。')
  return point
}

/** The station a citizen chose, or a clear refusal. */
const chosenStation = async (ctx: HandlerContext, pointId?: string): Promise<ServicePoint> => {
  const station = pointId ? await activePoint(ctx, pointId) : undefined
  if (!station || station.kind !== 'out-of-county-station')
    throw new AppFailure('INPUT.INVALID', '没有这个驻外法律服务站，请重新选择', [{ path: 'pointId', message: '请重新选择服务站' }])
  return station
}

/** The point whose schedule a booking uses (none for a written question), and the working hours, read once each. */
export const bookingPoints = async (ctx: HandlerContext, channel: ChannelId, pointId?: string): Promise<{ point?: ServicePoint; schedule: ServicePoint }> => {
  if (channel === 'in-person-station') {
    const [point, schedule] = await Promise.all([chosenStation(ctx, pointId), workingSchedule(ctx)])
    return { point, schedule }
  }
  if (channel === 'written') return { schedule: await workingSchedule(ctx) }
  const point = await callbackPoint(ctx)
  return { point, schedule: point }
}

/** The point whose schedule the time picker shows. */
export const bookingPoint = async (ctx: HandlerContext, channel: ChannelId, pointId?: string): Promise<ServicePoint | undefined> => {
  if (channel === 'written') return undefined
  return channel === 'in-person-station' ? chosenStation(ctx, pointId) : callbackPoint(ctx)
}

/**
 * Where a consultation is booked: phone and video callbacks and visits to the county centre
 * use the callback point's schedule; a visit to a station uses that station's.
 */
import type { ChannelId } from '../../../src/core/contracts/consult'
import type { County, ServicePoint } from '../../../src/core/county/schema'
import { AppFailure } from '../../runtime/failure'

export const pointById = (county: County, id: string): ServicePoint | undefined => county.servicePoints.find((p) => p.id === id && p.active)

export const bookingPoint = (county: County, channel: ChannelId, pointId?: string): ServicePoint | undefined => {
  if (channel === 'written') return undefined
  if (channel !== 'in-person-station') return pointById(county, county.booking.callbackPointId)
  const station = pointId ? pointById(county, pointId) : undefined
  if (!station || station.kind !== 'out-of-county-station') throw new AppFailure('INPUT.INVALID', '没有这个驻外法律服务站，请重新选择', [{ path: 'pointId', message: '请重新选择服务站' }])
  return station
}

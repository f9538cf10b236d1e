/** The free and full slots of a point, for the time picker. */
import type { ChannelId, SlotsResult } from '../../../src/core/contracts/consult'
import { slotDays } from '../../../src/core/domain/slots'
import { AppFailure } from '../../runtime/failure'
import type { HandlerContext } from '../../runtime/context'
import { bookingPoint } from './booking-point'

export const availableSlots = async (ctx: HandlerContext, channel: ChannelId, pointId?: string): Promise<SlotsResult> => {
  const { county, store, now } = ctx
  const point = await bookingPoint(ctx, channel, pointId)
  if (!point) throw new AppFailure('INPUT.INVALID', '留言咨询不用选时间')
  const days = slotDays(county, point, county.booking, now())
  const all = days.flatMap((d) => d.slots)
  const booked = all.length > 0 ? await store.slots.bookedCounts(point.id, all[0].start, all[all.length - 1].end) : new Map<string, number>()
  const capacity = county.booking.capacityPerSlot
  const withCounts = days.map((day) => ({
    date: day.date,
    slots: day.slots.map((slot) => {
      const taken = booked.get(slot.start) ?? 0
      return { ...slot, capacity, booked: taken, full: taken >= capacity }
    })
  }))
  return {
    point: { id: point.id, name: point.name, sample: point.sample },
    days: withCounts,
    anyFree: withCounts.some((d) => d.slots.some((s) => !s.full))
  }
}

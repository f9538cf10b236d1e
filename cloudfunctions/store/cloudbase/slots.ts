/**
 * Slot places on CloudBase: one document per point and slot start; a place is taken with the
 * atomic conditional update where({ _id, booked < capacity }).update({ booked: inc(1) }).
 */
import type { SlotsRepository } from '../consult-port'
import { awaited } from './awaited'
import { isDuplicateKey } from './errors'
import type { CloudDatabase } from './types'

export const cloudbaseSlots = (db: CloudDatabase): SlotsRepository => {
  const slots = db.collection('slots')
  const _ = db.command
  const idOf = (pointId: string, start: string) => `${pointId}@${start}`

  const book = async (pointId: string, start: string, capacity: number): Promise<boolean> => {
    const _id = idOf(pointId, start)
    await awaited(slots.add({ data: { _id, pointId, start, booked: 0 } })).catch((error: unknown) => {
      if (!isDuplicateKey(error)) throw error
    })
    const { stats } = await awaited(slots.where({ _id, booked: _.lt(capacity) }).update({ data: { booked: _.inc(1) } }))
    return stats.updated === 1
  }
  const release = async (pointId: string, start: string) => {
    await awaited(slots.where({ _id: idOf(pointId, start), booked: _.gt(0) }).update({ data: { booked: _.inc(-1) } }))
  }

  return {
    async bookedCounts(pointId, from, to) {
      const { data } = await awaited(slots.where({ pointId, start: _.gte(from).and(_.lt(to)) }).limit(1000).get())
      return new Map((data as Array<{ start: string; booked: number }>).map((d) => [d.start, d.booked]))
    },
    book,
    release,
    async move(pointId, from, to, capacity) {
      // CloudBase transactions span single documents only: take the new place first, then free the old.
      if (!(await book(pointId, to, capacity))) return false
      await release(pointId, from)
      return true
    }
  }
}

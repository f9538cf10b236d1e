/** Booked places per slot on CloudBase; places are taken and freed inside units of work (unit-of-work.ts). */
import type { SlotsRepository } from '../consult-port'
import { awaited } from './awaited'
import { READ_CAP } from './consultations'
import type { CloudDatabase } from './types'

export const cloudbaseSlots = (db: CloudDatabase): SlotsRepository => {
  const slots = db.collection('slots')
  const _ = db.command
  return {
    async bookedCounts(pointId, from, to) {
      const counts = new Map<string, number>()
      // Six working days of half-hour slots can pass the read cap: page through them.
      for (let offset = 0; ; offset += READ_CAP) {
        const { data } = await awaited(slots.where({ pointId, start: _.gte(from).and(_.lt(to)) }).orderBy('start', 'asc').skip(offset).limit(READ_CAP).get())
        for (const d of data as Array<{ start: string; booked: number }>) counts.set(d.start, d.booked)
        if ((data as unknown[]).length < READ_CAP) return counts
      }
    }
  }
}

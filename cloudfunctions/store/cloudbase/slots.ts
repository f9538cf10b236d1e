/** Booked places per slot on CloudBase; places are taken and freed inside units of work (unit-of-work.ts). */
import type { SlotsRepository } from '../consult-port'
import { readAll } from './read-all'
import type { CloudDatabase } from './types'

export const cloudbaseSlots = (db: CloudDatabase): SlotsRepository => {
  const slots = db.collection('slots')
  const _ = db.command
  return {
    async bookedCounts(pointId, from, to) {
      // Six working days of half-hour slots can pass the read cap: read them all, page by page.
      const found = await readAll<{ start: string; booked: number }>(slots.where({ pointId, start: _.gte(from).and(_.lt(to)) }).orderBy('start', 'asc'))
      return new Map(found.map((d) => [d.start, d.booked]))
    }
  }
}

/**
 * Service-level times are counted in working hours: the callback point's opening hours on
 * working days. "4 working hours from Friday 16:30" lands on Monday morning, not at 20:30.
 */
import { openingIntervals, type Calendar, type Schedule } from './calendar'
import { addDays, shanghaiDate, shanghaiInstant } from './time'

/** Looks at most this many days ahead (covers the longest holiday with room to spare). */
const HORIZON_DAYS = 30

export const addWorkingMinutes = (calendar: Calendar, schedule: Schedule, start: Date, minutes: number): Date => {
  let left = minutes
  let cursor = start.getTime()
  for (let day = 0, date = shanghaiDate(start); day < HORIZON_DAYS; day += 1, date = addDays(date, 1)) {
    for (const { open, close } of openingIntervals(calendar, schedule, date)) {
      const from = Math.max(cursor, shanghaiInstant(date, open).getTime())
      const to = shanghaiInstant(date, close).getTime()
      if (from >= to) continue
      const available = (to - from) / 60_000
      if (available >= left) return new Date(from + left * 60_000)
      left -= available
      cursor = to
    }
  }
  throw new Error(`No working time within ${HORIZON_DAYS} days: check the opening hours and holidays.`)
}

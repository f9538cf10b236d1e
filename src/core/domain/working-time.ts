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

/** Working minutes from `from` to `to`; negative when `to` is already past. */
export const workingMinutesBetween = (calendar: Calendar, schedule: Schedule, from: Date, to: Date): number => {
  if (to.getTime() < from.getTime()) return -workingMinutesBetween(calendar, schedule, to, from)
  let minutes = 0
  for (let day = 0, date = shanghaiDate(from); day < HORIZON_DAYS && shanghaiInstant(date, '00:00') <= to; day += 1, date = addDays(date, 1)) {
    for (const { open, close } of openingIntervals(calendar, schedule, date)) {
      const start = Math.max(from.getTime(), shanghaiInstant(date, open).getTime())
      const end = Math.min(to.getTime(), shanghaiInstant(date, close).getTime())
      if (end > start) minutes += (end - start) / 60_000
    }
  }
  return Math.round(minutes)
}

/**
 * When the working clock next runs: `now` itself during working hours, otherwise the next
 * opening (03:37 on a Tuesday → 09:00 that day). A queue read at night says when work starts
 * instead of "0 minutes left".
 */
export const workingClockStart = (calendar: Calendar, schedule: Schedule, now: Date): Date => addWorkingMinutes(calendar, schedule, now, 0)

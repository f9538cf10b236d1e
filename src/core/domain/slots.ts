/**
 * Booking slots, following the best peer practice (UK Civil Legal Advice): fixed-length
 * slots inside a point's opening hours; nothing on holidays or the point's closed days;
 * nothing sooner than the lead time (2 h); nothing beyond N working days ahead.
 */
import type { BookingRules } from '../county/schema'
import { isWorkingDay, openingIntervals, type Calendar, type Schedule } from './calendar'
import { addDays, shanghaiDate, shanghaiInstant } from './time'

export interface SlotTime {
  /** UTC instants, ISO 8601. */
  start: string
  end: string
}

export interface SlotDay {
  date: string
  slots: SlotTime[]
}

/** Today and every date up to the Nth working day after it. */
export const bookableDates = (calendar: Calendar, today: string, workingDaysAhead: number): string[] => {
  const dates = [today]
  let working = 0
  for (let date = addDays(today, 1); working < workingDaysAhead; date = addDays(date, 1)) {
    dates.push(date)
    if (isWorkingDay(calendar, date)) working += 1
  }
  return dates
}

const minutesOf = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5))
const hhmmOf = (minutes: number): string => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`

/** The slots a point offers from `now` on, day by day (days without a slot are left out). */
export const slotDays = (calendar: Calendar, schedule: Schedule, rules: BookingRules, now: Date): SlotDay[] => {
  const earliest = now.getTime() + rules.leadMinutes * 60_000
  return bookableDates(calendar, shanghaiDate(now), rules.workingDaysAhead)
    .map((date) => ({
      date,
      slots: openingIntervals(calendar, schedule, date).flatMap(({ open, close }) => {
        const slots: SlotTime[] = []
        for (let m = minutesOf(open); m + rules.slotMinutes <= minutesOf(close); m += rules.slotMinutes) {
          const start = shanghaiInstant(date, hhmmOf(m))
          if (start.getTime() >= earliest) {
            slots.push({ start: start.toISOString(), end: shanghaiInstant(date, hhmmOf(m + rules.slotMinutes)).toISOString() })
          }
        }
        return slots
      })
    }))
    .filter((day) => day.slots.length > 0)
}

/** The slot starting at `start`, if the point offers it now. */
export const findSlot = (calendar: Calendar, schedule: Schedule, rules: BookingRules, now: Date, start: string): SlotTime | undefined =>
  slotDays(calendar, schedule, rules, now)
    .flatMap((day) => day.slots)
    .find((slot) => slot.start === new Date(start).toISOString())

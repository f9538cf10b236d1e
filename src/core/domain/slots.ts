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

const MINUTE_MS = 60_000
const minutesOf = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5))
/** 24:00 is the last minute of the day (as shanghaiInstant reads it), not the next midnight. */
const END_OF_DAY_MINUTES = 24 * 60

interface TimedDay {
  date: string
  slots: Array<{ startMs: number; slot: SlotTime }>
}

/** Every slot of every bookable day from `today`, before the lead time is applied. */
const daySlots = (calendar: Calendar, schedule: Schedule, rules: BookingRules, today: string): TimedDay[] =>
  bookableDates(calendar, today, rules.workingDaysAhead).map((date) => {
    // Instants are counted in minutes from the day's Shanghai midnight: each date is parsed once.
    const midnight = shanghaiInstant(date, '00:00').getTime()
    const slots: TimedDay['slots'] = []
    for (const { open, close } of openingIntervals(calendar, schedule, date)) {
      const last = minutesOf(close)
      for (let m = minutesOf(open); m + rules.slotMinutes <= last; m += rules.slotMinutes) {
        const startMs = midnight + m * MINUTE_MS
        const endMs = midnight + Math.min(m + rules.slotMinutes, END_OF_DAY_MINUTES - 1) * MINUTE_MS
        slots.push({ startMs, slot: { start: new Date(startMs).toISOString(), end: new Date(endMs).toISOString() } })
      }
    }
    return { date, slots }
  })

/**
 * The same day's slots of the same schedule are asked for on every consult.slots and booking
 * call: they are made once per calendar, schedule, rules and date, then only filtered by `now`.
 * The key holds the whole schedule, so an admin's change to a point's hours is seen at once.
 */
const madeDays = new WeakMap<Calendar, Map<string, TimedDay[]>>()
const MAX_KEPT_PER_CALENDAR = 200

const daySlotsKept = (calendar: Calendar, schedule: Schedule, rules: BookingRules, today: string): TimedDay[] => {
  const key = JSON.stringify([today, schedule.hours, schedule.closedDates, rules.slotMinutes, rules.workingDaysAhead])
  let kept = madeDays.get(calendar)
  if (!kept) madeDays.set(calendar, (kept = new Map()))
  let days = kept.get(key)
  if (!days) {
    if (kept.size >= MAX_KEPT_PER_CALENDAR) kept.clear()
    days = daySlots(calendar, schedule, rules, today)
    kept.set(key, days)
  }
  return days
}

/** The slots a point offers from `now` on, day by day (days without a slot are left out). */
export const slotDays = (calendar: Calendar, schedule: Schedule, rules: BookingRules, now: Date): SlotDay[] => {
  const earliest = now.getTime() + rules.leadMinutes * MINUTE_MS
  return daySlotsKept(calendar, schedule, rules, shanghaiDate(now))
    .map(({ date, slots }) => ({ date, slots: slots.filter((s) => s.startMs >= earliest).map((s) => ({ ...s.slot })) }))
    .filter((day) => day.slots.length > 0)
}

/** The slot starting at `start`, if the point offers it now. */
export const findSlot = (calendar: Calendar, schedule: Schedule, rules: BookingRules, now: Date, start: string): SlotTime | undefined =>
  slotDays(calendar, schedule, rules, now)
    .flatMap((day) => day.slots)
    .find((slot) => slot.start === new Date(start).toISOString())

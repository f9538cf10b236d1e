/**
 * The county's working calendar: public holidays close every point; make-up working days
 * (调休上班) open the offices that keep weekday hours even on a weekend; a point's own closed
 * dates close just that point. Dates are Shanghai calendar dates (YYYY-MM-DD).
 */
import type { County, OpeningHours } from '../county/schema'
import { isoWeekday } from './time'

export type Calendar = Pick<County, 'holidays' | 'makeupWorkdays'>

export const isHoliday = (calendar: Calendar, date: string): boolean => calendar.holidays.some((h) => h.date === date)

/** Monday–Friday that is not a holiday, or a make-up working day. */
export const isWorkingDay = (calendar: Calendar, date: string): boolean =>
  calendar.makeupWorkdays.includes(date) || (isoWeekday(date) <= 5 && !isHoliday(calendar, date))

export interface Schedule {
  hours: OpeningHours[]
  closedDates: string[]
}

/** The opening intervals of a schedule on a date, in order ([] when closed). */
export const openingIntervals = (calendar: Calendar, schedule: Schedule, date: string): Array<{ open: string; close: string }> => {
  if (isHoliday(calendar, date) || schedule.closedDates.includes(date)) return []
  // On a make-up working day an office works its Monday hours.
  const weekday = calendar.makeupWorkdays.includes(date) ? 1 : isoWeekday(date)
  return schedule.hours
    .filter((h) => h.days.includes(weekday))
    .map(({ open, close }) => ({ open, close }))
    .sort((a, b) => a.open.localeCompare(b.open))
}

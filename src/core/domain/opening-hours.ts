/**
 * Is a service point open now, and when does it open next? In Asia/Shanghai, honouring the
 * county's public holidays and make-up working days (调休上班) and the point's own closed dates.
 *
 * Rules: a holiday or a closed date closes the point for the hours that start that day; on a
 * make-up working day the point keeps its Monday hours; hours whose close is not after their
 * open run past midnight into the next day ("20:00–02:00"), and 24:00 is the end of the day.
 * China keeps no daylight saving, so Shanghai is UTC+8 all year and plain arithmetic is exact.
 */
import type { OpeningHours, ServicePoint } from '../county/schema'
import { openingIntervals, type Calendar } from './calendar'

export type HolidayCalendar = Calendar
type Schedule = Pick<ServicePoint, 'hours' | 'closedDates'>

const OFFSET_MS = 8 * 60 * 60 * 1000
const DAY_MS = 24 * 60 * 60 * 1000
const MINUTE_MS = 60 * 1000
/** Spring Festival closes ~9 days; a month of look-ahead also covers a point's long leave. */
const LOOK_AHEAD_DAYS = 45

export const WEEKDAY_LABELS = ['周一', '周二', '周三', '周四', '周五', '周六', '周日'] as const

/** Shanghai calendar days are counted as whole days since 1970-01-01 (Shanghai). */
const dayOf = (instant: Date): number => Math.floor((instant.getTime() + OFFSET_MS) / DAY_MS)
const isoDateOfDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10)
const dayOfIsoDate = (date: string): number => Math.floor(Date.parse(`${date}T00:00:00Z`) / DAY_MS)
const weekdayOfDay = (day: number): number => {
  const sundayZero = new Date(day * DAY_MS).getUTCDay()
  return sundayZero === 0 ? 7 : sundayZero
}
const minutesOf = (hhmm: string): number => {
  const [h, m] = hhmm.split(':').map(Number)
  return h * 60 + m
}
const instantOf = (day: number, minutes: number): Date => new Date(day * DAY_MS + minutes * MINUTE_MS - OFFSET_MS)

/** Why a point is shut on a date, if it is. */
export interface Closure {
  reason: 'holiday' | 'closed-date'
  /** The holiday's name (国庆节) for holidays. */
  name?: string
}

export const closureOn = (schedule: Schedule, calendar: HolidayCalendar, date: string): Closure | null => {
  const holiday = calendar.holidays.find((h) => h.date === date)
  if (holiday) return { reason: 'holiday', name: holiday.name }
  return schedule.closedDates.includes(date) ? { reason: 'closed-date' } : null
}

interface Interval {
  start: number
  end: number
}

/** The hours that apply on a date (the county's working calendar decides holidays and make-up days). */
const hoursOn = (schedule: Schedule, calendar: HolidayCalendar, day: number) => openingIntervals(calendar, schedule, isoDateOfDay(day))

const spanOf = ({ open, close }: Pick<OpeningHours, 'open' | 'close'>): { from: number; to: number } => {
  const from = minutesOf(open)
  const to = minutesOf(close)
  return { from, to: to > from ? to : to + 24 * 60 }
}

/** Opening intervals (epoch ms) starting on the given days, merged where they touch or overlap. */
const intervalsBetween = (schedule: Schedule, calendar: HolidayCalendar, firstDay: number, lastDay: number): Interval[] => {
  const raw: Interval[] = []
  for (let day = firstDay; day <= lastDay; day += 1) {
    for (const hours of hoursOn(schedule, calendar, day)) {
      const { from, to } = spanOf(hours)
      raw.push({ start: instantOf(day, from).getTime(), end: instantOf(day, to).getTime() })
    }
  }
  raw.sort((a, b) => a.start - b.start)
  return raw.reduce<Interval[]>((merged, next) => {
    const last = merged[merged.length - 1]
    if (last && next.start <= last.end) last.end = Math.max(last.end, next.end)
    else merged.push({ ...next })
    return merged
  }, [])
}

export type OpenState =
  | { open: true; /** null when it stays open beyond the look-ahead (a 24-hour line). */ closesAt: Date | null }
  | { open: false; opensAt: Date | null; /** why today is shut, when it is a holiday or a closed date */ closure: Closure | null }

export const openState = (schedule: Schedule, calendar: HolidayCalendar, now: Date): OpenState => {
  const today = dayOf(now)
  const lastDay = today + LOOK_AHEAD_DAYS
  // Yesterday's overnight hours may still be running.
  const intervals = intervalsBetween(schedule, calendar, today - 1, lastDay)
  const t = now.getTime()
  const current = intervals.find((i) => i.start <= t && t < i.end)
  if (current) {
    const runsOn = current.end >= instantOf(lastDay, 0).getTime()
    return { open: true, closesAt: runsOn ? null : new Date(current.end) }
  }
  const next = intervals.find((i) => i.start > t)
  return { open: false, opensAt: next ? new Date(next.start) : null, closure: closureOn(schedule, calendar, isoDateOfDay(today)) }
}

const hhmmOf = (instant: Date): string => new Date(instant.getTime() + OFFSET_MS).toISOString().slice(11, 16)

/** "今天 14:00", "明天 09:00", "后天 09:00", else the date and weekday: "10月8日 周四 09:00". */
export const whenText = (instant: Date, now: Date): string => {
  const day = dayOf(instant)
  const days = day - dayOf(now)
  const time = hhmmOf(instant)
  if (days === 0) return `今天 ${time}`
  if (days === 1) return `明天 ${time}`
  if (days === 2) return `后天 ${time}`
  return `${dayMonthText(isoDateOfDay(day))} ${WEEKDAY_LABELS[weekdayOfDay(day) - 1]} ${time}`
}

/** "10月8日" */
export const dayMonthText = (date: string): string => `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`

/** What a list shows: a short headline (营业中 / 已休息 / 国庆节放假) and when that changes. */
export const describeOpenState = (state: OpenState, now: Date): { open: boolean; headline: string; detail: string } => {
  if (state.open) {
    return { open: true, headline: '营业中', detail: state.closesAt ? `${whenText(state.closesAt, now).replace(/^今天 /, '')} 关门` : '全天开放' }
  }
  const headline = state.closure?.reason === 'holiday' ? `${state.closure.name ?? '节假日'}放假` : state.closure ? '今天休息' : '已休息'
  return { open: false, headline, detail: state.opensAt ? `${whenText(state.opensAt, now)} 开门` : '近期不开门，请先打电话' }
}

const rangeText = (hours: Pick<OpeningHours, 'open' | 'close'>): string => {
  const { to } = spanOf(hours)
  return to > 24 * 60 ? `${hours.open}–次日${hours.close}` : `${hours.open}–${hours.close}`
}

/** The hours table of the detail page: one row per weekday, Monday first. */
export const weeklyHours = (hours: readonly OpeningHours[]): Array<{ weekday: number; label: string; text: string }> =>
  WEEKDAY_LABELS.map((label, index) => {
    const weekday = index + 1
    const ranges = hours
      .filter((h) => h.days.includes(weekday))
      .sort((a, b) => minutesOf(a.open) - minutesOf(b.open))
      .map(rangeText)
    return { weekday, label, text: ranges.length > 0 ? ranges.join('、') : '休息' }
  })

export interface CalendarNote {
  from: string
  to: string
  text: string
}

/**
 * Days in the next weeks that differ from the weekly table: holidays and closed dates that
 * shut the point on a day it would open (runs of days joined: "10月1日–10月7日 国庆节放假"), and
 * make-up working days it opens on ("10月10日 调休上班，照常开门").
 */
export const upcomingCalendarNotes = (schedule: Schedule, calendar: HolidayCalendar, now: Date, days = 30): CalendarNote[] => {
  const today = dayOf(now)
  const notes: CalendarNote[] = []
  for (let day = today; day < today + days; day += 1) {
    const date = isoDateOfDay(day)
    const closure = closureOn(schedule, calendar, date)
    const text = closure
      ? closure.reason === 'holiday'
        ? `${closure.name ?? '节假日'}放假`
        : '暂停开放'
      : calendar.makeupWorkdays.includes(date) && hoursOn(schedule, calendar, day).length > 0
        ? '调休上班，照常开门'
        : null
    if (!text) continue
    const last = notes[notes.length - 1]
    if (last && last.text === text && dayOfIsoDate(last.to) === day - 1) last.to = date
    else notes.push({ from: date, to: date, text })
  }
  // A closure matters only if the point would have opened on one of those days.
  const wouldOpen = (note: CalendarNote): boolean => {
    for (let day = dayOfIsoDate(note.from); day <= dayOfIsoDate(note.to); day += 1) {
      const weekday = weekdayOfDay(day)
      if (schedule.hours.some((h) => h.days.includes(weekday)) || calendar.makeupWorkdays.includes(isoDateOfDay(day))) return true
    }
    return false
  }
  return notes.filter((note) => note.text === '调休上班，照常开门' || wouldOpen(note))
}

export const calendarNoteText = (note: CalendarNote): string =>
  `${dayMonthText(note.from)}${note.to === note.from ? '' : `–${dayMonthText(note.to)}`} ${note.text}`

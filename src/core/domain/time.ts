/**
 * Times are stored as UTC instants and shown in Asia/Shanghai. China keeps no daylight saving,
 * so a fixed +08:00 offset is exact and avoids shipping a time-zone database to the phone.
 */
import dayjs, { type Dayjs } from 'dayjs'
import utc from 'dayjs/plugin/utc'

dayjs.extend(utc)

const SHANGHAI_OFFSET_MINUTES = 8 * 60

export const inShanghai = (instant: Date | string | number): Dayjs => dayjs(instant).utcOffset(SHANGHAI_OFFSET_MINUTES)

/** 1–12, the month in Shanghai at that instant. */
export const shanghaiMonth = (instant: Date | string | number): number => inShanghai(instant).month() + 1

/** e.g. 11月27日 20:48 — how the app shows a time of the last update. */
export const formatShanghaiTime = (instant: Date | string | number): string => inShanghai(instant).format('M月D日 HH:mm')

/** e.g. 2026年11月1日 — how the app shows a date. */
export const formatShanghaiDate = (instant: Date | string | number): string => inShanghai(instant).format('YYYY年M月D日')

/** The Shanghai calendar date (YYYY-MM-DD) at that instant. */
export const shanghaiDate = (instant: Date | string | number): string => inShanghai(instant).format('YYYY-MM-DD')

/** The UTC instant of a Shanghai wall-clock time on a Shanghai date. */
export const shanghaiInstant = (date: string, hhmm: string): Date =>
  dayjs.utc(`${date}T${hhmm === '24:00' ? '23:59' : hhmm}:00`).subtract(SHANGHAI_OFFSET_MINUTES, 'minute').toDate()

/** 1 = Monday … 7 = Sunday, for a Shanghai date. */
export const isoWeekday = (date: string): number => {
  const day = dayjs.utc(date).day()
  return day === 0 ? 7 : day
}

export const addDays = (date: string, days: number): string => dayjs.utc(date).add(days, 'day').format('YYYY-MM-DD')

/**
 * Times are stored as UTC instants and shown in Asia/Shanghai. China keeps no daylight saving,
 * so a fixed +08:00 offset is exact and avoids shipping a time-zone database to the phone.
 *
 * Plain Date arithmetic on purpose: these run for every slot of every bookable day
 * (consult.slots built its answer mostly in date parsing before), and without dayjs the home
 * page, which shows "kept at 11月27日 20:48", does not download a date library.
 */

const SHANGHAI_OFFSET_MS = 8 * 60 * 60_000
const DAY_MS = 24 * 60 * 60_000

const millisOf = (instant: Date | string | number): number => (instant instanceof Date ? instant.getTime() : new Date(instant).getTime())

const pad2 = (n: number): string => String(n).padStart(2, '0')

/** The Shanghai wall clock at an instant. */
export interface ShanghaiParts {
  year: number
  /** 1–12 */
  month: number
  /** 1–31 */
  day: number
  /** 0 = Sunday … 6 = Saturday, as Date#getDay */
  weekday: number
  hour: number
  minute: number
}

export const shanghaiParts = (instant: Date | string | number): ShanghaiParts => {
  const shifted = new Date(millisOf(instant) + SHANGHAI_OFFSET_MS)
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    weekday: shifted.getUTCDay(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes()
  }
}

/** 1–12, the month in Shanghai at that instant. */
export const shanghaiMonth = (instant: Date | string | number): number => shanghaiParts(instant).month

/** e.g. 20:48 — the Shanghai time of day. */
export const formatShanghaiClock = (instant: Date | string | number): string => {
  const { hour, minute } = shanghaiParts(instant)
  return `${pad2(hour)}:${pad2(minute)}`
}

/** e.g. 11月27日 20:48 — how the app shows a time of the last update. */
export const formatShanghaiTime = (instant: Date | string | number): string => {
  const { month, day } = shanghaiParts(instant)
  return `${month}月${day}日 ${formatShanghaiClock(instant)}`
}

/** e.g. 2026年11月1日 — how the app shows a date. */
export const formatShanghaiDate = (instant: Date | string | number): string => {
  const { year, month, day } = shanghaiParts(instant)
  return `${year}年${month}月${day}日`
}

/** YYYY-MM-DD of a UTC-midnight millisecond count. */
const isoDateOf = (utcMillis: number): string => new Date(utcMillis).toISOString().slice(0, 10)

/** The Shanghai calendar date (YYYY-MM-DD) at that instant. */
export const shanghaiDate = (instant: Date | string | number): string => isoDateOf(millisOf(instant) + SHANGHAI_OFFSET_MS)

/** UTC midnight of a YYYY-MM-DD date, in milliseconds (NaN when it is no date). */
const midnightOf = (date: string): number => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)))

/** The UTC instant of a Shanghai wall-clock time (HH:mm, 24:00 = 23:59) on a Shanghai date. */
export const shanghaiInstant = (date: string, hhmm: string): Date => {
  const [hours, minutes] = hhmm === '24:00' ? [23, 59] : [Number(hhmm.slice(0, 2)), Number(hhmm.slice(3, 5))]
  return new Date(midnightOf(date) + (hours * 60 + minutes) * 60_000 - SHANGHAI_OFFSET_MS)
}

/** 1 = Monday … 7 = Sunday, for a Shanghai date. */
export const isoWeekday = (date: string): number => {
  const day = new Date(midnightOf(date)).getUTCDay()
  return day === 0 ? 7 : day
}

export const addDays = (date: string, days: number): string => isoDateOf(midnightOf(date) + days * DAY_MS)

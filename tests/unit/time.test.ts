import dayjs from 'dayjs'
import utc from 'dayjs/plugin/utc'
import { addDays, formatShanghaiDate, formatShanghaiTime, isoWeekday, shanghaiDate, shanghaiInstant, shanghaiMonth } from '@/core/domain/time'

dayjs.extend(utc)

describe('Asia/Shanghai time', () => {
  it('turns the month over at midnight in Shanghai, not in UTC', () => {
    // 2026-11-30T16:30Z is already 1 December 00:30 in Shanghai.
    expect(shanghaiMonth('2026-11-30T16:30:00Z')).toBe(12)
    expect(shanghaiMonth('2026-11-30T15:59:00Z')).toBe(11)
  })

  it('formats times and dates the way citizens read them', () => {
    expect(formatShanghaiTime('2026-11-27T12:48:00Z')).toBe('11月27日 20:48')
    expect(formatShanghaiDate('2026-01-05T20:00:00Z')).toBe('2026年1月6日')
  })
})

describe('Shanghai calendar arithmetic (plain Date, checked against dayjs)', () => {
  it('turns a Shanghai wall-clock time into its UTC instant, 24:00 as the last minute', () => {
    expect(shanghaiInstant('2026-11-27', '09:30').toISOString()).toBe('2026-11-27T01:30:00.000Z')
    expect(shanghaiInstant('2026-01-01', '07:00').toISOString()).toBe('2025-12-31T23:00:00.000Z')
    expect(shanghaiInstant('2026-11-27', '24:00').toISOString()).toBe('2026-11-27T15:59:00.000Z')
    expect(Number.isNaN(shanghaiInstant('not a date', '09:00').getTime())).toBe(true)
  })

  it('counts weekdays and days across month, year and leap-day boundaries', () => {
    expect(isoWeekday('2026-11-29')).toBe(7) // Sunday
    expect(isoWeekday('2026-11-30')).toBe(1)
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01')
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29')
    expect(addDays('2027-03-01', -1)).toBe('2027-02-28')
    expect(shanghaiDate('2026-12-31T16:00:00Z')).toBe('2027-01-01')
    expect(shanghaiDate(new Date('2026-12-31T15:59:59Z'))).toBe('2026-12-31')
  })

  it('agrees with dayjs on every day and half hour of two years', () => {
    const mismatches: string[] = []
    for (let date = '2026-01-01'; date < '2028-01-01'; date = addDays(date, 1)) {
      const reference = dayjs.utc(date)
      if (addDays(date, 1) !== reference.add(1, 'day').format('YYYY-MM-DD')) mismatches.push(`addDays ${date}`)
      if (isoWeekday(date) !== (reference.day() || 7)) mismatches.push(`isoWeekday ${date}`)
      for (let minutes = 0; minutes < 24 * 60; minutes += 30) {
        const hhmm = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`
        const instant = shanghaiInstant(date, hhmm)
        if (instant.getTime() !== dayjs.utc(`${date}T${hhmm}:00`).subtract(8, 'hour').valueOf()) mismatches.push(`instant ${date} ${hhmm}`)
        const shown = dayjs(instant).utcOffset(8 * 60)
        if (shanghaiDate(instant) !== shown.format('YYYY-MM-DD') || formatShanghaiTime(instant) !== shown.format('M月D日 HH:mm')) {
          mismatches.push(`shown ${date} ${hhmm}`)
        }
      }
    }
    expect(mismatches).toEqual([])
  })
})

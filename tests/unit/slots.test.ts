import { bookableDates, findSlot, slotDays } from '@/core/domain/slots'
import type { Calendar, Schedule } from '@/core/domain/calendar'
import { isWorkingDay, openingIntervals } from '@/core/domain/calendar'
import type { BookingRules } from '@/core/county/schema'

// 2026-10-01..07 National Day; 2026-10-10 (Saturday) is a make-up working day.
const calendar: Calendar = {
  holidays: ['2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05', '2026-10-06', '2026-10-07'].map((date) => ({ date, name: '国庆节' })),
  makeupWorkdays: ['2026-10-10']
}
const office: Schedule = {
  hours: [
    { days: [1, 2, 3, 4, 5], open: '09:00', close: '12:00' },
    { days: [1, 2, 3, 4, 5], open: '14:00', close: '17:30' }
  ],
  closedDates: ['2026-11-30']
}
const rules: BookingRules = { slotMinutes: 30, leadMinutes: 120, workingDaysAhead: 6, capacityPerSlot: 2, callbackPointId: 'x' }
const at = (iso: string) => new Date(iso)

describe('working days', () => {
  it('are weekdays that are not holidays, plus make-up working days', () => {
    expect(isWorkingDay(calendar, '2026-11-27')).toBe(true) // Friday
    expect(isWorkingDay(calendar, '2026-11-28')).toBe(false) // Saturday
    expect(isWorkingDay(calendar, '2026-10-05')).toBe(false) // Monday, National Day
    expect(isWorkingDay(calendar, '2026-10-10')).toBe(true) // Saturday, make-up day
  })

  it('give an office its Monday hours on a make-up Saturday and none on a holiday or its closed day', () => {
    expect(openingIntervals(calendar, office, '2026-10-10')).toEqual([
      { open: '09:00', close: '12:00' },
      { open: '14:00', close: '17:30' }
    ])
    expect(openingIntervals(calendar, office, '2026-10-05')).toEqual([])
    expect(openingIntervals(calendar, office, '2026-11-30')).toEqual([])
  })
})

describe('booking slots', () => {
  it('are 30 minutes inside opening hours: 13 on a full office day', () => {
    const [monday] = slotDays(calendar, office, rules, at('2026-11-22T16:00:00Z')) // Monday 23 Nov 00:00 Shanghai
    expect(monday.date).toBe('2026-11-23')
    expect(monday.slots).toHaveLength(6 + 7)
    expect(monday.slots[0]).toEqual({ start: '2026-11-23T01:00:00.000Z', end: '2026-11-23T01:30:00.000Z' }) // 09:00–09:30 Shanghai
    expect(monday.slots.at(-1)).toEqual({ start: '2026-11-23T09:00:00.000Z', end: '2026-11-23T09:30:00.000Z' }) // 17:00–17:30
  })

  it('start at least 2 hours from now on the same day', () => {
    const now = at('2026-11-27T02:10:00Z') // Friday 10:10 Shanghai
    const [today] = slotDays(calendar, office, rules, now)
    expect(today.date).toBe('2026-11-27')
    expect(today.slots[0].start).toBe('2026-11-27T06:00:00.000Z') // 14:00: 12:10 is lunch, 10:10+2h falls in it
  })

  it('reach up to 6 working days ahead, skipping weekends, holidays and closed days', () => {
    const days = slotDays(calendar, office, rules, at('2026-11-27T12:00:00Z')).map((d) => d.date) // Friday 20:00
    expect(days).toEqual(['2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-07']) // 30 Nov closed
    expect(bookableDates(calendar, '2026-09-30', 2)).toEqual([
      '2026-09-30',
      '2026-10-01',
      '2026-10-02',
      '2026-10-03',
      '2026-10-04',
      '2026-10-05',
      '2026-10-06',
      '2026-10-07',
      '2026-10-08',
      '2026-10-09'
    ])
  })

  it('are found only when offered now', () => {
    const now = at('2026-11-27T02:10:00Z')
    expect(findSlot(calendar, office, rules, now, '2026-11-27T06:00:00Z')).toEqual({ start: '2026-11-27T06:00:00.000Z', end: '2026-11-27T06:30:00.000Z' })
    expect(findSlot(calendar, office, rules, now, '2026-11-27T03:00:00Z')).toBeUndefined() // 11:00 today: too soon
    expect(findSlot(calendar, office, rules, now, '2026-11-28T02:00:00Z')).toBeUndefined() // Saturday
    expect(findSlot(calendar, office, rules, now, '2026-11-30T02:00:00Z')).toBeUndefined() // closed day
    expect(findSlot(calendar, office, rules, now, '2026-11-27T06:10:00Z')).toBeUndefined() // not a slot boundary
  })

  it('follow a change of hours or closed days at once, though a day’s slots are made only once', () => {
    const now = at('2026-11-27T02:10:00Z')
    const before = slotDays(calendar, office, rules, now)
    before[0].slots[0].start = 'changed by a caller'
    expect(slotDays(calendar, office, rules, now)[0].slots[0].start).toBe('2026-11-27T06:00:00.000Z')

    const closedToday = { ...office, closedDates: [...office.closedDates, '2026-11-27'] }
    expect(slotDays(calendar, closedToday, rules, now)[0].date).toBe('2026-12-01')
    const mornings = { ...office, hours: [{ days: [1, 2, 3, 4, 5], open: '09:00', close: '12:00' }] }
    expect(slotDays(calendar, mornings, rules, at('2026-11-22T16:00:00Z'))[0].slots).toHaveLength(6)
  })

  it('end a day open until 24:00 at its last minute', () => {
    const allDay: Schedule = { hours: [{ days: [1, 2, 3, 4, 5, 6, 7], open: '23:00', close: '24:00' }], closedDates: [] }
    const [monday] = slotDays(calendar, allDay, rules, at('2026-11-22T16:00:00Z'))
    expect(monday.slots.at(-1)).toEqual({ start: '2026-11-23T15:30:00.000Z', end: '2026-11-23T15:59:00.000Z' })
  })
})

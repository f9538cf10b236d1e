import { calendarNoteText, describeOpenState, openState, upcomingCalendarNotes, weeklyHours, type HolidayCalendar } from '@/core/domain/opening-hours'

/** A Shanghai wall-clock time as an instant. */
const at = (local: string): Date => new Date(`${local}:00+08:00`)

const calendar: HolidayCalendar = {
  holidays: [
    { date: '2026-10-01', name: '国庆节' },
    { date: '2026-10-02', name: '国庆节' },
    { date: '2026-10-03', name: '国庆节' },
    { date: '2026-10-04', name: '国庆节' },
    { date: '2026-10-05', name: '国庆节' },
    { date: '2026-10-06', name: '国庆节' },
    { date: '2026-10-07', name: '国庆节' }
  ],
  // Saturday 10 October 2026 is worked instead.
  makeupWorkdays: ['2026-10-10']
}

/** Weekdays in two sessions, Saturday mornings. */
const office = {
  hours: [
    { days: [1, 2, 3, 4, 5], open: '09:00', close: '12:00' },
    { days: [1, 2, 3, 4, 5], open: '14:00', close: '17:30' },
    { days: [6], open: '09:00', close: '12:00' }
  ],
  closedDates: ['2026-03-11']
}

/** An evening desk for workers off shift: Friday and Saturday 19:00 to 01:00. */
const eveningDesk = { hours: [{ days: [5, 6], open: '19:00', close: '01:00' }], closedDates: [] }

const status = (schedule: typeof office, now: Date) => describeOpenState(openState(schedule, calendar, now), now)

describe('open now, in Shanghai time', () => {
  it('is open in working hours and says when it closes', () => {
    expect(status(office, at('2026-03-10T10:15'))).toEqual({ open: true, headline: '营业中', detail: '12:00 关门' })
  })

  it('is closed over lunch and opens again the same afternoon', () => {
    expect(status(office, at('2026-03-10T12:30'))).toEqual({ open: false, headline: '已休息', detail: '今天 14:00 开门' })
  })

  it('closes exactly at closing time and opens tomorrow morning', () => {
    expect(status(office, at('2026-03-09T17:30'))).toEqual({ open: false, headline: '已休息', detail: '明天 09:00 开门' })
    // Tuesday evening: Wednesday 11 March is one of the point's own closed dates.
    expect(status(office, at('2026-03-10T17:30'))).toEqual({ open: false, headline: '已休息', detail: '后天 09:00 开门' })
  })

  it('uses Shanghai, not UTC: 08:30 in Shanghai is 00:30 UTC the same day', () => {
    expect(status(office, new Date('2026-03-10T00:30:00Z'))).toMatchObject({ open: false, detail: '今天 09:00 开门' })
    expect(status(office, new Date('2026-03-10T01:00:00Z'))).toMatchObject({ open: true })
  })

  it('opens on Saturday morning only, and on Sunday points to Monday', () => {
    expect(status(office, at('2026-03-07T11:00'))).toMatchObject({ open: true })
    expect(status(office, at('2026-03-07T13:00'))).toEqual({ open: false, headline: '已休息', detail: '后天 09:00 开门' })
    expect(status(office, at('2026-03-08T10:00'))).toEqual({ open: false, headline: '已休息', detail: '明天 09:00 开门' })
  })

  it('stays open across midnight and closes in the small hours', () => {
    // Friday 23:30: open since 19:00, closes at 01:00 on Saturday.
    expect(status(eveningDesk, at('2026-03-06T23:30'))).toEqual({ open: true, headline: '营业中', detail: '明天 01:00 关门' })
    // Saturday 00:30: still Friday's evening session.
    expect(status(eveningDesk, at('2026-03-07T00:30'))).toMatchObject({ open: true })
    // Saturday 01:00: closed until Saturday 19:00.
    expect(status(eveningDesk, at('2026-03-07T01:00'))).toEqual({ open: false, headline: '已休息', detail: '今天 19:00 开门' })
    // Sunday 00:59 is Saturday's session; Sunday 02:00 waits for Friday.
    expect(status(eveningDesk, at('2026-03-08T00:59'))).toMatchObject({ open: true })
    expect(status(eveningDesk, at('2026-03-08T02:00'))).toEqual({ open: false, headline: '已休息', detail: '3月13日 周五 19:00 开门' })
  })

  it('is shut on its own closed dates', () => {
    expect(status(office, at('2026-03-11T10:00'))).toEqual({ open: false, headline: '今天休息', detail: '明天 09:00 开门' })
  })

  it('is shut on public holidays, names the holiday, and reopens on the make-up Saturday with Monday hours', () => {
    expect(status(office, at('2026-10-02T10:00'))).toEqual({ open: false, headline: '国庆节放假', detail: '10月8日 周四 09:00 开门' })
    // Saturday 10 October is a make-up working day: the afternoon session opens too.
    expect(status(office, at('2026-10-10T15:00'))).toEqual({ open: true, headline: '营业中', detail: '17:30 关门' })
  })

  it('says so when a point has no hours at all', () => {
    expect(status({ hours: [], closedDates: [] }, at('2026-03-10T10:00'))).toEqual({
      open: false,
      headline: '已休息',
      detail: '近期不开门，请先打电话'
    })
  })

  it('treats a 24-hour line as open all day, every day', () => {
    const allDay = { hours: [{ days: [1, 2, 3, 4, 5, 6, 7], open: '00:00', close: '24:00' }], closedDates: [] }
    expect(status(allDay, at('2026-03-08T03:00'))).toEqual({ open: true, headline: '营业中', detail: '全天开放' })
  })
})

describe('the hours table and calendar notes of the detail page', () => {
  it('lists every weekday, Monday first, with 休息 on closed days and 次日 after midnight', () => {
    expect(weeklyHours(office.hours).map((row) => `${row.label} ${row.text}`)).toEqual([
      '周一 09:00–12:00、14:00–17:30',
      '周二 09:00–12:00、14:00–17:30',
      '周三 09:00–12:00、14:00–17:30',
      '周四 09:00–12:00、14:00–17:30',
      '周五 09:00–12:00、14:00–17:30',
      '周六 09:00–12:00',
      '周日 休息'
    ])
    expect(weeklyHours(eveningDesk.hours)[4].text).toBe('19:00–次日01:00')
  })

  it('joins a holiday into one note and mentions the make-up working day', () => {
    const notes = upcomingCalendarNotes(office, calendar, at('2026-09-28T10:00')).map(calendarNoteText)
    expect(notes).toEqual(['10月1日–10月7日 国庆节放假', '10月10日 调休上班，照常开门'])
  })

  it('leaves out a closed date on a day the point never opens', () => {
    const weekdaysOnly = { hours: [{ days: [1, 2, 3, 4, 5], open: '09:00', close: '17:00' }], closedDates: ['2026-03-08'] }
    expect(upcomingCalendarNotes(weekdaysOnly, { holidays: [], makeupWorkdays: [] }, at('2026-03-06T10:00'))).toEqual([])
  })
})

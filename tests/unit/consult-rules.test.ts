import { viewDeadline, wageDeadline } from '@/core/domain/deadline'
import { canMove, STATUSES, type ConsultStatus } from '@/core/domain/consult-status'
import { maskPhone, MOBILE_PATTERN } from '@/core/domain/phone'
import { firstAnswerDue, priorityOf } from '@/core/domain/priority'
import { quickCheck } from '@/core/domain/quick-check'
import { ticketNumber } from '@/core/domain/ticket'
import { addWorkingMinutes } from '@/core/domain/working-time'

const calendar = { holidays: [{ date: '2026-12-31', name: '测试假日' }], makeupWorkdays: [] }
const office = {
  hours: [
    { days: [1, 2, 3, 4, 5], open: '09:00', close: '12:00' },
    { days: [1, 2, 3, 4, 5], open: '14:00', close: '17:30' }
  ],
  closedDates: []
}

/** The deadline of wages due on `dueDate`, counted on 27 Nov 2026, when the job status is unknown. */
const dueOn = (dueDate: string) => viewDeadline(wageDeadline({ dueDate }), '2026-11-27')

describe('priority', () => {
  it('puts domestic violence and deadlines under 7 days first', () => {
    expect(priorityOf({ matter: 'domestic-violence' })).toBe(1)
    expect(priorityOf({ matter: 'wages', deadline: dueOn('2025-12-01') })).toBe(1)
    expect(priorityOf({ matter: 'wages', deadline: dueOn('2025-12-20') })).toBe(2)
    expect(priorityOf({ matter: 'wages', deadline: dueOn('2026-06-01'), coworkers: 3 })).toBe(2)
    expect(priorityOf({ matter: 'work-injury' })).toBe(2)
    expect(priorityOf({ matter: 'wages', deadline: dueOn('2026-06-01') })).toBe(3)
    expect(priorityOf({ matter: 'other' })).toBe(3)
  })

  it('makes the first answer due at the slot, or within working hours', () => {
    const friday1630 = new Date('2026-11-27T08:30:00Z')
    expect(firstAnswerDue(3, '2026-12-01T02:00:00.000Z', friday1630, calendar, office).toISOString()).toBe('2026-12-01T02:00:00.000Z')
    // Urgent: 2 working hours from Friday 16:30 → 1 h on Friday, 1 h on Monday → Monday 10:00.
    expect(firstAnswerDue(1, undefined, friday1630, calendar, office).toISOString()).toBe('2026-11-30T02:00:00.000Z')
  })
})

describe('working time', () => {
  it('skips lunch, nights, weekends and holidays', () => {
    const wednesday1100 = new Date('2026-12-30T03:00:00Z')
    // Wednesday 30 Dec 11:00: 1 h left in the morning, 3.5 h in the afternoon; Thursday 31 Dec is a
    // holiday in this calendar, so the 5th hour ends on Friday 1 Jan at 09:30.
    expect(addWorkingMinutes(calendar, office, wednesday1100, 60).toISOString()).toBe('2026-12-30T04:00:00.000Z') // 12:00
    expect(addWorkingMinutes(calendar, office, wednesday1100, 90).toISOString()).toBe('2026-12-30T06:30:00.000Z') // 14:30
    expect(addWorkingMinutes(calendar, office, wednesday1100, 5 * 60).toISOString()).toBe('2027-01-01T01:30:00.000Z') // Fri 09:30
  })
})

describe('the status machine', () => {
  const allowed: Array<[ConsultStatus, ConsultStatus]> = [
    ['submitted', 'queued'],
    ['submitted', 'cancelled'],
    ['submitted', 'closed'],
    ['queued', 'in_progress'],
    ['queued', 'cancelled'],
    ['in_progress', 'queued'],
    ['in_progress', 'awaiting_citizen'],
    ['in_progress', 'answered'],
    ['in_progress', 'cancelled'],
    ['in_progress', 'closed'],
    ['awaiting_citizen', 'in_progress'],
    ['awaiting_citizen', 'queued'],
    ['awaiting_citizen', 'cancelled'],
    ['awaiting_citizen', 'closed'],
    ['answered', 'in_progress'],
    ['answered', 'queued'],
    ['answered', 'closed']
  ]

  it('allows exactly the listed moves and refuses every other', () => {
    for (const from of STATUSES) {
      for (const to of STATUSES) {
        const expected = allowed.some(([a, b]) => a === from && b === to)
        expect([from, to, canMove(from, to)]).toEqual([from, to, expected])
      }
    }
  })
})

describe('tickets, phones and the quick check', () => {
  it('number tickets by county, Shanghai date and sequence', () => {
    expect(ticketNumber('HS', new Date('2026-11-27T03:00:00Z'), 42)).toBe('HS-20261127-0042')
    expect(ticketNumber('HS', new Date('2026-11-27T16:30:00Z'), 1)).toBe('HS-20261128-0001') // after midnight in Shanghai
  })

  it('accept mainland mobile numbers and mask them in lists', () => {
    expect(['13800138000', '19912345678'].every((p) => MOBILE_PATTERN.test(p))).toBe(true)
    expect(['1380013800', '12800138000', '138001380001', '0837-1234567'].some((p) => MOBILE_PATTERN.test(p))).toBe(false)
    expect(maskPhone('13800138000')).toBe('138****8000')
  })

  it('tells migrant workers claiming wages they are likely exempt from the hardship check (Art. 42)', () => {
    expect(quickCheck(['migrant-wages'])).toMatchObject({ likelyExempt: true, basis: ['法律援助法第四十二条'] })
    expect(quickCheck(['domestic-violence'])).toMatchObject({ likelyExempt: true, basis: ['法律援助法第三十二条'] })
    expect(quickCheck([])).toMatchObject({ likelyExempt: false, basis: ['法律援助法第四十一条'] })
  })
})

import { afterWrongAnswer, familyView, FOLLOW_TICKET_LIMIT, isLocked, mayFollow } from '@/core/domain/family-follow'

const AT = '2026-12-01T03:00:00.000Z'
const later = (minutes: number) => new Date(Date.parse(AT) + minutes * 60_000).toISOString()
const applicant = { name: '张三', phone: '13800135678', township: '芦花镇', currentCity: '成都市', disputeCity: '成都市' }

describe('家人查进度 rules', () => {
  it('count wrong answers in a one-hour window and lock for an hour at the limit', () => {
    let guard = null
    for (let i = 1; i < FOLLOW_TICKET_LIMIT; i += 1) guard = afterWrongAnswer('k', guard, FOLLOW_TICKET_LIMIT, later(i))
    expect(guard).toEqual({ key: 'k', failures: FOLLOW_TICKET_LIMIT - 1, windowStart: later(1) })
    expect(isLocked(guard, later(10))).toBe(false)
    const locked = afterWrongAnswer('k', guard, FOLLOW_TICKET_LIMIT, later(10))
    expect(locked.lockedUntil).toBe(later(70))
    expect(isLocked(locked, later(69))).toBe(true)
    expect(isLocked(locked, later(70))).toBe(false)
  })

  it('start a new window when the last one is over, so old mistakes are forgotten', () => {
    const old = { key: 'k', failures: FOLLOW_TICKET_LIMIT - 1, windowStart: AT }
    expect(afterWrongAnswer('k', old, FOLLOW_TICKET_LIMIT, later(60))).toEqual({ key: 'k', failures: 1, windowStart: later(60) })
  })

  it('show only when the digits end the applicant’s phone and following is on', () => {
    expect(mayFollow({ applicant }, '5678')).toBe(true)
    expect(mayFollow({ applicant }, '1234')).toBe(false)
    expect(mayFollow({ applicant, familyFollowOff: true }, '5678')).toBe(false)
    expect(mayFollow({ applicant: { ...applicant, phone: '' }, anonymisedAt: AT }, '')).toBe(false)
    expect(mayFollow(null, '5678')).toBe(false)
  })

  it('say where it stands in words for a relative, with no personal field', () => {
    expect(Object.keys(familyView({ ticket: 'HS-20261201-0001', status: 'queued', statusChangedAt: AT })).sort()).toEqual([
      'meaning',
      'nextStep',
      'status',
      'statusLabel',
      'ticket',
      'updatedAt'
    ])
  })
})

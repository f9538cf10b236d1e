import { formatShanghaiDate, formatShanghaiTime, shanghaiMonth } from '@/core/domain/time'

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

import { QUEUE_AHEAD_CAP, queueAheadText, queuePositionOf } from '@/core/domain/queue-position'

describe('queue position', () => {
  it('is exact up to the cap and stops one past it', () => {
    expect(queuePositionOf(0)).toBe(1)
    expect(queuePositionOf(QUEUE_AHEAD_CAP - 1)).toBe(QUEUE_AHEAD_CAP)
    expect(queuePositionOf(QUEUE_AHEAD_CAP)).toBe(QUEUE_AHEAD_CAP + 1)
    expect(queuePositionOf(900_000)).toBe(QUEUE_AHEAD_CAP + 1)
  })

  it('tells the citizen the number ahead, or that there are more than the cap', () => {
    expect(queueAheadText(1)).toBe('前面还有 0 位在等')
    expect(queueAheadText(QUEUE_AHEAD_CAP)).toBe(`前面还有 ${QUEUE_AHEAD_CAP - 1} 位在等`)
    expect(queueAheadText(QUEUE_AHEAD_CAP + 1)).toBe(`前面有 ${QUEUE_AHEAD_CAP} 位以上在等`)
  })
})

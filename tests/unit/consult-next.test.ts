/** What a waiting citizen is told depends on the channel: only a phone callback asks for the phone to stay on. */
import { CHANNELS } from '@/core/contracts/consult'
import { nextStepText } from '@/core/domain/consult-status'

describe('the next step while a consultation waits', () => {
  it('has its own words for every channel', () => {
    const texts = CHANNELS.map((c) => nextStepText('queued', c.id))
    expect(new Set(texts).size).toBe(CHANNELS.length)
    expect(texts.filter((t) => t.includes('请保持电话畅通'))).toEqual([nextStepText('queued', 'phone')])
    expect(nextStepText('queued', 'in-person-station')).toBe('请按约好的时间到服务站，带上身份证和有关材料')
    expect(nextStepText('queued', 'written')).toBe('工作人员会写下答复，答复后这里会提醒您')
  })

  it('says 尽快 for a callback without a time, and keeps the status words after the wait', () => {
    expect(nextStepText('queued', 'phone', true)).toBe('请保持电话畅通，工作人员会在上班时间尽快给您打电话')
    expect(nextStepText('awaiting_citizen', 'in-person-centre')).toBe('请查看工作人员的问题并回复')
  })
})

/** What a queue item says (lateness in words, not colour only) and which case actions show. */
import { render, screen } from '@testing-library/react'
import type { StaffCase, StaffProfile } from '@/core/contracts/staff'
import QueueItemCard from '@/staff/components/QueueItemCard'
import { availableActions } from '@/staff/case-rules'
import { timeLeftText } from '@/staff/labels'
import { queueItem } from '../helpers/queue-item'

const item = queueItem

describe('a queue item', () => {
  it('says on time, the time left, the masked phone, and nothing urgent', () => {
    render(<QueueItemCard item={item()} />)
    expect(screen.getByText('按时')).toBeTruthy()
    expect(screen.getByText(/还剩 2 小时 5 分钟/)).toBeTruthy()
    expect(screen.getByText(/138\*\*\*\*8000/)).toBeTruthy()
    expect(screen.queryByText('紧急')).toBeNull()
    expect(screen.queryByText(/群体讨薪/)).toBeNull()
  })

  it('says 已超时, 紧急, 群体讨薪 N 人 and 待核对 in words', () => {
    render(<QueueItemCard item={item({ sla: 'red', minutesLeft: -40, priority: 1, heldForReview: true, employerGroup: { employer: '某某公司', count: 3 } })} />)
    expect(screen.getByText('已超时')).toBeTruthy()
    expect(screen.getByText(/超时 40 分钟/)).toBeTruthy()
    expect(screen.getByText('紧急')).toBeTruthy()
    expect(screen.getByText('群体讨薪 3 人')).toBeTruthy()
    expect(screen.getByText('待核对')).toBeTruthy()
  })

  it('says 快到期 when amber, and no clock once answered', () => {
    const { unmount } = render(<QueueItemCard item={item({ sla: 'amber', minutesLeft: 30 })} />)
    expect(screen.getByText('快到期')).toBeTruthy()
    unmount()
    render(<QueueItemCard item={item({ status: 'answered', sla: 'red', minutesLeft: -10 })} />)
    expect(screen.queryByText('已超时')).toBeNull()
  })

  it('writes time left in hours and minutes', () => {
    expect(timeLeftText(60)).toBe('还剩 1 小时')
    expect(timeLeftText(0)).toBe('还剩 0 分钟')
    expect(timeLeftText(-125)).toBe('超时 2 小时 5 分钟')
  })

  describe('read out of working hours', () => {
    afterEach(() => jest.useRealTimers())

    it('at 03:37 before a 09:00 callback, says when work starts instead of “还剩 0 分钟”', () => {
      jest.useFakeTimers({ now: new Date('2026-11-30T19:37:00Z') }) // Tuesday 1 Dec, 03:37 in Shanghai
      render(<QueueItemCard item={item({ sla: 'amber', minutesLeft: 0, dueAt: '2026-12-01T01:00:00.000Z' })} />)
      expect(screen.getByText(/12月1日 09:00 上班时就到期/)).toBeTruthy()
      expect(screen.queryByText(/还剩 0 分钟/)).toBeNull()
    })

    it('on Saturday, counts the time left from Monday’s opening', () => {
      jest.useFakeTimers({ now: new Date('2026-12-05T02:00:00Z') }) // Saturday 10:00
      render(<QueueItemCard item={item({ minutesLeft: 90, dueAt: '2026-12-07T02:30:00.000Z' })} />)
      expect(screen.getByText(/12月7日 09:00 上班后还剩 1 小时 30 分钟/)).toBeTruthy()
    })

    it('in working hours, says only the time left', () => {
      jest.useFakeTimers({ now: new Date('2026-12-01T02:00:00Z') }) // Tuesday 10:00
      render(<QueueItemCard item={item({ minutesLeft: 45 })} />)
      expect(screen.getByText(/^还剩 45 分钟/)).toBeTruthy()
    })
  })
})

describe('the case page offers only what can work', () => {
  const lawyer: StaffProfile = { openid: 'lawyer-1', name: '李律师', role: 'staff', kind: 'lawyer', pointIds: [] }
  const admin: StaffProfile = { openid: 'admin-1', name: '赵管理', role: 'admin', kind: 'admin', pointIds: [] }
  const base = { status: 'queued', heldForReview: false } as StaffCase
  const shown = (c: Partial<StaffCase>, me: StaffProfile) =>
    Object.entries(availableActions({ ...base, ...c } as StaffCase, me))
      .filter(([, on]) => on)
      .map(([name]) => name)

  it('a queued case: claim (and a note)', () => {
    expect(shown({}, lawyer)).toEqual(['claim', 'note'])
  })
  it('held text: review only', () => {
    expect(shown({ status: 'submitted', heldForReview: true }, lawyer)).toEqual(['review', 'note'])
  })
  it('my case in progress: everything but claim and review', () => {
    expect(shown({ status: 'in_progress', assignee: { openid: 'lawyer-1', name: '李律师' } }, lawyer)).toEqual([
      'release',
      'reply',
      'ask',
      'callback',
      'handOver',
      'note',
      'close'
    ])
  })
  it('someone else’s case: only a note, unless I am an admin', () => {
    const c = { status: 'in_progress' as const, assignee: { openid: 'other', name: '王律师' } }
    expect(shown(c, lawyer)).toEqual(['note'])
    expect(shown(c, admin)).toContain('close')
  })
  it('waiting for the citizen: callback, hand over, close; no reply until they answer', () => {
    expect(shown({ status: 'awaiting_citizen', assignee: { openid: 'lawyer-1', name: '李律师' } }, lawyer)).toEqual(['callback', 'handOver', 'note', 'close'])
  })
})

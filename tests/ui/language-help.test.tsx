/** Staff see on the queue card that the citizen asked for help in 藏语 or 羌语. */
import { render, screen } from '@testing-library/react'
import type { QueueItem } from '@/core/contracts/staff'
import QueueItemCard from '@/staff/components/QueueItemCard'

const item: QueueItem = {
  id: 'c1-abcdef',
  ticket: 'HS-20261201-0001',
  matter: 'wages',
  channel: 'phone',
  status: 'queued',
  createdAt: '2026-12-01T01:00:00.000Z',
  unseen: false,
  priority: 3,
  dueAt: '2026-12-01T09:00:00.000Z',
  sla: 'on-time',
  minutesLeft: 125,
  applicantName: '张三',
  phone: '138****8000',
  heldForReview: false
}

describe('language help on the queue card', () => {
  it('names the language asked for, in words', () => {
    render(<QueueItemCard item={{ ...item, languageHelp: '羌语' }} />)
    expect(screen.getByText('需要说羌语')).toBeTruthy()
  })

  it('says nothing when none was asked for', () => {
    render(<QueueItemCard item={item} />)
    expect(screen.queryByText(/需要说/)).toBeNull()
  })
})

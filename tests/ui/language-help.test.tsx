/** Staff see the language help asked for on the queue card and the case, and the deadline as it stands today. */
import { render, screen } from '@testing-library/react'
import type { StaffCase } from '@/core/contracts/staff'
import CaseFacts from '@/staff/components/CaseFacts'
import QueueItemCard from '@/staff/components/QueueItemCard'
import { queueItem } from '../helpers/queue-item'

const item = queueItem({ channel: 'phone' })

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

describe('the case page facts', () => {
  const c: StaffCase = {
    ...item,
    description: '老板不发工资。',
    familyFollow: true,
    applicant: { name: '张三', phone: '13800138000', township: '芦花镇', currentCity: '成都市', disputeCity: '成都市' },
    contactSafety: { safeToCall: true, leaveMessage: true, sayWhoWeAre: true },
    wage: { employer: '某公司', dueDate: '2026-01-31', coworkers: 0, jobEnded: true, jobEndDate: '2026-03-01' },
    quickCheck: [],
    asap: false,
    // Stored at booking: the rule and the last day, with no count of days.
    deadline: { kind: 'arbitration-after-job', lastDay: '2027-03-01', basis: '劳动争议调解仲裁法第二十七条第四款' },
    heldForReview: false,
    events: [],
    messages: [],
    languageHelp: '藏语',
    callbackAttempts: 0,
    escalated: false,
    internalNotes: [],
    attachedTips: [],
    phoneVisible: false
  }

  it('says which language is needed, whether the job has ended, and the deadline with its article', () => {
    render(<CaseFacts c={c} />)
    expect(screen.getByText('需要会藏语的工作人员帮忙')).toBeTruthy()
    expect(screen.getByText(/2026-03-01 已不干/)).toBeTruthy()
    expect(screen.getByText(/2027-03-01.*（依据：劳动争议调解仲裁法第二十七条第四款）/)).toBeTruthy()
  })
})

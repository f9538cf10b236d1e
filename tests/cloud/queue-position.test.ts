/**
 * The queue position a citizen sees, on both stores: exact while few wait ahead, and "more
 * than 50" past the cap, so a booking never counts a long queue (issue 9).
 */
import { QUEUE_AHEAD_CAP } from '@/core/domain/queue-position'
import type { StoredConsultation } from '@/core/domain/consultation'
import { bookingForm, consultCaller, TUESDAY_0800 } from '../helpers/consult'
import { openStore, STORE_KINDS, type OpenedStore } from '../helpers/stores'

jest.setTimeout(120_000)

const AT = TUESDAY_0800.toISOString()

/** An urgent waiting case, ahead of any ordinary booking. */
const urgent = (i: number): StoredConsultation =>
  ({
    id: `urgent-${i}`,
    ticket: `HS-20261201-${9000 + i}`,
    ownerOpenid: `o-other-${i}`,
    matter: 'domestic-violence',
    channel: 'written',
    status: 'queued',
    description: '需要帮助。',
    applicant: { name: '李四', phone: '13800138000', township: '芦花镇', currentCity: '成都市', disputeCity: '成都市' },
    contactSafety: { safeToCall: true, leaveMessage: true, sayWhoWeAre: true },
    quickCheck: [],
    asap: false,
    priority: 1,
    dueAt: AT,
    heldForReview: false,
    consentVersion: '2026-11',
    consentedAt: AT,
    createdAt: AT,
    updatedAt: AT,
    statusChangedAt: AT,
    citizenSeenAt: AT
  }) as StoredConsultation

describe.each(STORE_KINDS)('queue position on %s', (kind) => {
  let opened: OpenedStore
  beforeEach(async () => {
    opened = await openStore(kind)
  })
  afterEach(() => opened.done())

  const saveUrgent = async (count: number) => {
    for (let i = 0; i < count; i += 1) await opened.store.unitOfWork((uow) => uow.insertConsultation(urgent(i), []))
  }

  it('counts the cases ahead exactly below the cap, on booking and on viewing', async () => {
    await saveUrgent(2)
    const call = consultCaller(opened.store)
    const booked = await call('o-me', 'create', bookingForm({ channel: 'written' }))
    expect(booked.data.queuePosition).toBe(3)
    expect((await call('o-me', 'getMine', { id: booked.data.id })).data.queuePosition).toBe(3)
  })

  it('stops counting past the cap: more than 50 ahead reads as 51', async () => {
    await saveUrgent(QUEUE_AHEAD_CAP + 5)
    const call = consultCaller(opened.store)
    const booked = await call('o-me', 'create', bookingForm({ channel: 'written' }))
    expect(booked.data.queuePosition).toBe(QUEUE_AHEAD_CAP + 1)
    expect((await call('o-me', 'getMine', { id: booked.data.id })).data.queuePosition).toBe(QUEUE_AHEAD_CAP + 1)
  })
})

/**
 * What both stores must do for consultations, slot places, request records and the unit of
 * work — on SQLite and on the CloudBase adapter through the real wx-server-sdk over the fake.
 */
import type { StoredConsultation, StoredEvent } from '@/core/domain/consultation'
import type { Store } from '../../cloudfunctions/store/port'
import { openStore, STORE_KINDS, type OpenedStore } from '../helpers/stores'
import { STORED_AT, storedConsultation } from '../helpers/stored-consultation'

// The fake answers each request after a small delay; 130 writes take seconds on a loaded machine.
jest.setTimeout(60_000)

const AT = STORED_AT
const consultation = (id: string, overrides: Partial<StoredConsultation> = {}) =>
  storedConsultation(id, { pointId: 'heishui-legal-aid-centre', pointName: '黑水县法律援助中心', ...overrides })

const created: StoredEvent = { at: AT, kind: 'created', actor: 'citizen' }
const save = (store: Store, c: StoredConsultation, events: StoredEvent[] = [created]) => store.unitOfWork((uow) => uow.saveConsultation(c, { events }))

describe.each(STORE_KINDS)('consultations on %s', (kind) => {
  let opened: OpenedStore
  let store: Store
  beforeEach(async () => {
    opened = await openStore(kind, { seeded: false })
    store = opened.store
  })
  afterEach(() => opened.done())

  it('reads a saved consultation back whole, by id and by ticket', async () => {
    const c = consultation('case-0001', { wage: { employer: '某公司', dueDate: '2026-09-30', coworkers: 2 }, rating: { score: 4, comment: '好', held: false } })
    await save(store, c)
    expect(await store.consultations.get(c.id)).toEqual(c)
    expect(await store.consultations.getByTicket(c.ticket)).toEqual(c)
    expect(await store.consultations.get('case-none')).toBeNull()
  })

  it('leaves no field behind that a save no longer carries (an assignee released, a comment removed)', async () => {
    const held = consultation('case-0002', {
      status: 'in_progress',
      assigneeOpenid: 'o-lawyer',
      assigneeName: '王律师',
      rating: { score: 2, comment: '电话 13800138000' }
    })
    await save(store, held)
    const { assigneeOpenid: _o, assigneeName: _n, ...released } = { ...held, status: 'queued' as const, rating: { score: 2 } }
    await save(store, released, [])
    const back = await store.consultations.get(held.id)
    expect(back).toEqual(released)
    expect(back).not.toHaveProperty('assigneeOpenid')
    expect(back?.rating).toEqual({ score: 2 })
  })

  it('appends to the timeline and thread, and replaces them when asked', async () => {
    const c = consultation('case-0003')
    await save(store, c)
    const message = { id: 'm-1', at: AT, from: 'citizen' as const, text: '补充：欠了 12000 元', held: false }
    await store.unitOfWork((uow) => uow.saveConsultation(c, { events: [{ at: AT, kind: 'citizen-replied', actor: 'citizen' }], messages: [message] }))
    expect(await store.consultations.thread(c.id)).toEqual({ events: [created, { at: AT, kind: 'citizen-replied', actor: 'citizen' }], messages: [message] })
    await store.unitOfWork((uow) =>
      uow.replaceThread(c.id, { events: [{ at: AT, kind: 'created', actor: 'citizen' }], messages: [{ ...message, text: '（已删除）' }] })
    )
    expect((await store.consultations.thread(c.id)).messages[0].text).toBe('（已删除）')
  })

  it('writes nothing of a unit that throws', async () => {
    const c = consultation('case-0004')
    await expect(
      store.unitOfWork(async (uow) => {
        await uow.saveConsultation(c, { events: [created] })
        await uow.setSlotBooked({ pointId: 'p-1', start: AT }, 1)
        await uow.setTicketCounter('2026-12-01', 7)
        await uow.saveRequest({ key: 'k-1', fingerprint: 'f', resultId: c.id, at: AT })
        throw new Error('a decision refused half way')
      })
    ).rejects.toThrow('a decision refused half way')
    expect(await store.consultations.get(c.id)).toBeNull()
    expect(await store.consultations.request('k-1')).toBeNull()
    expect(await store.slots.bookedCounts('p-1', AT, '2026-12-02T00:00:00.000Z')).toEqual(new Map())
    expect(await store.unitOfWork((uow) => uow.ticketCounter('2026-12-01'))).toBe(0)
  })

  it('keeps slot places, request records, day counters and audit entries written in a unit', async () => {
    await store.unitOfWork(async (uow) => {
      await uow.setSlotBooked({ pointId: 'p-1', start: AT }, 2)
      await uow.saveRequest({ key: 'k-2', fingerprint: 'f-2', resultId: 'case-x', at: AT })
      await uow.setTicketCounter('2026-12-01', 3)
      await uow.audit({ at: AT, actorOpenid: 'o-lawyer', actorName: '王律师', action: 'claim', consultationId: 'case-x' })
    })
    expect(await store.slots.bookedCounts('p-1', AT, '2026-12-02T00:00:00.000Z')).toEqual(new Map([[AT, 2]]))
    expect(await store.consultations.request('k-2')).toEqual({ key: 'k-2', fingerprint: 'f-2', resultId: 'case-x', at: AT })
    expect(await store.unitOfWork((uow) => uow.ticketCounter('2026-12-01'))).toBe(3)
    expect((await store.audit.list({ consultationId: 'case-x', offset: 0, limit: 10 })).items).toMatchObject([{ action: 'claim', actorName: '王律师' }])
    await store.unitOfWork((uow) => uow.removeRequest('k-2'))
    expect(await store.consultations.request('k-2')).toBeNull()
  })

  it("lists a citizen's own, newest first, with the unseen count, and clears it when seen", async () => {
    await save(store, consultation('case-0005', { createdAt: '2026-12-01T01:00:00.000Z' }))
    await save(store, consultation('case-0006', { createdAt: '2026-12-01T02:00:00.000Z', statusChangedAt: '2026-12-01T03:00:00.000Z' }))
    await save(store, consultation('case-0007', { ownerOpenid: 'o-other' }))
    const mine = await store.consultations.listByOwner('o-owner', 0, 20)
    expect(mine).toMatchObject({ total: 2, unseenCount: 1 })
    expect(mine.items.map((c) => c.id)).toEqual(['case-0006', 'case-0005'])
    await store.consultations.markSeen('case-0006', '2026-12-01T04:00:00.000Z')
    expect((await store.consultations.listByOwner('o-owner', 0, 20)).unseenCount).toBe(0)
    expect(await store.consultations.countOpenByOwner('o-owner')).toBe(2)
    expect(await store.consultations.countCreatedByOwnerSince('o-owner', '2026-12-01T01:30:00.000Z')).toBe(1)
  })

  it("keeps a station's queue to its scope: a point filter narrows it and never widens it", async () => {
    await save(store, consultation('case-0011', { pointId: 'guangan-station' }))
    await save(store, consultation('case-0012', { pointId: 'chengdu-station' }))
    await save(store, consultation('case-0013', { pointId: 'guangan-station', status: 'in_progress' }))
    const guangan = { statuses: ['queued'] as const, pointIds: ['guangan-station'], offset: 0, limit: 20 }
    expect((await store.consultations.queue(guangan)).items.map((c) => c.id)).toEqual(['case-0011'])
    expect((await store.consultations.queue({ ...guangan, pointId: 'chengdu-station' })).items).toEqual([])
    expect((await store.consultations.queue({ ...guangan, pointId: 'guangan-station' })).items.map((c) => c.id)).toEqual(['case-0011'])
    expect((await store.consultations.queue(guangan)).counts).toEqual({ queued: 1, in_progress: 1 })
    expect((await store.consultations.queue({ ...guangan, pointIds: null, pointId: 'chengdu-station' })).items.map((c) => c.id)).toEqual(['case-0012'])
  })

  it('orders the queue by priority, due time and age, and counts open cases per employer', async () => {
    await save(store, consultation('case-0021', { priority: 3, dueAt: '2026-12-01T05:00:00.000Z', employerKey: 'acme' }))
    await save(store, consultation('case-0022', { priority: 1, dueAt: '2026-12-01T09:00:00.000Z', employerKey: 'acme' }))
    await save(store, consultation('case-0023', { priority: 3, dueAt: '2026-12-01T04:00:00.000Z', employerKey: 'acme', status: 'closed' }))
    await save(store, consultation('case-0024', { priority: 3, dueAt: '2026-12-01T04:00:00.000Z' }))
    const { items, total } = await store.consultations.queue({ statuses: ['queued'], pointIds: null, offset: 0, limit: 20 })
    expect(items.map((c) => c.id)).toEqual(['case-0022', 'case-0024', 'case-0021'])
    expect(total).toBe(3)
    expect(await store.consultations.waitingAhead(items[2], 50)).toBe(2)
    expect(await store.consultations.waitingAhead(items[2], 1)).toBe(1)
    expect(await store.consultations.openPerEmployer(['acme', 'nobody'])).toEqual(new Map([['acme', 2]]))
  })

  it('gives the statistics every consultation of a period, past the read cap of 100', async () => {
    for (let i = 0; i < 130; i += 1) {
      const at = new Date(Date.parse(AT) + i * 60_000).toISOString()
      await save(store, consultation(`case-${String(1000 + i)}`, { ticket: `HS-20261201-${1000 + i}`, createdAt: at }))
    }
    const all = await store.consultations.createdBetween(AT, '2026-12-02T00:00:00.000Z')
    expect(all).toHaveLength(130)
    expect(new Set(all.map((c) => c.id)).size).toBe(130)
  })

  it('finds closed cases due for anonymisation, and only those', async () => {
    await save(store, consultation('case-0031', { status: 'closed', statusChangedAt: '2022-01-01T00:00:00.000Z' }))
    await save(store, consultation('case-0032', { status: 'closed', statusChangedAt: '2022-01-01T00:00:00.000Z', anonymisedAt: '2025-01-01T00:00:00.000Z' }))
    await save(store, consultation('case-0033', { status: 'queued', statusChangedAt: '2022-01-01T00:00:00.000Z' }))
    await save(store, consultation('case-0034', { status: 'cancelled', statusChangedAt: '2026-01-01T00:00:00.000Z' }))
    expect(await store.consultations.anonymisable('2023-12-01T00:00:00.000Z', 100)).toEqual(['case-0031'])
  })
})

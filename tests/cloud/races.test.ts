/**
 * Races, run where calls really interleave: the CloudBase adapter through the real
 * wx-server-sdk over the database fake, whose answers arrive after random delays. (The local
 * cloud runs one request at a time, so a race sent through it proves nothing.)
 */
import { county } from '@/core/county/current'
import { bookingForm, consultCaller, firstFreeSlot, type LooseEnvelope } from '../helpers/consult'
import { LAWYER, staffCaller } from '../helpers/staff'
import { openStore, type OpenedStore } from '../helpers/stores'

jest.setTimeout(60_000)

const capacity = county.booking.capacityPerSlot

let opened: OpenedStore
beforeEach(async () => {
  opened = await openStore('cloudbase', { fake: { seed: 11 } })
})
afterEach(() => opened.done())

const codes = (results: LooseEnvelope[]) => results.map((r) => (r.ok ? 'ok' : r.error.code)).sort()
const documents = (collection: string) => opened.fake!.dump()[collection] ?? []
const placesIn = (start: string): number => (documents('slots').find((s) => s.start === start)?.booked as number | undefined) ?? 0
const consultationsIn = (start: string) => documents('consultations').filter((c) => (c.slot as { start: string } | undefined)?.start === start).length

describe('races on CloudBase semantics (the fake, with interleaving)', () => {
  it(`books exactly ${capacity} of 50 people trying the same slot at once; the rest hear it is full`, async () => {
    const call = consultCaller(opened.store)
    const slot = firstFreeSlot((await call(null, 'slots', { channel: 'phone' })).data)
    const results = await Promise.all(Array.from({ length: 50 }, (_, i) => call(`o-${i}`, 'create', bookingForm({ slotStart: slot }))))
    expect(results.filter((r) => r.ok)).toHaveLength(capacity)
    expect(new Set(codes(results))).toEqual(new Set(['ok', 'SLOT.FULL']))
    expect([placesIn(slot), consultationsIn(slot)]).toEqual([capacity, capacity])
  })

  it('gives 30 first bookings of a day 30 different tickets, 0001 to 0030', async () => {
    const call = consultCaller(opened.store)
    const results = await Promise.all(Array.from({ length: 30 }, (_, i) => call(`o-${i}`, 'create', bookingForm({ channel: 'written' }))))
    expect(codes(results)).toEqual(Array(30).fill('ok'))
    const tickets = results.map((r) => r.data.ticket as string).sort()
    expect(tickets).toEqual(Array.from({ length: 30 }, (_, i) => `HS-20261201-${String(i + 1).padStart(4, '0')}`))
  })

  it('makes one consultation of five copies of one submission sent at once', async () => {
    const call = consultCaller(opened.store)
    const form = bookingForm({ channel: 'written' })
    const results = await Promise.all(Array.from({ length: 5 }, () => call('o-twice', 'create', form)))
    expect(codes(results)).toEqual(['ok', 'ok', 'ok', 'ok', 'ok'])
    expect(new Set(results.map((r) => r.data.id)).size).toBe(1)
    expect(documents('consultations')).toHaveLength(1)
  })

  it('lets exactly one of 20 staff claim a case', async () => {
    const book = consultCaller(opened.store)
    const c = (await book('o-a', 'create', bookingForm({ channel: 'written' }))).data
    const staff = Array.from({ length: 20 }, (_, i) => ({ ...LAWYER, openid: `o-lawyer-${i}`, name: `律师${i}` }))
    for (const member of staff) await opened.store.staff.upsert(member)
    const work = staffCaller(opened.store)
    const results = await Promise.all(staff.map((m) => work(m.openid, 'claim', { id: c.id })))
    const winners = results.filter((r) => r.ok)
    expect(winners).toHaveLength(1)
    expect(new Set(codes(results))).toEqual(new Set(['ok', 'RESOURCE.CONFLICT']))
    const stored = documents('consultations')[0]
    expect(stored.assigneeOpenid).toBe(winners[0].data.assignee.openid)
    expect((stored.events as Array<{ kind: string }>).filter((e) => e.kind === 'claimed')).toHaveLength(1)
  })

  it('keeps every place accounted for when two reschedules race: the old one freed once, one new place held', async () => {
    const call = consultCaller(opened.store)
    const slots = (await call(null, 'slots', { channel: 'phone' })).data.days[0].slots.map((s: { start: string }) => s.start)
    const [first, second, third] = slots
    // Someone else holds a place in the first slot: freeing it twice would give theirs away.
    await call('o-other', 'create', bookingForm({ slotStart: first }))
    const mine = (await call('o-me', 'create', bookingForm({ slotStart: first }))).data
    const results = await Promise.all([
      call('o-me', 'reschedule', { id: mine.id, slotStart: second }),
      call('o-me', 'reschedule', { id: mine.id, slotStart: third })
    ])
    // Each move happens whole, one after the other (or the second is refused): never half of each.
    expect(results.filter((r) => r.ok).length).toBeGreaterThanOrEqual(1)
    const now = documents('consultations').find((c) => c._id === mine.id)!.slot as { start: string }
    expect([placesIn(first), placesIn(second) + placesIn(third)]).toEqual([1, 1])
    expect(placesIn(now.start)).toBe(1)
    for (const start of [first, second, third]) expect(placesIn(start)).toBe(consultationsIn(start))
  })

  it('frees a cancelled place exactly once when the citizen taps cancel twice', async () => {
    const call = consultCaller(opened.store)
    const slot = firstFreeSlot((await call(null, 'slots', { channel: 'phone' })).data)
    await call('o-other', 'create', bookingForm({ slotStart: slot }))
    const mine = (await call('o-me', 'create', bookingForm({ slotStart: slot }))).data
    const results = await Promise.all([
      call('o-me', 'cancel', { id: mine.id, reason: '不需要了' }),
      call('o-me', 'cancel', { id: mine.id, reason: '不需要了' })
    ])
    expect(codes(results)).toEqual(['CONSULT.STATE', 'ok'])
    expect(placesIn(slot)).toBe(1)
  })

  it('loses no internal note when two staff write notes at the same moment', async () => {
    const c = (await consultCaller(opened.store)('o-a', 'create', bookingForm({ channel: 'written' }))).data
    const staff = Array.from({ length: 6 }, (_, i) => ({ ...LAWYER, openid: `o-lawyer-${i}`, name: `律师${i}` }))
    for (const member of staff) await opened.store.staff.upsert(member)
    const work = staffCaller(opened.store)
    const results = await Promise.all(staff.map((m, i) => work(m.openid, 'note', { id: c.id, text: `备注 ${i}` })))
    expect(codes(results).every((code) => code === 'ok')).toBe(true)
    expect((documents('consultations')[0].internalNotes as unknown[]).length).toBe(6)
  })
})

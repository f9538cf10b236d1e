/**
 * How many CloudBase database requests an action makes, on the fake under the real
 * wx-server-sdk: in all, and one after another (the longest chain of requests each sent after
 * the previous one's answer; requests sent together count once). Each request is a network
 * round trip and is billed. Used by tests/cloud/cloudbase-request-counts.test.ts, which asserts
 * the ceilings, and by `npm run bench`, which prints them.
 */
import { cloudbaseStore } from '../../cloudfunctions/store/cloudbase'
import { seedStore } from '../../cloudfunctions/seed'
import { bookingForm, consultCaller, firstFreeSlot, TUESDAY_0800, type LooseEnvelope } from './consult'
import { openFakeCloud, type LoggedRequest } from './cloudbase-fake'
import { LAWYER, staffCaller } from './staff'

export interface RequestCount {
  all: number
  sequential: number
}

/** The requests and the longest chain of them in which each was sent after the last one's answer. */
export const countOf = (requests: readonly LoggedRequest[]): RequestCount => {
  const depth = new Map<LoggedRequest, number>()
  for (const request of requests) {
    const before = requests.filter((other) => other.answered !== undefined && other.answered < request.arrived)
    depth.set(request, 1 + Math.max(0, ...before.map((other) => depth.get(other) ?? 0)))
  }
  return { all: requests.length, sequential: Math.max(0, ...depth.values()) }
}

export interface ActionCounts {
  create: RequestCount
  /** The citizen opening the case they just booked (nothing unseen, so nothing to write). */
  view: RequestCount
  queue: RequestCount
  claim: RequestCount
}

/**
 * A phone booking with a slot, its view by the citizen, the county lawyer's first queue page,
 * and a claim, on a fake
 * already holding `cases` open written questions (each from its own citizen, against its own
 * employer, so a full page shows 20 employers).
 */
export const countActions = async (cases: number): Promise<ActionCounts> => {
  // A fixed delay: requests sent together all arrive before any of them is answered.
  const fake = openFakeCloud({ latencyMs: { min: 2, max: 2 } })
  try {
    const store = cloudbaseStore(fake.db)
    await seedStore(store, TUESDAY_0800)
    await store.staff.upsert(LAWYER)
    const consult = consultCaller(store)
    const work = staffCaller(store)
    const ok = (answer: LooseEnvelope) => {
      if (!answer.ok) throw new Error(`refused: ${JSON.stringify(answer.error)}`)
      return answer.data
    }
    for (let i = 0; i < cases; i += 1) {
      const wage = { employer: `劳务公司${i}`, dueDate: '2026-09-30', coworkers: 0 }
      ok(await consult(`o-citizen-${i}`, 'create', bookingForm({ channel: 'written', wage })))
    }
    const counted = async (act: () => Promise<LooseEnvelope>): Promise<{ count: RequestCount; data: { id: string } }> => {
      const from = fake.requests.length
      const data = ok(await act())
      return { count: countOf(fake.requests.slice(from)), data }
    }
    const slotStart = firstFreeSlot(ok(await consult('o-booker', 'slots', { channel: 'phone' })))
    const create = await counted(() => consult('o-booker', 'create', bookingForm({ slotStart })))
    const view = await counted(() => consult('o-booker', 'getMine', { id: create.data.id }))
    const queue = await counted(() => work(LAWYER.openid, 'queue', {}))
    const claim = await counted(() => work(LAWYER.openid, 'claim', { id: create.data.id }))
    return { create: create.count, view: view.count, queue: queue.count, claim: claim.count }
  } finally {
    fake.close()
  }
}

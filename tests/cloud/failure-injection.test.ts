/**
 * One failure at every request position of an action, on CloudBase semantics (the real
 * wx-server-sdk over the database fake): the request is either lost before the server applies
 * it, or applied with its answer lost. Whatever position fails, the action has happened whole
 * or not at all, and the caller's retry ends in exactly one result.
 */
import { bookingForm, consultCaller, firstFreeSlot, moveCase, TUESDAY_0800, type LooseEnvelope } from '../helpers/consult'
import { LAWYER, staffCaller } from '../helpers/staff'
import { openStore, type OpenedStore } from '../helpers/stores'
import { anonymiseExpired } from '../../cloudfunctions/usecases/retention'

jest.setTimeout(240_000)

let opened: OpenedStore
beforeAll(async () => {
  opened = await openStore('cloudbase', { seeded: false, fake: { seed: 5 } })
})
afterAll(() => opened.done())

const fake = () => opened.fake!
const docs = (collection: string) => fake().dump()[collection] ?? []
const book = () => consultCaller(opened.store)
const work = () => staffCaller(opened.store)

/** Empties the fake and seeds it again, with a county lawyer on the staff. */
const fresh = async () => {
  fake().reset()
  const { seedStore } = await import('../../cloudfunctions/seed')
  await seedStore(opened.store, TUESDAY_0800)
  await opened.store.staff.upsert(LAWYER)
}

/** How many requests `act` makes when nothing fails. */
const requestsMadeBy = async (setup: () => Promise<unknown>, act: () => Promise<unknown>): Promise<number> => {
  await fresh()
  await setup()
  const before = fake().requests.length
  await act()
  return fake().requests.length - before
}

/** For each position and both timings: fresh store, setup, one failure, act, retry if it failed, check. */
const atEveryPosition = async <S>(
  setup: () => Promise<S>,
  act: (s: S) => Promise<LooseEnvelope>,
  check: (s: S, first: LooseEnvelope, retry?: LooseEnvelope) => void
) => {
  let state!: S
  const count = await requestsMadeBy(
    async () => (state = await setup()),
    () => act(state)
  )
  expect(count).toBeGreaterThan(2)
  for (let at = 1; at <= count; at += 1) {
    for (const when of ['before', 'after'] as const) {
      await fresh()
      const s = await setup()
      fake().injectFailure({ at, when })
      const first = await act(s)
      const retry = first.ok ? undefined : await act(s)
      try {
        check(s, first, retry)
      } catch (error) {
        throw new Error(`failure at request ${at} of ${count} (${when}): ${(error as Error).message}`)
      }
    }
  }
  return count
}

const expectRetrySucceeded = (first: LooseEnvelope, retry?: LooseEnvelope) => {
  if (!first.ok) expect(retry).toMatchObject({ ok: true })
}

describe('one injected failure at every request position (CloudBase fake)', () => {
  it('booking: one consultation, one place, one ticket, and the retry with the same request id succeeds', async () => {
    const count = await atEveryPosition(
      async () => {
        const slot = firstFreeSlot((await book()(null, 'slots', { channel: 'phone' })).data)
        return { slot, form: bookingForm({ slotStart: slot }) }
      },
      ({ form }) => book()('o-zhang', 'create', form),
      ({ slot }, first, retry) => {
        expectRetrySucceeded(first, retry)
        expect(docs('consultations')).toHaveLength(1)
        expect(docs('requests')).toHaveLength(1)
        expect(docs('slots').find((d) => d.start === slot)?.booked).toBe(1)
        expect(docs('ticketCounters')).toMatchObject([{ last: 1 }])
        const answered = (retry ?? first).data
        expect(answered.id).toBe(docs('consultations')[0]._id)
      }
    )
    expect(count).toBeGreaterThanOrEqual(8)
  })

  it('claim: the case ends held by the one who claimed it, claimed once', async () => {
    await atEveryPosition(
      async () => (await book()('o-zhang', 'create', bookingForm({ channel: 'written' }))).data.id as string,
      (id) => work()(LAWYER.openid, 'claim', { id }),
      (_id, first, retry) => {
        expectRetrySucceeded(first, retry)
        const [c] = docs('consultations')
        expect(c).toMatchObject({ status: 'in_progress', assigneeOpenid: LAWYER.openid })
        expect((c.events as Array<{ kind: string }>).filter((e) => e.kind === 'claimed')).toHaveLength(1)
      }
    )
  })

  it("cancel: the place is freed exactly once (another citizen's place in the slot stays taken)", async () => {
    await atEveryPosition(
      async () => {
        const slot = firstFreeSlot((await book()(null, 'slots', { channel: 'phone' })).data)
        await book()('o-other', 'create', bookingForm({ slotStart: slot }))
        const id = (await book()('o-zhang', 'create', bookingForm({ slotStart: slot }))).data.id as string
        return { id, slot }
      },
      ({ id }) => book()('o-zhang', 'cancel', { id, reason: '不需要了' }),
      ({ id, slot }, first, retry) => {
        // A retry after an applied cancel is told it is already cancelled: the state is what counts.
        if (!first.ok) expect(retry?.ok || retry?.error.code === 'CONSULT.STATE').toBe(true)
        expect(docs('consultations').find((c) => c._id === id)?.status).toBe('cancelled')
        expect(docs('slots').find((d) => d.start === slot)?.booked).toBe(1)
      }
    )
  })

  it('anonymisation: after the next run, no personal text is left anywhere, and no request record names the case', async () => {
    const PERSONAL = ['张三', '13800138000', '在工地干了三个月', '补充的情况', '好的律师']
    await atEveryPosition(
      async () => {
        const id = (await book()('o-zhang', 'create', bookingForm({ channel: 'written' }))).data.id as string
        await book()('o-zhang', 'addMessage', { id, text: '补充的情况：老板姓王' })
        await moveCase(opened.store, id, { status: 'answered' }, { at: TUESDAY_0800.toISOString(), kind: 'answered', actor: 'staff' })
        await book()('o-zhang', 'rate', { id, score: 5, comment: '好的律师' })
        return id
      },
      async () => {
        try {
          return { ok: true, data: await anonymiseExpired(opened.store, new Date('2030-01-01T00:00:00Z')) } as LooseEnvelope
        } catch (error) {
          return { ok: false, data: undefined, error }
        }
      },
      // A run cut short is finished by the next night's run (the retry here).
      (_id, first, retry) => {
        expectRetrySucceeded(first, retry)
        const everything = JSON.stringify(fake().dump())
        for (const text of PERSONAL) expect(everything).not.toContain(text)
        expect(docs('requests')).toHaveLength(0)
        expect(docs('consultations')[0]).toMatchObject({ ownerOpenid: 'anonymised', rating: { score: 5 } })
      }
    )
  })
})

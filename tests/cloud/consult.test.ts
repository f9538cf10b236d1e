import { county } from '@/core/county/current'
import { bookingForm, consultCaller, firstFreeSlot, moveCase, TUESDAY_0800 } from '../helpers/consult'
import { openStore, STORE_KINDS, type OpenedStore } from '../helpers/stores'

describe.each(STORE_KINDS)('booking a consultation (the consult function on %s)', (kind) => {
  let temp: OpenedStore
  let call: ReturnType<typeof consultCaller>
  let slot: string

  const countRows = (name: 'consultations' | 'requests') => temp.count(name)
  const bookedIn = async (start: string) =>
    (await call(null, 'slots', { channel: 'phone' })).data.days.flatMap((d: { slots: [] }) => d.slots).find((s: { start: string }) => s.start === start).booked

  beforeEach(async () => {
    temp = await openStore(kind)
    call = consultCaller(temp.store)
    slot = firstFreeSlot((await call(null, 'slots', { channel: 'phone' })).data)
  })
  afterEach(() => temp.done())

  it('offers the callback point’s slots from 2 hours ahead, without signing in', async () => {
    const answer = await call(null, 'slots', { channel: 'phone' })
    expect(answer).toMatchObject({ ok: true, data: { point: { id: county.booking.callbackPointId }, anyFree: true } })
    expect(answer.data.days[0].date).toBe('2026-12-01')
    expect(answer.data.days[0].slots[0]).toEqual({ start: '2026-12-01T02:00:00.000Z', end: '2026-12-01T02:30:00.000Z', capacity: 2, booked: 0, full: false })
  })

  it('books a phone callback: ticket, queue place, due time at the slot, deadline', async () => {
    const answer = await call('o-zhang', 'create', bookingForm({ slotStart: slot }))
    expect(answer.ok).toBe(true)
    const c = answer.data
    expect(c.ticket).toBe('HS-20261201-0001')
    expect(c).toMatchObject({ status: 'queued', channel: 'phone', slot: { start: slot }, dueAt: slot, queuePosition: 1, heldForReview: false })
    // The rule and the last day only: days left are counted when it is shown, never stored.
    expect(c.deadline).toEqual({ kind: 'arbitration', lastDay: '2027-09-30', basis: '劳动争议调解仲裁法第二十七条第一款' })
    expect(c.events.map((e: { kind: string }) => e.kind)).toEqual(['created', 'queued'])
    expect(await bookedIn(slot)).toBe(1)
  })

  it('lets exactly 3 of 50 people take a slot with 3 places; the rest are told it is full', async () => {
    const three = { ...county, booking: { ...county.booking, capacityPerSlot: 3 } }
    const callThree = consultCaller(temp.store, three)
    const answers = await Promise.all(Array.from({ length: 50 }, (_, i) => callThree(`o-person-${i}`, 'create', bookingForm({ slotStart: slot }))))
    expect(answers.filter((a) => a.ok)).toHaveLength(3)
    const refusals = answers.filter((a) => !a.ok)
    expect(refusals).toHaveLength(47)
    expect(new Set(refusals.map((a) => a.ok === false && a.error.code))).toEqual(new Set(['SLOT.FULL']))
    expect(refusals[0]).toMatchObject({ error: { message: '这个时间已经约满了，请换一个时间，或选择“尽快回电”' } })
    expect(countRows('consultations')).toBe(3)
    const slots = await callThree(null, 'slots', { channel: 'phone' })
    expect(slots.data.days[0].slots[0]).toMatchObject({ start: slot, booked: 3, full: true })
  })

  it('creates one consultation for a retried submission, and refuses the same id with other content', async () => {
    const form = bookingForm({ slotStart: slot })
    const first = await call('o-zhang', 'create', form)
    const retry = await call('o-zhang', 'create', form)
    expect(retry).toMatchObject({ ok: true, data: { id: first.data.id, ticket: first.data.ticket } })
    const twice = bookingForm({ clientRequestId: 'same-id-123', channel: 'written' })
    const concurrent = await Promise.all([call('o-li', 'create', twice), call('o-li', 'create', twice)])
    expect(concurrent.some((a) => a.ok)).toBe(true)
    expect(countRows('consultations')).toBe(2)
    const changed = await call('o-zhang', 'create', { ...form, description: '换了一个问题来问一下。' })
    expect(changed).toMatchObject({ ok: false, error: { code: 'REQUEST.DUPLICATE' } })
    expect(countRows('consultations')).toBe(2)
    expect(await bookedIn(slot)).toBe(1)
  })

  it('keeps citizen B out of citizen A’s consultation: 404, not 403', async () => {
    const mine = (await call('o-a', 'create', bookingForm({ slotStart: slot }))).data
    const notFound = { ok: false, error: { code: 'RESOURCE.NOT_FOUND' } }
    expect(await call('o-b', 'getMine', { id: mine.id })).toMatchObject(notFound)
    expect(await call('o-b', 'cancel', { id: mine.id, reason: '不想要了' })).toMatchObject(notFound)
    expect(await call('o-b', 'addMessage', { id: mine.id, text: '我是别人' })).toMatchObject(notFound)
    expect(await call('o-b', 'listMine', {})).toMatchObject({ ok: true, data: { total: 0, items: [] } })
    expect((await call('o-a', 'getMine', { id: mine.id })).data).toMatchObject({ status: 'queued', messages: [] })
    expect(await call(null, 'listMine', {})).toMatchObject({ ok: false, error: { code: 'AUTH.REQUIRED' } })
  })

  it('refuses bad input with the field and changes nothing', async () => {
    const bad = await call('o-zhang', 'create', bookingForm({ slotStart: slot, applicant: { ...bookingForm().applicant, phone: '12345' } }))
    expect(bad).toMatchObject({ ok: false, error: { code: 'INPUT.INVALID', issues: [{ path: 'applicant.phone', message: '请填写 11 位手机号' }] } })
    const noSlot = await call('o-zhang', 'create', bookingForm())
    expect(noSlot).toMatchObject({ ok: false, error: { issues: [{ path: 'slotStart', message: '请选择一个时间' }] } })
    const tooLong = await call('o-zhang', 'create', bookingForm({ channel: 'written', description: '问'.repeat(1001) }))
    expect(tooLong).toMatchObject({ ok: false, error: { issues: [{ path: 'description', message: '问题描述不能超过 1000 个字' }] } })
    const pastSlot = await call('o-zhang', 'create', bookingForm({ slotStart: '2026-12-01T01:00:00.000Z' }))
    expect(pastSlot).toMatchObject({ ok: false, error: { code: 'SLOT.UNAVAILABLE' } })
    expect(countRows('consultations')).toBe(0)
    expect(countRows('requests')).toBe(0)
    expect(await bookedIn(slot)).toBe(0)
  })

  it('cancels with a reason and frees the place; not after the slot has started', async () => {
    const c = (await call('o-zhang', 'create', bookingForm({ slotStart: slot }))).data
    expect(await bookedIn(slot)).toBe(1)
    const cancelled = await call('o-zhang', 'cancel', { id: c.id, reason: '问题已经解决了' })
    expect(cancelled).toMatchObject({ ok: true, data: { status: 'cancelled' } })
    expect(cancelled.data.events.at(-1)).toMatchObject({ kind: 'cancelled', text: '您取消了咨询：问题已经解决了' })
    expect(await bookedIn(slot)).toBe(0)
    expect(await call('o-zhang', 'cancel', { id: c.id, reason: '再取消一次' })).toMatchObject({ ok: false, error: { code: 'CONSULT.STATE' } })

    const late = (await call('o-zhang', 'create', bookingForm({ slotStart: slot }))).data
    const atSlot = consultCaller(temp.store, county, () => new Date(slot))
    expect(await atSlot('o-zhang', 'cancel', { id: late.id, reason: '来不了了' })).toMatchObject({ ok: false, error: { code: 'CONSULT.STATE' } })
  })

  it('reschedules as one move: the new place is taken and the old one freed; a full slot keeps the old', async () => {
    const slots = (await call(null, 'slots', { channel: 'phone' })).data.days[0].slots
    const [first, second, third] = slots.map((s: { start: string }) => s.start)
    const c = (await call('o-zhang', 'create', bookingForm({ slotStart: first }))).data
    const moved = await call('o-zhang', 'reschedule', { id: c.id, slotStart: second })
    expect(moved).toMatchObject({ ok: true, data: { slot: { start: second }, dueAt: second } })
    expect([await bookedIn(first), await bookedIn(second)]).toEqual([0, 1])

    await call('o-x', 'create', bookingForm({ slotStart: third }))
    await call('o-y', 'create', bookingForm({ slotStart: third }))
    expect(await call('o-zhang', 'reschedule', { id: c.id, slotStart: third })).toMatchObject({ ok: false, error: { code: 'SLOT.FULL' } })
    expect([await bookedIn(second), await bookedIn(third)]).toEqual([1, 2])
  })

  it('books a station from the store of points: a station an admin deactivated cannot be booked', async () => {
    expect(await call(null, 'slots', { channel: 'in-person-station', pointId: 'chengdu-station' })).toMatchObject({
      ok: true,
      data: { point: { id: 'chengdu-station' } }
    })
    await temp.store.points.setActive('chengdu-station', false, TUESDAY_0800.toISOString())
    expect(await call(null, 'slots', { channel: 'in-person-station', pointId: 'chengdu-station' })).toMatchObject({
      ok: false,
      error: { code: 'INPUT.INVALID' }
    })
    expect(await call(null, 'slots', { channel: 'in-person-station', pointId: 'guangan-legal-aid' })).toMatchObject({
      ok: false,
      error: { code: 'INPUT.INVALID' }
    })
  })

  it('says plainly that calls cannot be booked while the callback point is off, and still takes written questions', async () => {
    await temp.store.points.setActive(county.booking.callbackPointId, false, TUESDAY_0800.toISOString())
    const refused = { ok: false, error: { code: 'SERVER.UNAVAILABLE', message: expect.stringContaining('12348') } }
    expect(await call(null, 'slots', { channel: 'phone' })).toMatchObject(refused)
    expect(await call('o-zhang', 'create', bookingForm({ slotStart: slot }))).toMatchObject(refused)
    expect(await call('o-zhang', 'create', bookingForm({ channel: 'written' }))).toMatchObject({ ok: true, data: { channel: 'written' } })
  })

  it('offers no slot for a written question and answers it within 8 working hours', async () => {
    const c = (await call('o-zhang', 'create', bookingForm({ channel: 'written', matter: 'other', wage: undefined }))).data
    expect(c).toMatchObject({ channel: 'written', status: 'queued', priority: 3 })
    expect(c.slot).toBeUndefined()
    expect(c.dueAt).toBe('2026-12-02T02:30:00.000Z') // Tuesday 09:00–17:30 gives 6.5 h; Wednesday 10:30 the rest
    expect(await call('o-zhang', 'slots', { channel: 'written' })).toMatchObject({ ok: false, error: { code: 'INPUT.INVALID' } })
  })

  it('makes a wage claim with under 7 days of the arbitration limit urgent and first in the queue', async () => {
    const normal = (await call('o-a', 'create', bookingForm({ channel: 'written' }))).data
    const urgent = (await call('o-b', 'create', bookingForm({ channel: 'written', wage: { employer: '某公司', dueDate: '2025-12-05', coworkers: 4 } }))).data
    expect(urgent).toMatchObject({ priority: 1, deadline: { lastDay: '2026-12-05' }, queuePosition: 1 })
    expect((await call('o-a', 'getMine', { id: normal.id })).data.queuePosition).toBe(2)
  })

  it('counts the wage limit from the end of the job, and not at all while the job goes on (第二十七条第四款)', async () => {
    const wage = { employer: '某公司', dueDate: '2025-06-30', coworkers: 0 }
    const working = (await call('o-a', 'create', bookingForm({ channel: 'written', wage: { ...wage, jobEnded: false } }))).data
    expect(working).toMatchObject({ priority: 3, deadline: { kind: 'wages-while-employed' }, wage: { jobEnded: false } })
    expect(working.deadline.lastDay).toBeUndefined()
    const left = (await call('o-b', 'create', bookingForm({ channel: 'written', wage: { ...wage, jobEnded: true, jobEndDate: '2025-12-03' } }))).data
    expect(left).toMatchObject({ priority: 1, deadline: { kind: 'arbitration-after-job', lastDay: '2026-12-03' } })
    expect(await call('o-c', 'create', bookingForm({ channel: 'written', wage: { ...wage, jobEnded: true } }))).toMatchObject({
      ok: false,
      error: { code: 'INPUT.INVALID', issues: [{ path: 'wage.jobEndDate', message: '请选择哪天不干的' }] }
    })
  })

  it('keeps the 工伤认定 limit and the language help a citizen asked for', async () => {
    const c = (
      await call(
        'o-a',
        'create',
        bookingForm({ channel: 'written', matter: 'work-injury', wage: undefined, injury: { date: '2026-02-01' }, languageHelp: '藏语' })
      )
    ).data
    expect(c).toMatchObject({
      injury: { date: '2026-02-01' },
      languageHelp: '藏语',
      deadline: { kind: 'injury-recognition', lastDay: '2027-02-01', basis: '工伤保险条例第十七条第二款' }
    })
    expect((await call('o-a', 'listMine', {})).data.items[0]).toMatchObject({ languageHelp: '藏语' })
    expect(await call('o-b', 'create', bookingForm({ channel: 'written', languageHelp: '英语' as never }))).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'languageHelp' }] }
    })
  })

  it('holds text the content check cannot clear for a staff review, without losing it', async () => {
    const c = (
      await call('o-zhang', 'create', bookingForm({ channel: 'written', matter: 'other', wage: undefined, description: '有人叫我帮忙买卖银行卡，这犯法吗？' }))
    ).data
    expect(c).toMatchObject({ status: 'submitted', heldForReview: true, description: '有人叫我帮忙买卖银行卡，这犯法吗？' })
    expect(c.events.map((e: { kind: string }) => e.kind)).toEqual(['created', 'held'])
  })

  it('limits a citizen to 5 open consultations', async () => {
    for (let i = 0; i < 5; i += 1) expect((await call('o-busy', 'create', bookingForm({ channel: 'written' }))).ok).toBe(true)
    expect(await call('o-busy', 'create', bookingForm({ channel: 'written' }))).toMatchObject({
      ok: false,
      error: { code: 'CONSULT.LIMIT', message: '您已经有 5 个咨询正在处理，请等处理完再预约。急事请拨打 12348。' }
    })
  })

  it('shows a status change as unseen until the citizen opens it, and takes their answer to a question', async () => {
    const c = (await call('o-zhang', 'create', bookingForm({ channel: 'written' }))).data
    const later = new Date(TUESDAY_0800.getTime() + 3600_000).toISOString()
    await moveCase(temp.store, c.id, { status: 'awaiting_citizen', statusChangedAt: later }, { at: later, kind: 'asked', actor: 'staff' })
    expect((await call('o-zhang', 'listMine', {})).data).toMatchObject({ unseenCount: 1, items: [{ id: c.id, unseen: true, status: 'awaiting_citizen' }] })
    const reply = await call('o-zhang', 'addMessage', { id: c.id, text: '工资是每月 15 号发，欠了三个月。' })
    expect(reply).toMatchObject({ ok: true, data: { status: 'in_progress', messages: [{ from: 'citizen', held: false }] } })
    expect((await call('o-zhang', 'listMine', {})).data.unseenCount).toBe(0)
  })

  it('adds a message sent twice with the same request id once (the phone’s outbox may retry)', async () => {
    const c = (await call('o-zhang', 'create', bookingForm({ channel: 'written' }))).data
    const message = { id: c.id, text: '补充：老板的电话是 13900000000。', clientRequestId: 'msg-0001-abcdef' }
    expect((await call('o-zhang', 'addMessage', message)).data.messages).toHaveLength(1)
    expect((await call('o-zhang', 'addMessage', message)).data.messages).toHaveLength(1)
    expect((await call('o-zhang', 'addMessage', { ...message, clientRequestId: 'msg-0002-abcdef' })).data.messages).toHaveLength(2)
    expect((await temp.store.consultations.thread(c.id)).messages).toHaveLength(2)
  })

  it('takes one rating after the answer, which closes the consultation', async () => {
    const c = (await call('o-zhang', 'create', bookingForm({ channel: 'written' }))).data
    expect(await call('o-zhang', 'rate', { id: c.id, score: 5 })).toMatchObject({ ok: false, error: { code: 'CONSULT.STATE' } })
    const at = TUESDAY_0800.toISOString()
    await moveCase(temp.store, c.id, { status: 'answered' }, { at, kind: 'answered', actor: 'staff' })
    const rated = await call('o-zhang', 'rate', { id: c.id, score: 4, comment: '解释得很清楚' })
    expect(rated).toMatchObject({ ok: true, data: { status: 'closed', rating: { score: 4, comment: '解释得很清楚' } } })
    expect(await call('o-zhang', 'rate', { id: c.id, score: 1 })).toMatchObject({ ok: false, error: { code: 'CONSULT.STATE' } })
    expect(await call('o-zhang', 'rate', { id: c.id, score: 6 })).toMatchObject({ ok: false, error: { code: 'INPUT.INVALID' } })
  })
})

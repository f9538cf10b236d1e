/**
 * 家人查进度 on both stores, through the consult function: a relative with the ticket and the
 * last four digits of the applicant's phone sees the status and nothing personal; wrong answers
 * are refused, counted per ticket and per caller, locked at the limit and audited without the
 * digits; a case whose owner turned following off answers exactly like a wrong guess.
 */
import { county } from '@/core/county/current'
import type { StoredConsultation } from '@/core/domain/consultation'
import { FOLLOW_CALLER_LIMIT, FOLLOW_TICKET_LIMIT } from '@/core/domain/family-follow'
import type { Store } from '../../cloudfunctions/store/port'
import { consultCaller, type LooseEnvelope } from '../helpers/consult'
import { openStore, STORE_KINDS, type OpenedStore } from '../helpers/stores'
import { STORED_AT, storedConsultation } from '../helpers/stored-consultation'

const AT = STORED_AT
const TICKET = 'HS-20261201-0007'

const consultation = (overrides: Partial<StoredConsultation> = {}): StoredConsultation =>
  storedConsultation('case-follow-1', {
    ticket: TICKET,
    channel: 'written',
    status: 'awaiting_citizen',
    description: '老板欠了三个月工资，电话 13900001111。',
    applicant: { name: '张三', phone: '13800135678', township: '芦花镇', currentCity: '成都市', disputeCity: '成都市' },
    statusChangedAt: '2026-12-01T02:30:00.000Z',
    assigneeOpenid: 'o-lawyer',
    assigneeName: '王律师',
    ...overrides
  })

describe.each(STORE_KINDS)('家人查进度 on %s', (kind) => {
  let opened: OpenedStore
  let store: Store
  let now: Date
  let call: ReturnType<typeof consultCaller>
  const follow = (ticket: string, phoneLast4: string, openid: string | null = 'o-relative') => call(openid, 'follow', { ticket, phoneLast4 })
  // The audit lists newest first; entries of one instant come in no set order, so tests compare them sorted.
  const followAudit = async () =>
    (await store.audit.list({ offset: 0, limit: 100 })).items
      .filter((e) => e.action.startsWith('consult.follow.'))
      .sort((a, b) => `${a.action}${a.detail}`.localeCompare(`${b.action}${b.detail}`))

  beforeEach(async () => {
    opened = await openStore(kind, { seeded: false })
    store = opened.store
    now = new Date('2026-12-01T03:00:00.000Z')
    call = consultCaller(store, county, () => now)
    await store.unitOfWork((uow) => uow.saveConsultation(consultation(), { events: [{ at: AT, kind: 'created', actor: 'citizen' }] }))
  })
  afterEach(() => opened.done())

  it('shows the status, its meaning, the next step and the last change — and nothing personal', async () => {
    const answer = await follow(TICKET.toLowerCase(), '5678')
    expect(answer).toEqual({
      ok: true,
      data: {
        ticket: TICKET,
        status: 'awaiting_citizen',
        statusLabel: '等申请人补充',
        meaning: '工作人员请申请人补充一些情况',
        nextStep: '请提醒申请人打开小程序，看工作人员的问题并回复',
        updatedAt: '2026-12-01T02:30:00.000Z'
      }
    })
    const text = JSON.stringify(answer)
    for (const personal of ['张三', '13800135678', '5678"', '老板', '王律师', '芦花镇', 'o-owner']) expect(text).not.toContain(personal)
    expect((await followAudit()).map((e) => [e.action, e.detail, e.consultationId])).toEqual([['consult.follow.shown', `单号 ${TICKET}`, 'case-follow-1']])
  })

  it('refuses wrong digits and a ticket that does not exist with one same answer, counting and auditing each without the digits', async () => {
    const wrong = await follow(TICKET, '1234')
    const missing = await follow('HS-20261201-9999', '5678')
    expect(wrong).toEqual({ ok: false, error: { code: 'RESOURCE.NOT_FOUND', message: expect.stringContaining('没有查到') } })
    expect(missing).toEqual(wrong)
    const audit = await followAudit()
    expect(audit.map((e) => [e.action, e.detail])).toEqual([
      ['consult.follow.refused', `单号 ${TICKET}`],
      ['consult.follow.refused', '单号 HS-20261201-9999']
    ])
    expect(JSON.stringify(audit)).not.toContain('1234')
    expect(audit.every((e) => e.actorOpenid === 'o-relative')).toBe(true)
  })

  it(`locks a ticket for an hour after ${FOLLOW_TICKET_LIMIT} wrong answers, whoever asks, then lets the right answer through`, async () => {
    for (let i = 0; i < FOLLOW_TICKET_LIMIT; i += 1) expect((await follow(TICKET, `000${i}`, `o-guesser-${i}`)).error.code).toBe('RESOURCE.NOT_FOUND')
    const locked = await follow(TICKET, '5678', 'o-relative')
    expect(locked).toEqual({ ok: false, error: { code: 'REQUEST.TOO_MANY', message: '这个单号试错次数太多，请一小时后再试' } })
    expect((await followAudit()).map((e) => e.action)).toEqual(['consult.follow.locked', ...Array(FOLLOW_TICKET_LIMIT).fill('consult.follow.refused')])

    now = new Date(now.getTime() + 59 * 60 * 1000)
    expect((await follow(TICKET, '5678')).error.code).toBe('REQUEST.TOO_MANY')
    now = new Date(now.getTime() + 2 * 60 * 1000)
    expect((await follow(TICKET, '5678')).data.status).toBe('awaiting_citizen')
  })

  it('counts wrong answers made at the same moment without losing one (the counter is read and written in the unit of work)', async () => {
    await Promise.all(Array.from({ length: FOLLOW_TICKET_LIMIT }, (_, i) => follow(TICKET, `111${i}`, `o-guesser-${i}`)))
    expect((await follow(TICKET, '5678')).error.code).toBe('REQUEST.TOO_MANY')
  })

  it(`locks a caller who makes ${FOLLOW_CALLER_LIMIT} wrong guesses across tickets, not the others`, async () => {
    for (let i = 0; i < FOLLOW_CALLER_LIMIT; i += 1) await follow(`HS-20261130-${String(i).padStart(4, '0')}`, '5678', 'o-scanner')
    expect((await follow(TICKET, '5678', 'o-scanner')).error.code).toBe('REQUEST.TOO_MANY')
    expect((await follow(TICKET, '5678', 'o-relative')).data.status).toBe('awaiting_citizen')
  })

  it('answers exactly like a wrong guess once the applicant turns following off, and shows it again when turned on', async () => {
    const wrongGuess = await follow(TICKET, '1234')
    const off: LooseEnvelope = await call('o-owner', 'setFamilyFollow', { id: 'case-follow-1', allowed: false })
    expect(off).toMatchObject({ ok: true, data: { familyFollow: false, ticket: TICKET } })
    expect(await follow(TICKET, '5678')).toEqual(wrongGuess)
    expect((await call('o-owner', 'getMine', { id: 'case-follow-1' })).data.familyFollow).toBe(false)

    expect((await call('o-owner', 'setFamilyFollow', { id: 'case-follow-1', allowed: true })).data.familyFollow).toBe(true)
    expect((await follow(TICKET, '5678')).data.status).toBe('awaiting_citizen')
  })

  it('lets only the applicant turn following off', async () => {
    expect((await call('o-stranger', 'setFamilyFollow', { id: 'case-follow-1', allowed: false })).error.code).toBe('RESOURCE.NOT_FOUND')
    expect((await call(null, 'setFamilyFollow', { id: 'case-follow-1', allowed: false })).error.code).toBe('AUTH.REQUIRED')
    expect((await store.consultations.get('case-follow-1'))?.familyFollowOff).toBeUndefined()
  })

  it('refuses a malformed ticket or digits with a Chinese message, counting and auditing nothing', async () => {
    const badTicket = await follow('12345', '5678')
    expect(badTicket).toMatchObject({
      ok: false,
      error: { code: 'INPUT.INVALID', issues: [{ path: 'ticket', message: '请填写完整的单号，比如 HS-20261201-0001' }] }
    })
    const badDigits = await follow(TICKET, '56a8')
    expect(badDigits).toMatchObject({
      ok: false,
      error: { code: 'INPUT.INVALID', issues: [{ path: 'phoneLast4', message: '请填写申请人手机号的最后 4 位数字' }] }
    })
    expect(await followAudit()).toEqual([])
    // Nothing was counted: five wrong answers are still needed to lock.
    for (let i = 0; i < FOLLOW_TICKET_LIMIT - 1; i += 1) await follow(TICKET, '0000')
    expect((await follow(TICKET, '5678')).ok).toBe(true)
  })
})

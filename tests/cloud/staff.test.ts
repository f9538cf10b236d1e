import { staffContract } from '@/core/contracts/staff'
import { county } from '@/core/county/current'
import { splitTipMentions } from '@/core/domain/tip-mentions'
import { bookingForm, consultCaller, firstFreeSlot, TUESDAY_0800 } from '../helpers/consult'
import { ADMIN, GUANGAN_STAFF, LAWYER, recordingNotifier, staffCaller } from '../helpers/staff'
import { openStore, STORE_KINDS, type OpenedStore } from '../helpers/stores'

describe.each(STORE_KINDS)('the staff workbench (the staff function on %s)', (kind) => {
  let temp: OpenedStore
  let citizen: ReturnType<typeof consultCaller>
  let staff: ReturnType<typeof staffCaller>

  const book = async (openid: string, overrides = {}) => {
    const answer = await citizen(openid, 'create', bookingForm({ channel: 'written', ...overrides }))
    if (!answer.ok) throw new Error(JSON.stringify(answer.error))
    return answer.data
  }
  /** The audit trail, oldest first (entries written at one instant keep the order they were written in). */
  const auditRows = async () =>
    (await temp.store.audit.list({ offset: 0, limit: 100 })).items
      .reverse()
      .map((e) => ({ actor: e.actorOpenid, action: e.action, id: e.consultationId ?? null }))

  beforeEach(async () => {
    temp = await openStore(kind)
    // One clock that moves a second per call, so the audit trail and the thread are in the order
    // of the calls (CloudBase orders by time only: entries of one instant come back in any order).
    let clock = TUESDAY_0800.getTime()
    const tick = () => new Date((clock += 1000))
    citizen = consultCaller(temp.store, undefined, tick)
    staff = staffCaller(temp.store, tick)
    for (const member of [LAWYER, ADMIN, GUANGAN_STAFF]) await temp.store.staff.upsert(member)
  })
  afterEach(() => temp.done())

  it('keeps the queue working, with its time left, when the callback point was switched off by hand', async () => {
    await book('o-citizen')
    await temp.store.points.setActive(county.booking.callbackPointId, false, new Date().toISOString())
    expect(await staff(LAWYER.openid, 'queue', {})).toMatchObject({ ok: true, data: { items: [{ status: 'queued' }] } })
  })

  it('lets exactly one of 20 staff claiming one case at once have it; the others are told it is taken', async () => {
    const c = await book('o-citizen')
    const many = Array.from({ length: 20 }, (_, i) => ({ ...LAWYER, openid: `o-lawyer-${i}`, name: `律师${i}` }))
    for (const member of many) await temp.store.staff.upsert(member)
    const answers = await Promise.all(many.map((m) => staff(m.openid, 'claim', { id: c.id })))
    expect(answers.filter((a) => a.ok)).toHaveLength(1)
    const refused = answers.filter((a) => !a.ok)
    expect(refused).toHaveLength(19)
    expect(new Set(refused.map((a) => a.error.code))).toEqual(new Set(['RESOURCE.CONFLICT']))
    expect(refused.some((a) => a.error.message === '这个咨询已经被别人领取了' || a.error.message === '这个咨询刚刚被别人处理了，请刷新后再看')).toBe(true)
    const winner = answers.find((a) => a.ok)!.data
    expect(winner).toMatchObject({ status: 'in_progress', phoneVisible: true, applicant: { phone: '13800138000' } })
  })

  it('keeps station staff to their own points: they cannot list, view or act on other cases', async () => {
    const written = await book('o-a')
    const slots = (await citizen(null, 'slots', { channel: 'in-person-station', pointId: 'chengdu-station' })).data
    const chengdu = await book('o-b', { channel: 'in-person-station', pointId: 'chengdu-station', slotStart: firstFreeSlot(slots) })
    const guanganSlots = (await citizen(null, 'slots', { channel: 'in-person-station', pointId: 'guangan-station' })).data
    const guangan = await book('o-c', { channel: 'in-person-station', pointId: 'guangan-station', slotStart: firstFreeSlot(guanganSlots) })

    const queue = await staff(GUANGAN_STAFF.openid, 'queue')
    expect(queue.data.items.map((i: { id: string }) => i.id)).toEqual([guangan.id])
    for (const other of [written, chengdu]) {
      expect(await staff(GUANGAN_STAFF.openid, 'view', { id: other.id })).toMatchObject({ ok: false, error: { code: 'RESOURCE.NOT_FOUND' } })
      expect(await staff(GUANGAN_STAFF.openid, 'claim', { id: other.id })).toMatchObject({ ok: false, error: { code: 'RESOURCE.NOT_FOUND' } })
      expect(await staff(GUANGAN_STAFF.openid, 'note', { id: other.id, text: '看看' })).toMatchObject({ ok: false, error: { code: 'RESOURCE.NOT_FOUND' } })
    }
    expect((await staff(LAWYER.openid, 'queue')).data.total).toBe(3)
  })

  it('refuses every staff action to a citizen', async () => {
    const c = await book('o-citizen')
    const payloads: Record<string, object> = {
      redeemInvite: { code: 'ABCDEFGH' },
      createInvite: { kind: 'lawyer', name: '新人' },
      revokeInvite: { id: 'invite-123' },
      removeStaff: { openid: LAWYER.openid },
      setTownships: { openid: LAWYER.openid, townships: ['卡龙镇'] },
      queue: {},
      view: { id: c.id },
      claim: { id: c.id },
      release: { id: c.id },
      reply: { id: c.id, text: '答复' },
      ask: { id: c.id, text: '请补充' },
      note: { id: c.id, text: '备注' },
      logCallback: { id: c.id, reached: false },
      handOver: { id: c.id, toPointId: 'guangan-station', note: '转' },
      close: { id: c.id, outcome: 'advice-given' },
      reviewHeld: { id: c.id, approve: true },
      audit: {},
      stats: { from: '2026-12-01', to: '2026-12-31' },
      statsCsv: { from: '2026-12-01', to: '2026-12-31' }
    }
    for (const action of Object.keys(staffContract)) {
      const answer = await staff('o-citizen', action, payloads[action] ?? {})
      // redeemInvite is for citizens by design; a wrong code is still refused.
      expect([action, answer.ok, answer.error?.code]).toEqual([action, false, 'AUTH.FORBIDDEN'])
    }
    expect(await auditRows()).toEqual([])
    expect((await citizen('o-citizen', 'getMine', { id: c.id })).data.status).toBe('queued')
  })

  it('writes one audit entry for every view and every action', async () => {
    const c = await book('o-citizen')
    await staff(LAWYER.openid, 'view', { id: c.id })
    await staff(LAWYER.openid, 'claim', { id: c.id })
    await staff(LAWYER.openid, 'ask', { id: c.id, text: '请问工地在哪个区？' })
    await citizen('o-citizen', 'addMessage', { id: c.id, text: '在成都市新都区。' })
    await staff(LAWYER.openid, 'note', { id: c.id, text: '像是群体欠薪' })
    await staff(LAWYER.openid, 'reply', { id: c.id, text: '可以先去新都区劳动监察大队投诉。' })
    await staff(LAWYER.openid, 'close', { id: c.id, outcome: 'advice-given' })
    expect(await auditRows()).toEqual(['view', 'claim', 'ask', 'note', 'reply', 'close'].map((action) => ({ actor: LAWYER.openid, action, id: c.id })))

    const trail = await staff(ADMIN.openid, 'audit', { consultationId: c.id })
    expect(trail.data.total).toBe(6)
    expect((await staff(ADMIN.openid, 'audit', { ticket: c.ticket })).data).toEqual(trail.data)
    expect(await staff(ADMIN.openid, 'audit', { ticket: 'HS-20991231-9999' })).toMatchObject({ ok: false, error: { code: 'RESOURCE.NOT_FOUND' } })
    expect(trail.data.items[0]).toMatchObject({ action: 'close', actorName: '王律师', ticket: c.ticket })
    expect(await staff(LAWYER.openid, 'audit', {})).toMatchObject({ ok: false, error: { code: 'AUTH.FORBIDDEN' } })
  })

  it('takes a case through ask → citizen answers → reply → close, in the citizen’s plain-words timeline', async () => {
    const c = await book('o-citizen')
    await staff(LAWYER.openid, 'claim', { id: c.id })
    expect((await staff(LAWYER.openid, 'ask', { id: c.id, text: '欠了几个月？' })).data.status).toBe('awaiting_citizen')
    expect((await citizen('o-citizen', 'addMessage', { id: c.id, text: '三个月。' })).data.status).toBe('in_progress')
    await staff(LAWYER.openid, 'note', { id: c.id, text: '内部：老板有前科' })
    const tip = (await temp.store.tips.get('wage-arbitration-one-year'))!
    const replied = await staff(LAWYER.openid, 'reply', { id: c.id, text: '建议申请劳动仲裁。', tipIds: [tip.id] })
    expect(replied.data).toMatchObject({ status: 'answered', attachedTips: [tip.id], internalNotes: [{ text: '内部：老板有前科', by: '王律师' }] })
    expect(replied.data.messages.at(-1).text).toBe(`建议申请劳动仲裁。\n\n推荐阅读：《${tip.title}》`)
    // The reader's screen finds the attached tip in that line, to open it.
    expect(splitTipMentions(replied.data.messages.at(-1).text)).toEqual({ body: '建议申请劳动仲裁。', titles: [tip.title] })
    expect(await staff(LAWYER.openid, 'reply', { id: c.id, text: '再说一句', tipIds: ['no-such-tip'] })).toMatchObject({
      ok: false,
      error: { code: 'INPUT.INVALID' }
    })
    await staff(LAWYER.openid, 'close', { id: c.id, outcome: 'aid-application' })
    const seen = (await citizen('o-citizen', 'getMine', { id: c.id })).data
    expect(seen.status).toBe('closed')
    expect(seen.events.map((e: { text: string }) => e.text)).toEqual([
      '您提交了咨询',
      '已经排上队，等待工作人员处理',
      '工作人员开始处理您的问题',
      '工作人员请您补充一些情况',
      '您补充了情况',
      '工作人员已经答复',
      '咨询已结束：已帮助申请法律援助'
    ])
    expect(seen.messages.map((m: { from: string }) => m.from)).toEqual(['staff', 'citizen', 'staff'])
    expect(JSON.stringify(seen)).not.toContain('老板有前科')
  })

  it('masks the phone in the queue until the case is claimed, and groups claims against one employer', async () => {
    await book('o-a', { wage: { employer: '某某建筑 劳务公司', dueDate: '2026-09-30', coworkers: 5 } })
    await book('o-b', { wage: { employer: '某某建筑劳务公司', dueDate: '2026-09-30', coworkers: 5 } })
    const queue = (await staff(LAWYER.openid, 'queue')).data
    expect(queue.counts).toEqual({ queued: 2 })
    expect(queue.items[0]).toMatchObject({ phone: '138****8000', employerGroup: { count: 2 }, sla: 'on-time' })
    await staff(LAWYER.openid, 'claim', { id: queue.items[0].id })
    const mine = (await staff(LAWYER.openid, 'queue', { mine: true })).data
    expect(mine.items).toHaveLength(1)
    expect(mine.items[0].phone).toBe('13800138000')
  })

  it('shows time left in working hours: amber under an hour, red when late', async () => {
    const c = await book('o-a') // due Wednesday 10:30 (8 working hours)
    const at = (iso: string) => staffCaller(temp.store, () => new Date(iso))
    expect((await at('2026-12-02T01:45:00Z')(LAWYER.openid, 'queue')).data.items[0]).toMatchObject({ id: c.id, sla: 'amber', minutesLeft: 45 })
    expect((await at('2026-12-02T03:00:00Z')(LAWYER.openid, 'queue')).data.items[0]).toMatchObject({ sla: 'red', minutesLeft: -30 })
  })

  it('tells the citizen of each status change (WeChat subscription message; stand-in recorder), not of internal notes', async () => {
    const { sent, notifier } = recordingNotifier()
    const notifying = staffCaller(temp.store, () => TUESDAY_0800, notifier)
    const c = await book('o-citizen')
    await notifying(LAWYER.openid, 'claim', { id: c.id })
    await notifying(LAWYER.openid, 'note', { id: c.id, text: '内部备注' })
    await notifying(LAWYER.openid, 'ask', { id: c.id, text: '请补充合同' })
    expect(sent).toEqual([
      { ticket: c.ticket, status: 'in_progress', to: 'o-citizen' },
      { ticket: c.ticket, status: 'awaiting_citizen', to: 'o-citizen' }
    ])
  })

  it('escalates a case after the third failed callback', async () => {
    const c = await book('o-a', { matter: 'other', wage: undefined })
    await staff(LAWYER.openid, 'claim', { id: c.id })
    for (let i = 0; i < 2; i += 1) expect((await staff(LAWYER.openid, 'logCallback', { id: c.id, reached: false })).data.escalated).toBe(false)
    const third = (await staff(LAWYER.openid, 'logCallback', { id: c.id, reached: false })).data
    expect(third).toMatchObject({ callbackAttempts: 3, escalated: true, priority: 1 })
    expect(third.events.at(-1).text).toBe('几次没联系上您，已转为加急处理')
  })

  it('hands a case over to a station, back into its queue', async () => {
    const c = await book('o-a')
    await staff(LAWYER.openid, 'claim', { id: c.id })
    const handed = await staff(LAWYER.openid, 'handOver', { id: c.id, toPointId: 'guangan-station', note: '当事人在广安，请就近接待' })
    expect(handed.data).toMatchObject({ status: 'queued', point: { id: 'guangan-station' } })
    expect((await staff(GUANGAN_STAFF.openid, 'queue')).data.items.map((i: { id: string }) => i.id)).toEqual([c.id])
  })

  describe('invites', () => {
    const invite = async (overrides = {}) =>
      (await staff(ADMIN.openid, 'createInvite', { kind: 'station', pointIds: ['guangan-station'], name: '新同事', ...overrides })).data

    it('bind a WeChat identity once; the code is stored only as a hash', async () => {
      const { code } = await invite()
      expect(code).toMatch(/^[A-Z0-9]{8}$/)
      expect(await staff('o-new', 'redeemInvite', { code })).toMatchObject({
        ok: true,
        data: { role: 'staff', kind: 'station', pointIds: ['guangan-station'], name: '新同事' }
      })
      expect(await staff('o-new', 'me')).toMatchObject({ ok: true, data: { openid: 'o-new' } })
      expect(await staff('o-other', 'redeemInvite', { code })).toMatchObject({ ok: false, error: { code: 'AUTH.FORBIDDEN' } })
      expect(JSON.stringify(await temp.store.invites.list())).not.toContain(code)
    })

    it('refuse an expired or revoked code', async () => {
      const { code: late } = await invite({ expiresInDays: 1 })
      const tomorrow = staffCaller(temp.store, () => new Date(TUESDAY_0800.getTime() + 86_400_000 + 3_600_000))
      expect(await tomorrow('o-late', 'redeemInvite', { code: late })).toMatchObject({ ok: false, error: { code: 'AUTH.FORBIDDEN' } })
      const revoked = await invite()
      expect((await staff(ADMIN.openid, 'revokeInvite', { id: revoked.invite.id })).data.state).toBe('revoked')
      expect(await staff('o-x', 'redeemInvite', { code: revoked.code })).toMatchObject({ ok: false, error: { code: 'AUTH.FORBIDDEN' } })
      expect((await tomorrow(ADMIN.openid, 'listInvites')).data.map((i: { state: string }) => i.state).sort()).toEqual(['expired', 'revoked'])
    })

    it('let an admin remove a staff member, who then cannot work', async () => {
      expect(await staff(ADMIN.openid, 'removeStaff', { openid: LAWYER.openid })).toMatchObject({ ok: true, data: { removed: true } })
      expect(await staff(LAWYER.openid, 'queue')).toMatchObject({ ok: false, error: { code: 'AUTH.FORBIDDEN' } })
    })

    it('name people in the audit trail, never their invite id or OPENID', async () => {
      const { code } = await invite({ name: '广安站小王' })
      await staff('o-wang', 'redeemInvite', { code })
      const other = await invite({ name: '成都站小陈' })
      await staff(ADMIN.openid, 'revokeInvite', { id: other.invite.id })
      await staff(ADMIN.openid, 'removeStaff', { openid: LAWYER.openid })
      const { items } = await temp.store.audit.list({ offset: 0, limit: 10 })
      expect(items.map((e) => [e.action, e.detail ?? ''])).toEqual([
        ['staff.remove', LAWYER.name],
        ['invite.revoke', '成都站小陈'],
        ['invite.create', '成都站小陈（驻外工作站工作人员）'],
        ['invite.redeem', ''],
        ['invite.create', '广安站小王（驻外工作站工作人员）']
      ])
    })
  })

  it('counts the period’s consultations for the annual report, also as CSV', async () => {
    const a = await book('o-a')
    await book('o-b', { matter: 'traffic', wage: undefined })
    const later = staffCaller(temp.store, () => new Date(TUESDAY_0800.getTime() + 90 * 60_000))
    await later(LAWYER.openid, 'claim', { id: a.id })
    await later(LAWYER.openid, 'reply', { id: a.id, text: '答复' })
    await later(LAWYER.openid, 'close', { id: a.id, outcome: 'advice-given' })
    const stats = (await staff(ADMIN.openid, 'stats', { from: '2026-12-01', to: '2026-12-01' })).data
    expect(stats).toMatchObject({
      total: 2,
      byMatter: { 拖欠工资: 1, 交通事故: 1 },
      byChannel: { 留言咨询: 2 },
      byOutcome: { 已解答: 1 },
      medianMinutesToFirstAnswer: 90,
      answeredOnTimeShare: 1
    })
    const { csv, filename } = (await staff(ADMIN.openid, 'statsCsv', { from: '2026-12-01', to: '2026-12-01' })).data
    expect(filename).toBe('咨询统计-2026-12-01-2026-12-01.csv')
    expect(csv.startsWith('\uFEFF分组,项目,数量\r\n')).toBe(true)
    expect(csv).toContain('问题类型,拖欠工资,1\r\n')
    expect(csv).toContain('时效,首次答复用时中位数（分钟）,90\r\n')
  })
})

/**
 * Legal-aid applications through the apply function, on both stores with real files in a temp
 * directory: a citizen applies with two photos, the centre's lawyer claims it, asks once for a
 * missing document, the citizen adds it (the decide-by day moves by the waiting time), the
 * lawyer grants and assigns, and the case is closed; refusal with the objection text; first
 * grant only for urgent ones; deemed withdrawn only after the supplement period; scope; limits;
 * request ids; starting from a consultation; two lawyers claiming at once.
 */
import { linkIsValid } from '../../cloudfunctions/files/local-dir'
import { objectionText } from '@/core/domain/legal-aid-law'
import {
  aidForm,
  applyCaller,
  applyTestBed,
  CENTRE_LAWYER,
  CITIZEN,
  dumpOf,
  jpegBytes,
  newRequestId,
  ok,
  OTHER_CITIZEN,
  OTHER_LAWYER,
  pdfBytes,
  STATION_ONLY,
  upload
} from '../helpers/apply'
import { bookingForm, consultCaller, TUESDAY_0800 } from '../helpers/consult'
import { ADMIN, recordingNotifier } from '../helpers/staff'
import { raceOverlap, STORE_KINDS } from '../helpers/stores'

const DAY = 86_400_000

describe.each(STORE_KINDS)('legal-aid applications on %s', (kind) => {
  const bed = applyTestBed(kind, CENTRE_LAWYER, OTHER_LAWYER, STATION_ONLY, ADMIN)

  const applyWithTwoPhotos = async (overrides = {}) => {
    const [id, evidence] = [await upload(bed.files, CITIZEN, jpegBytes()), await upload(bed.files, CITIZEN, pdfBytes())]
    return ok(
      bed.call(
        CITIZEN,
        'createAid',
        aidForm({
          materials: [
            { upload: id, kind: 'id-card' },
            { upload: evidence, kind: 'evidence' }
          ],
          ...overrides
        })
      )
    )
  }

  it('takes an application with two files: a ticket, the decide-by day, names made by the cloud, no file key', async () => {
    const detail = await applyWithTwoPhotos()
    expect(detail).toMatchObject({
      ticket: 'HSY-20261201-0001',
      kind: 'aid',
      status: 'submitted',
      statusLabel: '审查中',
      title: '要工钱、确认劳动关系',
      aid: { decideBy: new Date(TUESDAY_0800.getTime() + 7 * DAY).toISOString() },
      events: [{ kind: 'submitted', text: '您提交了申请' }]
    })
    expect(detail.aid.materials.map((m: { name: string; type: string }) => [m.name, m.type])).toEqual([
      ['身份证 1.jpg', 'image/jpeg'],
      ['证据 1.pdf', 'application/pdf']
    ])
    expect(detail.nextStep).toContain('2026年12月8日')
    expect(JSON.stringify(detail)).not.toMatch(/local-|fileKey|o-citizen/)
    // Tickets of applications count apart from consultations' HS-…
    const second = await ok(bed.call(CITIZEN, 'createAid', aidForm()))
    expect(second.ticket).toBe('HSY-20261201-0002')
    const mine = await ok(bed.call(CITIZEN, 'listMine', {}))
    expect(mine.total).toBe(2)
    expect(await bed.call(OTHER_CITIZEN, 'getMine', { id: detail.id })).toMatchObject({ ok: false, error: { code: 'RESOURCE.NOT_FOUND' } })
  })

  it('walks the whole way: claim, ask once, supply (clock paused), grant, assign, close — audited', async () => {
    const applied = await applyWithTwoPhotos()
    const id = applied.id
    const claimed = await ok(bed.call(CENTRE_LAWYER.openid, 'claim', { id }))
    expect(claimed).toMatchObject({ handlerName: '王律师', handler: { openid: CENTRE_LAWYER.openid, name: '王律师' }, applicant: { phone: '13800135678' } })
    // The citizen reads who helps them by name; a staff member's OPENID stays with staff.
    expect(await ok(bed.call(CITIZEN, 'getMine', { id }))).not.toHaveProperty('handler')

    bed.now = new Date(TUESDAY_0800.getTime() + 1 * DAY)
    const asked = await ok(bed.call(CENTRE_LAWYER.openid, 'requestMaterials', { id, text: '请补充最近三个月的工资条' }))
    expect(asked).toMatchObject({ status: 'awaiting_materials', aid: { materialsRequest: { text: '请补充最近三个月的工资条' } } })
    expect(await bed.call(CENTRE_LAWYER.openid, 'requestMaterials', { id, text: '再补充身份证' })).toMatchObject({
      ok: false,
      error: { code: 'CONSULT.STATE', message: '已经一次性告知过，不能再次要求补充' }
    })
    // The citizen sees it as a change not yet seen, with what to bring and by when.
    expect((await ok(bed.call(CITIZEN, 'listMine', {}))).items[0]).toMatchObject({ unseen: true, statusLabel: '等补充材料' })
    const seen = await ok(bed.call(CITIZEN, 'getMine', { id }))
    expect(seen.nextStep).toContain('最近三个月的工资条')
    expect((await ok(bed.call(CITIZEN, 'listMine', {}))).items[0].unseen).toBe(false)

    bed.now = new Date(TUESDAY_0800.getTime() + 3 * DAY)
    const payslip = await upload(bed.files, CITIZEN, jpegBytes(4096))
    const supplied = await ok(
      bed.call(CITIZEN, 'addMaterials', { id, clientRequestId: newRequestId(), materials: [{ upload: payslip, kind: 'evidence' }], note: '工资条' })
    )
    expect(supplied).toMatchObject({ status: 'submitted', aid: { decideBy: new Date(TUESDAY_0800.getTime() + 9 * DAY).toISOString() } })
    expect(supplied.aid.materials.map((m: { name: string }) => m.name)).toEqual(['身份证 1.jpg', '证据 1.pdf', '证据 2.jpg'])
    expect(supplied.events.at(-1).text).toBe('您补充了材料：证据 2.jpg（工资条）')

    const granted = await ok(bed.call(CENTRE_LAWYER.openid, 'grant', { id }))
    expect(granted).toMatchObject({ status: 'granted', aid: { appointBy: new Date(bed.now.getTime() + 3 * DAY).toISOString() } })
    const assigned = await ok(bed.call(CENTRE_LAWYER.openid, 'assign', { id, assignee: { kind: 'lawyer', name: '李律师', phone: '0837-7221234' } }))
    expect(assigned).toMatchObject({ status: 'assigned', aid: { assignee: { name: '李律师' } } })
    expect((await ok(bed.call(CITIZEN, 'getMine', { id }))).nextStep).toContain('0837-7221234')
    expect(await ok(bed.call(CENTRE_LAWYER.openid, 'close', { id }))).toMatchObject({ status: 'closed' })

    const trail = (await bed.store.audit.list({ offset: 0, limit: 50 })).items.filter((e) => e.action.startsWith('apply.')).map((e) => e.action)
    expect(trail.sort()).toEqual(['apply.assign', 'apply.claim', 'apply.close', 'apply.grant', 'apply.materials.request'])
  })

  it('lets only the holder or an admin act and open the files; every file opened is audited with the application and material', async () => {
    const { id, aid } = await applyWithTwoPhotos()
    const materialId = aid.materials[0].id
    expect(await bed.call(CENTRE_LAWYER.openid, 'grant', { id })).toMatchObject({ ok: false, error: { code: 'AUTH.FORBIDDEN', message: '请先领取这个申请' } })
    expect(await bed.call(CENTRE_LAWYER.openid, 'staffMaterialLink', { id, materialId })).toMatchObject({ ok: false, error: { code: 'AUTH.FORBIDDEN' } })
    await ok(bed.call(CENTRE_LAWYER.openid, 'claim', { id }))
    expect(await bed.call(OTHER_LAWYER.openid, 'staffMaterialLink', { id, materialId })).toMatchObject({ ok: false, error: { code: 'AUTH.FORBIDDEN' } })
    const link = await ok(bed.call(CENTRE_LAWYER.openid, 'staffMaterialLink', { id, materialId }))
    expect(link).toMatchObject({ name: '身份证 1.jpg', type: 'image/jpeg' })
    const url = new URL(link.url, 'http://local')
    expect(linkIsValid('test-secret', url.pathname.slice('/files/'.length), url.searchParams.get('exp'), url.searchParams.get('sig'), Date.now())).toBe(true)
    expect(await ok(bed.call(ADMIN.openid, 'staffMaterialLink', { id, materialId }))).toMatchObject({ name: '身份证 1.jpg' })
    const viewed = (await bed.store.audit.list({ offset: 0, limit: 50 })).items.filter((e) => e.action === 'apply.material.viewed')
    expect(viewed.map((e) => e.actorName).sort()).toEqual(['王律师', '赵主任'])
    for (const e of viewed) {
      expect(e.detail).toContain(id)
      expect(e.detail).toContain(materialId)
      expect(e.detail).not.toMatch(/local-/)
    }
    // The owner opens their own; someone else cannot.
    expect(await ok(bed.call(CITIZEN, 'materialLink', { id, materialId }))).toMatchObject({ name: '身份证 1.jpg' })
    expect(await bed.call(OTHER_CITIZEN, 'materialLink', { id, materialId })).toMatchObject({ ok: false, error: { code: 'RESOURCE.NOT_FOUND' } })
  })

  it('asks nothing about money for a 第三十二条 matter, and refuses to leave it out for any other', async () => {
    const victim = await ok(bed.call(CITIZEN, 'createAid', aidForm({ matter: 'domestic-violence', finance: { kind: 'not-required' } })))
    expect(victim.aid).toMatchObject({ matter: 'domestic-violence', finance: { kind: 'not-required' } })
    const before = dumpOf(bed.opened)
    expect(await bed.call(CITIZEN, 'createAid', aidForm({ matter: 'support', finance: { kind: 'not-required' } }))).toMatchObject({
      ok: false,
      error: { code: 'INPUT.INVALID', issues: [{ path: 'finance', message: '这件事要说明家里的经济情况，或者选择不用审查的情况' }] }
    })
    expect(dumpOf(bed.opened)).toEqual(before)
  })

  it('tells the citizen when staff move it on (WeChat’s subscription messages stood in by a recorder), not when they act themselves', async () => {
    const { sent, notifier } = recordingNotifier()
    const told = applyCaller(bed.store, { files: bed.files, now: () => bed.now, notifier })
    const { id, ticket } = await applyWithTwoPhotos()
    await ok(told(CENTRE_LAWYER.openid, 'claim', { id }))
    expect(sent).toEqual([])
    await ok(told(CENTRE_LAWYER.openid, 'requestMaterials', { id, text: '请补充最近三个月的工资条' }))
    expect(sent).toEqual([{ ticket, status: 'awaiting_materials', to: CITIZEN }])
    const pdf = await upload(bed.files, CITIZEN, pdfBytes())
    await ok(told(CITIZEN, 'addMaterials', { id, clientRequestId: newRequestId(), materials: [{ upload: pdf, kind: 'evidence' }] }))
    expect(sent).toHaveLength(1)
    await ok(told(CENTRE_LAWYER.openid, 'grant', { id }))
    expect(sent.map((n) => n.status)).toEqual(['awaiting_materials', 'granted'])
  })

  it('refuses in writing with a reason, and tells the citizen how to object (第四十九条)', async () => {
    const { id } = await applyWithTwoPhotos()
    await ok(bed.call(CENTRE_LAWYER.openid, 'claim', { id }))
    expect(await bed.call(CENTRE_LAWYER.openid, 'refuse', { id, reason: '收入太高' })).toMatchObject({ ok: false, error: { code: 'INPUT.INVALID' } })
    await ok(bed.call(CENTRE_LAWYER.openid, 'refuse', { id, reason: '您家的月收入高于本县的经济困难标准。' }))
    const seen = await ok(bed.call(CITIZEN, 'getMine', { id }))
    expect(seen).toMatchObject({ status: 'refused', statusLabel: '不予援助', aid: { objection: objectionText('黑水县'), decision: { granted: false } } })
  })

  it('grants first only when urgent, even while materials are missing', async () => {
    const plain = await ok(bed.call(CITIZEN, 'createAid', aidForm()))
    const urgent = await ok(bed.call(CITIZEN, 'createAid', aidForm({ urgent: { reason: 'limit-near', note: '仲裁期限下周五到' } })))
    for (const { id } of [plain, urgent]) {
      await ok(bed.call(CENTRE_LAWYER.openid, 'claim', { id }))
      await ok(bed.call(CENTRE_LAWYER.openid, 'requestMaterials', { id, text: '请补充劳动合同' }))
    }
    expect(await bed.call(CENTRE_LAWYER.openid, 'grant', { id: plain.id, first: true })).toMatchObject({ ok: false, error: { code: 'CONSULT.STATE' } })
    expect(await bed.call(CENTRE_LAWYER.openid, 'grant', { id: urgent.id })).toMatchObject({ ok: false, error: { code: 'CONSULT.STATE' } })
    const first = await ok(bed.call(CENTRE_LAWYER.openid, 'grant', { id: urgent.id, first: true }))
    expect(first).toMatchObject({ status: 'granted', aid: { decision: { first: true } } })
    expect(first.events.at(-1).kind).toBe('granted-first')
    // The queue shows urgent first, with the flag.
    const queue = await ok(bed.call(CENTRE_LAWYER.openid, 'queue', { kind: 'aid' }))
    expect(queue.items[0]).toMatchObject({ id: urgent.id, urgent: { reason: 'limit-near' }, clock: { kind: 'appoint' } })
    expect(queue.items[1]).toMatchObject({ id: plain.id, clock: { kind: 'supplement' } })
  })

  it('treats an unanswered request as withdrawn only after 15 days', async () => {
    const { id } = await ok(bed.call(CITIZEN, 'createAid', aidForm()))
    await ok(bed.call(CENTRE_LAWYER.openid, 'claim', { id }))
    await ok(bed.call(CENTRE_LAWYER.openid, 'requestMaterials', { id, text: '请补充工资条' }))
    bed.now = new Date(TUESDAY_0800.getTime() + 15 * DAY - 1000)
    expect(await bed.call(CENTRE_LAWYER.openid, 'deemWithdrawn', { id })).toMatchObject({ ok: false, error: { code: 'CONSULT.STATE' } })
    bed.now = new Date(TUESDAY_0800.getTime() + 15 * DAY)
    expect(await ok(bed.call(CENTRE_LAWYER.openid, 'deemWithdrawn', { id }))).toMatchObject({ status: 'withdrawn' })
  })

  it('keeps aid to the legal aid centre: station staff neither see it nor find it', async () => {
    const { id } = await ok(bed.call(CITIZEN, 'createAid', aidForm()))
    expect(await ok(bed.call(STATION_ONLY.openid, 'queue', { kind: 'aid' }))).toEqual({ items: [], total: 0, counts: {} })
    expect(await bed.call(STATION_ONLY.openid, 'get', { id })).toMatchObject({ ok: false, error: { code: 'RESOURCE.NOT_FOUND' } })
    expect(await bed.call(STATION_ONLY.openid, 'claim', { id })).toMatchObject({ ok: false, error: { code: 'RESOURCE.NOT_FOUND' } })
    // The centre's view masks the phone until claimed, and is audited.
    expect((await ok(bed.call(CENTRE_LAWYER.openid, 'get', { id }))).applicant.phone).toBe('138****5678')
    expect((await bed.store.audit.list({ offset: 0, limit: 10 })).items.map((e) => e.action)).toContain('apply.view')
  })

  it('answers a retried submission with the first result, refuses a different one under the same id, and limits open applications to 5', async () => {
    const form = aidForm()
    const first = await ok(bed.call(CITIZEN, 'createAid', form))
    expect(await ok(bed.call(CITIZEN, 'createAid', form))).toMatchObject({ id: first.id, ticket: first.ticket })
    expect(await bed.call(CITIZEN, 'createAid', { ...form, description: '换了一段完全不同的事情经过内容。' })).toMatchObject({
      ok: false,
      error: { code: 'REQUEST.DUPLICATE' }
    })
    for (let i = 0; i < 4; i += 1) await ok(bed.call(CITIZEN, 'createAid', aidForm()))
    const before = dumpOf(bed.opened)
    expect(await bed.call(CITIZEN, 'createAid', aidForm())).toMatchObject({ ok: false, error: { code: 'CONSULT.LIMIT' } })
    expect(dumpOf(bed.opened)).toEqual(before)
  })

  it('starts from the caller’s own consultation, and refuses someone else’s', async () => {
    const consult = consultCaller(bed.store, undefined, () => bed.now)
    const mine = await consult(CITIZEN, 'create', bookingForm({ channel: 'written' }))
    const theirs = await consult(OTHER_CITIZEN, 'create', bookingForm({ channel: 'written' }))
    const carried = await ok(bed.call(CITIZEN, 'createAid', aidForm({ fromConsultationId: mine.data.id, description: mine.data.description })))
    expect(carried).toMatchObject({ fromConsultationId: mine.data.id, description: mine.data.description })
    const before = dumpOf(bed.opened)
    expect(await bed.call(CITIZEN, 'createAid', aidForm({ fromConsultationId: theirs.data.id }))).toMatchObject({
      ok: false,
      error: { code: 'RESOURCE.NOT_FOUND' }
    })
    expect(dumpOf(bed.opened)).toEqual(before)
  })

  it('lets the citizen withdraw before the decision and turn family follow off', async () => {
    const { id } = await ok(bed.call(CITIZEN, 'createAid', aidForm()))
    expect(await ok(bed.call(CITIZEN, 'setFamilyFollow', { id, allowed: false }))).toMatchObject({ familyFollow: false })
    expect(await ok(bed.call(CITIZEN, 'withdraw', { id, reason: '已经和老板谈好了' }))).toMatchObject({ status: 'withdrawn', statusLabel: '已撤回' })
    expect(await bed.call(CITIZEN, 'withdraw', { id, reason: '再撤一次' })).toMatchObject({ ok: false, error: { code: 'CONSULT.STATE' } })
    // After the decision it can no longer be withdrawn.
    const granted = await ok(bed.call(CITIZEN, 'createAid', aidForm()))
    await ok(bed.call(CENTRE_LAWYER.openid, 'claim', { id: granted.id }))
    await ok(bed.call(CENTRE_LAWYER.openid, 'grant', { id: granted.id }))
    expect(await bed.call(CITIZEN, 'withdraw', { id: granted.id, reason: '想撤回' })).toMatchObject({
      ok: false,
      error: { code: 'CONSULT.STATE', message: '法律援助中心已经作出决定，不能再撤回。有事请拨打 12348' }
    })
  })

  it('lets one of two lawyers claiming at once win', async () => {
    const { id } = await ok(bed.call(CITIZEN, 'createAid', aidForm()))
    const { result: answers, overlapped } = await raceOverlap(bed.opened, () =>
      Promise.all([bed.call(CENTRE_LAWYER.openid, 'claim', { id }), bed.call(OTHER_LAWYER.openid, 'claim', { id })])
    )
    expect(overlapped).not.toBe(false)
    expect(answers.filter((a) => a.ok)).toHaveLength(1)
    expect(answers.find((a) => !a.ok)).toMatchObject({ error: { code: 'RESOURCE.CONFLICT', message: '这个申请已经被别人领取了' } })
    const held = await bed.store.applications.get(id)
    expect(held?.handlerOpenid).toBe(answers.find((a) => a.ok)!.data.handlerName === '王律师' ? CENTRE_LAWYER.openid : OTHER_LAWYER.openid)
    expect(held?.events.filter((e) => e.kind === 'claimed')).toHaveLength(1)
  })

  it('answers a claim retried by its holder with the application, writing and auditing nothing more', async () => {
    const { id } = await ok(bed.call(CITIZEN, 'createAid', aidForm()))
    await ok(bed.call(CENTRE_LAWYER.openid, 'claim', { id }))
    const before = dumpOf(bed.opened)
    expect(await ok(bed.call(CENTRE_LAWYER.openid, 'claim', { id }))).toMatchObject({ id, handlerName: '王律师' })
    expect(dumpOf(bed.opened)).toEqual(before)
  })

  it('makes one application of a submission retried while the first is in flight', async () => {
    const photo = await upload(bed.files, CITIZEN)
    const form = aidForm({ materials: [{ upload: photo, kind: 'evidence' }] })
    const { result: answers, overlapped } = await raceOverlap(bed.opened, () =>
      Promise.all([bed.call(CITIZEN, 'createAid', form), bed.call(CITIZEN, 'createAid', form)])
    )
    expect(overlapped).not.toBe(false)
    expect(answers.every((a) => a.ok)).toBe(true)
    expect(answers[0].data.id).toBe(answers[1].data.id)
    expect((await bed.store.applications.listByOwner(CITIZEN, 0, 10)).total).toBe(1)
  })
})

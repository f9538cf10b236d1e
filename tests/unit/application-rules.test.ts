/**
 * The rules of applications: every guard (who, from which status), the statutory clocks
 * (decide within 7 days with the waiting time not counted, appoint within 3, supplement within
 * 15, deem withdrawn only after), ask once, grant first only when urgent, refusal with reason,
 * mediation outcomes, the citizen's words and the views (never a file key).
 */
import { county } from '@/core/county/current'
import type { StoredAidApplication, StoredApplication } from '@/core/domain/application'
import { appointByOf, clockOf, decideByAfterSupply, decideByOf, supplementDueOf } from '@/core/domain/application-clocks'
import {
  anonymisedApplication,
  applicationScopeOf,
  availableApplicationActions,
  decideApplication,
  isApplicationAnonymisable,
  isApplicationDecision,
  type ApplicationAction,
  type ApplicationDecision,
  type ApplicationRefusal,
  type ApplicationScope,
  type ApplicationViewer
} from '@/core/domain/application-rules'
import { applicationDetailOf, applicationSummaryOf, materialName, nextStepOf, staffApplicationItemOf, STATUS_TEXTS } from '@/core/domain/application-view'
import { familyViewOfApplication } from '@/core/domain/family-follow'
import { objectionText } from '@/core/domain/legal-aid-law'
import { APPLIED_AT, storedAid, storedMaterial, storedMediation } from '../helpers/stored-application'

const DAY = 86_400_000
const later = (days: number, from = APPLIED_AT) => new Date(Date.parse(from) + days * DAY).toISOString()
const AT = later(1)

const centre: ApplicationScope = { aid: true, townships: null }
const staff = (openid = 'o-lawyer', scope: ApplicationScope = centre, admin = false): ApplicationViewer => ({
  kind: 'staff',
  openid,
  name: openid === 'o-lawyer' ? '王律师' : '李调解员',
  admin,
  scope
})
const LAWYER = staff()
const OTHER_LAWYER = staff('o-other')
const OWNER: ApplicationViewer = { kind: 'owner' }
const LUHUA = staff('o-luhua', { aid: false, townships: ['芦花镇'] })
const KALONG = staff('o-kalong', { aid: false, townships: ['卡龙镇'] })

const decided = (a: StoredApplication, action: ApplicationAction, viewer: ApplicationViewer, at = AT): ApplicationDecision => {
  const d = decideApplication(a, action, viewer, at)
  if (!isApplicationDecision(d)) throw new Error(`refused: ${d.message}`)
  return d
}
const refused = (a: StoredApplication, action: ApplicationAction, viewer: ApplicationViewer, at = AT): ApplicationRefusal => {
  const d = decideApplication(a, action, viewer, at)
  if (isApplicationDecision(d)) throw new Error(`allowed: ${d.next.status}`)
  return d
}

const claimed = (overrides = {}, aid = {}) => storedAid('aid-00001', { handlerOpenid: 'o-lawyer', handlerName: '王律师', ...overrides }, aid)

describe('scope', () => {
  const centrePoint = county.booking.callbackPointId
  it('gives aid to the legal aid centre and admins, and mediation by township', () => {
    expect(applicationScopeOf({ role: 'staff', pointIds: [] }, centrePoint)).toEqual({ aid: true, townships: null })
    expect(applicationScopeOf({ role: 'staff', pointIds: [centrePoint] }, centrePoint)).toEqual({ aid: true, townships: [] })
    expect(applicationScopeOf({ role: 'staff', pointIds: ['guangan-station'] }, centrePoint)).toEqual({ aid: false, townships: [] })
    expect(applicationScopeOf({ role: 'staff', pointIds: ['guangan-station'], townships: ['芦花镇'] }, centrePoint)).toEqual({
      aid: false,
      townships: ['芦花镇']
    })
    expect(applicationScopeOf({ role: 'staff', pointIds: [], townships: ['芦花镇'] }, centrePoint)).toEqual({ aid: true, townships: ['芦花镇'] })
    expect(applicationScopeOf({ role: 'admin', pointIds: ['guangan-station'] }, centrePoint)).toEqual({ aid: true, townships: null })
  })

  it('refuses staff out of scope, and the wrong kind of action', () => {
    expect(refused(storedAid(), { type: 'claim' }, LUHUA)).toMatchObject({ code: 'AUTH.FORBIDDEN' })
    expect(refused(storedMediation(), { type: 'accept' }, KALONG)).toMatchObject({ code: 'AUTH.FORBIDDEN', message: '您不负责这个申请' })
    expect(decided(storedMediation(), { type: 'accept' }, LUHUA).next.status).toBe('accepted')
    expect(refused(storedMediation(), { type: 'claim' }, LAWYER).message).toBe('调解申请不能这样操作')
    expect(refused(storedAid(), { type: 'accept' }, LAWYER).message).toBe('法律援助申请不能这样操作')
  })
})

describe('legal aid: guards', () => {
  it('lets the owner only add materials, withdraw and set family follow', () => {
    expect(availableApplicationActions(storedAid(), OWNER, AT)).toEqual(new Set(['addMaterials', 'withdraw', 'setFamilyFollow']))
    for (const type of ['addMaterials', 'withdraw', 'setFamilyFollow'] as const) {
      expect(availableApplicationActions(storedAid(), LAWYER, AT).has(type)).toBe(false)
    }
  })

  it('claims once: a second claim by someone else is a conflict, the holder retrying changes nothing', () => {
    const first = decided(storedAid(), { type: 'claim' }, LAWYER)
    expect(first.next).toMatchObject({ handlerOpenid: 'o-lawyer', handlerName: '王律师', status: 'submitted' })
    expect(first.event).toEqual({ at: AT, kind: 'claimed', actor: 'staff' })
    expect(refused(first.next, { type: 'claim' }, OTHER_LAWYER)).toEqual({ code: 'RESOURCE.CONFLICT', message: '这个申请已经被别人领取了' })
    expect(decided(first.next, { type: 'claim' }, LAWYER)).toEqual({ next: first.next, statusChanged: false })
  })

  it('lets only the holder or an admin act further', () => {
    const a = claimed()
    expect(refused(storedAid(), { type: 'grant', first: false }, LAWYER).message).toBe('请先领取这个申请')
    expect(refused(a, { type: 'grant', first: false }, OTHER_LAWYER).message).toBe('请先领取这个申请')
    expect(decided(a, { type: 'grant', first: false }, staff('o-admin', centre, true)).next.status).toBe('granted')
  })

  it('allows each staff action only from its statuses', () => {
    const actions: Array<[ApplicationAction, string[]]> = [
      [{ type: 'requestMaterials', text: '请补充工资条' }, ['submitted']],
      [{ type: 'grant', first: false }, ['submitted']],
      [{ type: 'assign', assignee: { kind: 'lawyer', name: '李律师' } }, ['granted']],
      [{ type: 'refuse', reason: '您的月收入高于本县的经济困难标准。' }, ['submitted']],
      [{ type: 'close' }, ['assigned']]
    ]
    for (const [action, allowed] of actions) {
      for (const status of ['submitted', 'awaiting_materials', 'granted', 'assigned', 'refused', 'withdrawn', 'closed'] as const) {
        const a = claimed({ status }, status === 'awaiting_materials' ? { materialsRequest: { at: APPLIED_AT, text: '工资条', dueAt: later(15) } } : {})
        const d = decideApplication(a, action, LAWYER, AT)
        expect([action.type, status, isApplicationDecision(d)]).toEqual([action.type, status, allowed.includes(status)])
      }
    }
  })

  it('lets the owner withdraw only before the decision, and add materials until it ends', () => {
    expect(decided(storedAid(), { type: 'withdraw', reason: '已经和老板谈好了' }, OWNER).next).toMatchObject({ status: 'withdrawn', citizenSeenAt: AT })
    expect(refused(storedAid('aid-00001', { status: 'granted' }), { type: 'withdraw', reason: '不要了' }, OWNER).code).toBe('CONSULT.STATE')
    expect(refused(storedAid('aid-00001', { status: 'closed' }), { type: 'addMaterials', materials: [storedMaterial('m1')] }, OWNER).message).toBe(
      '这个申请已经结束了，不能再添加材料'
    )
  })
})

describe('legal aid: clocks', () => {
  it('decides within 7 days of receipt, appoints within 3 of granting, supplements within 15 of asking', () => {
    expect(decideByOf(APPLIED_AT)).toBe('2026-12-08T01:00:00.000Z')
    expect(appointByOf('2026-12-03T05:00:00.000Z')).toBe('2026-12-06T05:00:00.000Z')
    expect(supplementDueOf('2026-12-02T00:00:00.000Z')).toBe('2026-12-17T00:00:00.000Z')
  })

  it('does not count the time spent waiting for the materials (the decide-by day moves later by exactly that)', () => {
    expect(decideByAfterSupply('2026-12-08T01:00:00.000Z', '2026-12-02T00:00:00.000Z', '2026-12-05T12:00:00.000Z')).toBe('2026-12-11T13:00:00.000Z')
    const asked = decided(claimed(), { type: 'requestMaterials', text: '请补充最近三个月的工资条' }, LAWYER, '2026-12-02T00:00:00.000Z').next
    expect(asked).toMatchObject({
      status: 'awaiting_materials',
      aid: { materialsRequest: { text: '请补充最近三个月的工资条', dueAt: '2026-12-17T00:00:00.000Z' } }
    })
    expect(clockOf(asked)).toEqual({ kind: 'supplement', dueAt: '2026-12-17T00:00:00.000Z' })
    const supplied = decided(asked, { type: 'addMaterials', materials: [storedMaterial('m1')], note: '工资条' }, OWNER, '2026-12-05T12:00:00.000Z')
    expect(supplied.next).toMatchObject({
      status: 'submitted',
      aid: { decideBy: '2026-12-11T13:00:00.000Z', materialsRequest: { suppliedAt: '2026-12-05T12:00:00.000Z' } }
    })
    expect(supplied.event).toEqual({ at: '2026-12-05T12:00:00.000Z', kind: 'materials-supplied', actor: 'citizen', note: '证据 1.jpg（工资条）' })
    expect(clockOf(supplied.next)).toEqual({ kind: 'decide', dueAt: '2026-12-11T13:00:00.000Z' })
  })

  it('adding materials without a request leaves the clock alone', () => {
    const d = decided(claimed(), { type: 'addMaterials', materials: [storedMaterial('m1')] }, OWNER)
    expect(d.next).toMatchObject({ status: 'submitted', aid: { decideBy: '2026-12-08T01:00:00.000Z' } })
    expect(d.event?.kind).toBe('material-added')
  })

  it('sets the appoint-by day on granting, and shows the clock that matters now', () => {
    const granted = decided(claimed(), { type: 'grant', first: false }, LAWYER, '2026-12-03T05:00:00.000Z').next
    expect(granted).toMatchObject({ status: 'granted', aid: { appointBy: '2026-12-06T05:00:00.000Z', decision: { granted: true } } })
    expect(clockOf(granted)).toEqual({ kind: 'appoint', dueAt: '2026-12-06T05:00:00.000Z' })
    expect(clockOf(claimed())).toEqual({ kind: 'decide', dueAt: '2026-12-08T01:00:00.000Z' })
    const assigned = decided(granted, { type: 'assign', assignee: { kind: 'lawyer', name: '李律师', phone: '0837-1234567' } }, LAWYER).next
    expect(clockOf(assigned)).toBeUndefined()
    expect(clockOf(storedMediation())).toBeUndefined()
  })

  it('treats an application as withdrawn only after the supplement period', () => {
    const asked = decided(claimed(), { type: 'requestMaterials', text: '请补充工资条' }, LAWYER, '2026-12-02T00:00:00.000Z').next
    expect(refused(asked, { type: 'deemWithdrawn' }, LAWYER, '2026-12-16T23:59:59.000Z')).toEqual({
      code: 'CONSULT.STATE',
      message: '补充材料的期限（2026年12月17日）还没到，不能视为撤回'
    })
    const d = decided(asked, { type: 'deemWithdrawn' }, LAWYER, '2026-12-17T00:00:00.000Z')
    expect(d.next.status).toBe('withdrawn')
    expect(d.event?.kind).toBe('deemed-withdrawn')
    expect(refused(claimed(), { type: 'deemWithdrawn' }, LAWYER).message).toBe('没有在等申请人补充材料，不能视为撤回')
  })
})

describe('legal aid: ask once, grant first, refuse with a reason', () => {
  it('asks for missing materials once: a second request is refused, even after they were supplied', () => {
    const asked = decided(claimed(), { type: 'requestMaterials', text: '请补充工资条' }, LAWYER).next
    const supplied = decided(asked, { type: 'addMaterials', materials: [storedMaterial('m1')] }, OWNER).next
    expect(refused(supplied, { type: 'requestMaterials', text: '再补充身份证' }, LAWYER)).toEqual({
      code: 'CONSULT.STATE',
      message: '已经一次性告知过，不能再次要求补充'
    })
  })

  it('grants first only an urgent application, even while materials are missing', () => {
    const asked = decided(claimed(), { type: 'requestMaterials', text: '请补充工资条' }, LAWYER).next as StoredAidApplication
    expect(refused(claimed(), { type: 'grant', first: true }, LAWYER).message).toBe('只有情况紧急的申请才能先行提供法律援助（法律援助法第四十四条）')
    expect(refused(asked, { type: 'grant', first: true }, LAWYER).message).toBe('还在等申请人补充材料，材料补齐后才能作出决定')
    expect(availableApplicationActions(asked, LAWYER, AT).has('grant')).toBe(false)
    const urgent: StoredApplication = { ...asked, aid: { ...asked.aid, urgent: { reason: 'limit-near' } } }
    expect(availableApplicationActions(urgent, LAWYER, AT).has('grant')).toBe(true)
    expect(refused(urgent, { type: 'grant', first: false }, LAWYER).message).toContain('情况紧急的可以先行提供法律援助')
    const d = decided(urgent, { type: 'grant', first: true }, LAWYER)
    expect(d.next).toMatchObject({ status: 'granted', aid: { decision: { granted: true, first: true } } })
    expect(d.event?.kind).toBe('granted-first')
    // The materials still come after a first grant, and the request is then answered.
    const later = decided(d.next, { type: 'addMaterials', materials: [storedMaterial('m2')] }, OWNER).next
    expect(later).toMatchObject({ status: 'granted', aid: { materialsRequest: { suppliedAt: AT } } })
  })

  it('refuses only with a reason of at least 10 characters, and shows how to object', () => {
    expect(refused(claimed(), { type: 'refuse', reason: '收入太高' }, LAWYER)).toMatchObject({ code: 'INPUT.INVALID' })
    const d = decided(claimed(), { type: 'refuse', reason: '您家的月收入高于本县的经济困难标准。' }, LAWYER)
    expect(d.next).toMatchObject({ status: 'refused', aid: { decision: { granted: false, reason: '您家的月收入高于本县的经济困难标准。' } } })
    const detail = applicationDetailOf(d.next, county)
    expect(detail.aid?.objection).toBe(objectionText('黑水县'))
    expect(detail.events.at(-1)?.text).toBe('法律援助中心决定不予法律援助：您家的月收入高于本县的经济困难标准。')
  })

  it('refuses more than 10 files on an application', () => {
    const full = claimed({}, { materials: Array.from({ length: 9 }, (_, i) => storedMaterial(`m${i}`)) })
    expect(refused(full, { type: 'addMaterials', materials: [storedMaterial('a'), storedMaterial('b')] }, OWNER)).toEqual({
      code: 'INPUT.INVALID',
      message: '最多 10 个文件。这个申请已经有 9 个，只能再加 1 个'
    })
  })
})

describe('mediation', () => {
  const accepted = () => decided(storedMediation(), { type: 'accept' }, LUHUA).next

  it('accepting is the claim: one wins, the holder retrying changes nothing', () => {
    const a = accepted()
    expect(a).toMatchObject({ status: 'accepted', handlerOpenid: 'o-luhua' })
    expect(refused(a, { type: 'accept' }, staff('o-luhua-2', { aid: false, townships: ['芦花镇'] })).code).toBe('RESOURCE.CONFLICT')
    expect(decided(a, { type: 'accept' }, LUHUA)).toEqual({ next: a, statusChanged: false })
  })

  it('records succeeded and failed with their meaning and next step, only by the holder', () => {
    expect(refused(storedMediation(), { type: 'recordOutcome', outcome: 'succeeded', note: '双方签了协议' }, LUHUA).code).toBe('AUTH.FORBIDDEN')
    const ok = decided(accepted(), { type: 'recordOutcome', outcome: 'succeeded', note: '双方签了协议' }, LUHUA).next
    expect(ok.status).toBe('succeeded')
    const detail = applicationDetailOf(ok, county)
    expect(detail.mediation?.outcome).toMatchObject({ kind: 'succeeded', label: '调解成功', note: '双方签了协议' })
    expect(detail.mediation?.outcome?.next).toContain('司法确认')
    expect(detail.nextStep).toContain('人民调解法第三十三条')
    const failed = decided(accepted(), { type: 'recordOutcome', outcome: 'failed', note: '对方不同意赔偿' }, LUHUA).next
    expect(applicationDetailOf(failed, county).nextStep).toContain('起诉')
    expect(refused(failed, { type: 'recordOutcome', outcome: 'succeeded', note: '改一下' }, LUHUA).code).toBe('CONSULT.STATE')
  })

  it('declines with the reason, from submitted only', () => {
    const d = decided(storedMediation(), { type: 'decline', reason: '对方明确不愿意调解' }, LUHUA)
    expect(d.next).toMatchObject({ status: 'declined', mediation: { outcome: { kind: 'declined', note: '对方明确不愿意调解' } } })
    expect(applicationDetailOf(d.next, county).mediation?.outcome?.label).toBe('不受理')
    expect(refused(accepted(), { type: 'decline', reason: '不想调了' }, LUHUA).code).toBe('CONSULT.STATE')
  })

  it('lets the owner withdraw before the end, and refuses adding materials', () => {
    expect(decided(accepted(), { type: 'withdraw', reason: '已经私下和好了' }, OWNER).next.status).toBe('withdrawn')
    expect(refused(storedMediation(), { type: 'addMaterials', materials: [] }, OWNER).message).toBe('调解申请不能这样操作')
  })

  it('routes the words to the township committee', () => {
    const detail = applicationDetailOf(storedMediation(), county)
    expect(detail).toMatchObject({ title: '邻里纠纷', statusLabel: '已提交', mediation: { committee: '芦花镇人民调解委员会' } })
    expect(detail.nextStep).toContain('芦花镇人民调解委员会')
  })
})

describe('words and views', () => {
  it('has words for every status of each kind, for the citizen and a relative', () => {
    const aidStatuses = ['submitted', 'awaiting_materials', 'granted', 'assigned', 'refused', 'withdrawn', 'closed'] as const
    for (const status of aidStatuses) {
      const a = claimed(
        { status },
        { materialsRequest: { at: APPLIED_AT, text: '工资条', dueAt: later(15) }, appointBy: later(3), assignee: { kind: 'lawyer', name: '李律师', at: AT } }
      )
      expect(nextStepOf(a)).toMatch(/[\u4e00-\u9fff]/)
      expect(familyViewOfApplication(a)).toEqual({
        ticket: a.ticket,
        status,
        statusLabel: STATUS_TEXTS.aid[status].label,
        meaning: STATUS_TEXTS.aid[status].meaning,
        nextStep: STATUS_TEXTS.aid[status].next,
        updatedAt: a.statusChangedAt
      })
    }
    for (const status of ['submitted', 'accepted', 'succeeded', 'failed', 'declined', 'withdrawn'] as const) {
      expect(nextStepOf(storedMediation('med-00001', { status }))).toMatch(/[\u4e00-\u9fff]/)
      expect(STATUS_TEXTS.mediation[status].label).toMatch(/^[\u4e00-\u9fff]+$/)
    }
  })

  it('tells the citizen what to bring and by when, and who will help', () => {
    const asked = decided(claimed(), { type: 'requestMaterials', text: '最近三个月的工资条' }, LAWYER, '2026-12-02T00:00:00.000Z').next
    expect(nextStepOf(asked)).toBe('请在 2026年12月17日 前补充：最近三个月的工资条。到时候还没补上，申请会按撤回处理（法律援助法第四十三条）。')
    // Staff who end their request with a full stop do not make the sentence end twice.
    const askedWithStop = decided(claimed(), { type: 'requestMaterials', text: '最近三个月的工资条。' }, LAWYER, '2026-12-02T00:00:00.000Z').next
    expect(nextStepOf(askedWithStop)).toContain('工资条。到时候')
    const assigned = claimed({ status: 'assigned' }, { assignee: { kind: 'lawyer', name: '李律师', phone: '0837-1234567', at: AT } })
    expect(nextStepOf(assigned)).toContain('0837-1234567')
  })

  it('names files by their kind and number, never by the phone', () => {
    expect(materialName('id-card', 1, 'image/jpeg')).toBe('身份证 1.jpg')
    expect(materialName('evidence', 3, 'application/pdf')).toBe('证据 3.pdf')
  })

  it('never puts a file key or the owner in a view, and masks the phone for staff who do not hold it', () => {
    const a = claimed({}, { materials: [storedMaterial('m1')], urgent: { reason: 'preserve-now' } })
    for (const view of [applicationDetailOf(a, county), applicationSummaryOf(a, county), staffApplicationItemOf(a, county)]) {
      const text = JSON.stringify(view)
      expect(text).not.toContain('local-')
      expect(text).not.toContain('fileKey')
      expect(text).not.toContain('o-owner')
    }
    expect(applicationDetailOf(a, county, { maskPhone: true }).applicant.phone).toBe('138****5678')
    expect(staffApplicationItemOf(a, county)).toMatchObject({
      applicantName: '张三',
      township: '芦花镇',
      urgent: { reason: 'preserve-now' },
      handler: { openid: 'o-lawyer', name: '王律师' },
      clock: { kind: 'decide' },
      title: '要工钱、确认劳动关系'
    })
  })

  it('badges a change the citizen has not seen', () => {
    const asked = decided(claimed(), { type: 'requestMaterials', text: '请补充工资条' }, LAWYER).next
    expect(applicationSummaryOf(asked, county).unseen).toBe(true)
    const withdrawn = decided(asked, { type: 'withdraw', reason: '不需要了' }, OWNER).next
    expect(applicationSummaryOf(withdrawn, county).unseen).toBe(false)
  })
})

describe('retention', () => {
  it('anonymises finished applications, and those assigned as long ago, past the cutoff, keeping what statistics need', () => {
    const cutoff = later(30)
    expect(isApplicationAnonymisable(claimed({ status: 'closed' }), cutoff)).toBe(true)
    // Appointed long ago and never marked 办结: the period runs from the appointment.
    expect(isApplicationAnonymisable(claimed({ status: 'assigned' }), cutoff)).toBe(true)
    expect(isApplicationAnonymisable(claimed({ status: 'granted' }), cutoff)).toBe(false)
    expect(isApplicationAnonymisable(claimed({ status: 'closed' }), APPLIED_AT)).toBe(false)
    expect(isApplicationAnonymisable(storedMediation('med-00001', { status: 'failed' }), cutoff)).toBe(true)
    const a = claimed(
      { status: 'refused', onBehalf: { personName: '张父', relationship: '父子', consentConfirmed: true }, requestKey: 'k' },
      {
        materials: [storedMaterial('m1')],
        finance: { kind: 'hardship', statement: '家里只有我一个人挣钱' },
        decision: { at: AT, granted: false, reason: '收入高于标准很多很多' }
      }
    )
    const done = anonymisedApplication({ ...a, events: [...a.events, { at: AT, kind: 'refused', actor: 'staff', note: '收入高于标准很多很多' }] }, later(40))
    const text = JSON.stringify(done)
    for (const gone of ['张三', '13800135678', '张父', '工地', '家里只有', '收入高于', 'local-', 'o-owner', 'o-lawyer']) expect(text).not.toContain(gone)
    expect(done).toMatchObject({
      kind: 'aid',
      status: 'refused',
      aid: { matter: 'wages', materials: [], decision: { granted: false } },
      anonymisedAt: later(40)
    })
    const m = anonymisedApplication(
      storedMediation(
        'med-00001',
        { status: 'failed' },
        { otherParty: { name: '李四', contact: '13900001111' }, outcome: { kind: 'failed', note: '李四不同意', at: AT } }
      ),
      later(40)
    )
    expect(JSON.stringify(m)).not.toContain('李四')
    expect(m).toMatchObject({ mediation: { category: 'neighbour', township: '芦花镇', outcome: { kind: 'failed' } } })
  })
})

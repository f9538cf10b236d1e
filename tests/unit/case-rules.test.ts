import { availableActions, decide, isDecision, refusalOf, anonymised, type Viewer } from '@/core/domain/case-rules'
import { STORED_AT, storedConsultation } from '../helpers/stored-consultation'

const AT = STORED_AT

const base = storedConsultation('case-1', {
  pointId: 'guangan-station',
  slot: { start: '2026-12-01T06:00:00.000Z', end: '2026-12-01T06:30:00.000Z' }
})

const owner: Viewer = { kind: 'owner' }
const lawyer: Viewer = { kind: 'staff', openid: 'o-lawyer', name: '王律师', admin: false, pointIds: [] }
const otherLawyer: Viewer = { kind: 'staff', openid: 'o-other', name: '李律师', admin: false, pointIds: [] }
const chengduStaff: Viewer = { kind: 'staff', openid: 'o-chengdu', name: '成都站', admin: false, pointIds: ['chengdu-station'] }
const admin: Viewer = { kind: 'staff', openid: 'o-admin', name: '赵主任', admin: true, pointIds: [] }

const held = { ...base, status: 'in_progress' as const, assigneeOpenid: 'o-lawyer', assigneeName: '王律师' }

describe('who may do what (case-rules)', () => {
  it('offers the citizen cancel and reschedule while waiting, and staff only what their scope and hold allow', () => {
    expect([...availableActions(base, owner, AT)].sort()).toEqual(['addMessage', 'cancel', 'reschedule', 'setFamilyFollow'])
    expect([...availableActions(base, lawyer, AT)].sort()).toEqual(['claim', 'note'])
    expect([...availableActions(base, chengduStaff, AT)]).toEqual([])
    expect([...availableActions(held, lawyer, AT)].sort()).toEqual([
      'ask',
      'callback',
      'close',
      'handOverToPoint',
      'handOverToStaff',
      'note',
      'release',
      'reply'
    ])
    expect([...availableActions(held, otherLawyer, AT)].sort()).toEqual(['note'])
    expect(availableActions(held, admin, AT).has('close')).toBe(true)
  })

  it('refuses with a reason the person can read', () => {
    expect(refusalOf(held, 'claim', otherLawyer, AT)).toEqual({ code: 'RESOURCE.CONFLICT', message: '这个咨询已经被别人领取了' })
    expect(refusalOf(held, 'reply', otherLawyer, AT)).toMatchObject({ code: 'AUTH.FORBIDDEN', message: '请先领取这个咨询' })
    expect(refusalOf(base, 'cancel', lawyer, AT)).toMatchObject({ code: 'AUTH.FORBIDDEN' })
    expect(refusalOf(base, 'cancel', owner, base.slot!.start)).toMatchObject({ code: 'CONSULT.STATE', message: expect.stringContaining('已经开始') })
  })
})

describe('what each action changes', () => {
  it('release takes the assignee off entirely (no field left behind) and writes its event', () => {
    const d = decide(held, { type: 'release' }, lawyer, AT)
    if (!isDecision(d)) throw new Error(d.message)
    expect(d.next).not.toHaveProperty('assigneeOpenid')
    expect(d.next).not.toHaveProperty('assigneeName')
    expect(d).toMatchObject({ next: { status: 'queued', statusChangedAt: AT }, event: { kind: 'released', actor: 'staff' }, statusChanged: true })
  })

  it('cancel frees the slot place; reschedule takes the new one and frees the old', () => {
    const cancelled = decide(base, { type: 'cancel', reason: '不需要了' }, owner, AT)
    expect(cancelled).toMatchObject({ freeSlot: { pointId: 'guangan-station', start: base.slot!.start }, next: { status: 'cancelled', citizenSeenAt: AT } })
    const slot = { start: '2026-12-02T02:00:00.000Z', end: '2026-12-02T02:30:00.000Z' }
    expect(decide(base, { type: 'reschedule', slot }, owner, AT)).toMatchObject({
      freeSlot: { start: base.slot!.start },
      takeSlot: { start: slot.start },
      next: { slot, dueAt: slot.start }
    })
    expect(decide(base, { type: 'reschedule', slot: base.slot! }, owner, AT)).toMatchObject({ code: 'INPUT.INVALID' })
  })

  it('escalates on the third missed callback, once', () => {
    const twice = { ...held, callbackAttempts: 2 }
    expect(decide(twice, { type: 'callback', reached: false }, lawyer, AT)).toMatchObject({
      next: { callbackAttempts: 3, escalated: true, priority: 1 },
      event: { kind: 'escalated' }
    })
    expect(decide({ ...twice, escalated: true }, { type: 'callback', reached: false }, lawyer, AT)).toMatchObject({
      event: { kind: 'callback-attempt', note: '没有打通（第 3 次）' }
    })
  })

  it('hands over to a point from any working status, and only to staff who cover the case', () => {
    const answered = { ...held, status: 'answered' as const }
    expect(decide(answered, { type: 'handOverToPoint', point: { id: 'chengdu-station', name: '成都站' }, note: '在成都' }, lawyer, AT)).toMatchObject({
      next: { status: 'queued', pointId: 'chengdu-station' }
    })
    expect(
      decide(held, { type: 'handOverToStaff', staff: { openid: 'o-chengdu', name: '成都站', pointIds: ['chengdu-station'] }, note: '转' }, lawyer, AT)
    ).toMatchObject({
      code: 'INPUT.INVALID'
    })
  })

  it('a claim repeated by its holder changes nothing and is not refused', () => {
    expect(decide(held, { type: 'claim' }, lawyer, AT)).toEqual({ next: held, statusChanged: false })
  })
})

describe('anonymisation', () => {
  it('keeps what the statistics need and nothing that names the person', () => {
    const closed = {
      ...held,
      status: 'closed' as const,
      onBehalf: { personName: '李四', relationship: '儿子', consentConfirmed: true as const },
      wage: { employer: '某公司', dueDate: '2026-01-01', coworkers: 2 },
      employerKey: '某公司',
      requestKey: 'abc',
      internalNotes: [{ at: AT, by: '王律师', text: '电话 13800138000' }],
      rating: { score: 4, comment: '王律师很好' }
    }
    const after = anonymised(closed, AT)
    const text = JSON.stringify(after)
    for (const personal of ['张三', '13800138000', '李四', '某公司', '王律师很好', 'o-owner', '老板欠了', 'abc']) expect(text).not.toContain(personal)
    expect(after).toMatchObject({ matter: 'wages', channel: 'phone', status: 'closed', rating: { score: 4 }, anonymisedAt: AT })
  })
})

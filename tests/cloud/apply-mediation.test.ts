/**
 * Mediation requests through the apply function, on both stores: a request reaches the
 * township where the dispute happened (its staff see it, another township's do not, the county
 * centre sees all), accepting is the claim (two at once: one wins), outcomes carry their
 * meaning and next step, the county's townships and categories are checked, and relatives
 * follow application tickets like consultations.
 */
import { FOLLOW_REFUSED } from '../../cloudfunctions/usecases/consult/follow'
import {
  aidForm,
  applyTestBed,
  CENTRE_LAWYER,
  CITIZEN,
  dumpOf,
  KALONG_MEDIATOR,
  LUHUA_MEDIATOR,
  mediationForm,
  ok,
  OTHER_CITIZEN,
  STATION_ONLY
} from '../helpers/apply'
import { consultCaller, TUESDAY_0800 } from '../helpers/consult'
import { raceOverlap, STORE_KINDS } from '../helpers/stores'

describe.each(STORE_KINDS)('mediation requests on %s', (kind) => {
  const bed = applyTestBed(kind, CENTRE_LAWYER, KALONG_MEDIATOR, LUHUA_MEDIATOR, STATION_ONLY)

  it('reaches the township where it happened: its staff see it, another township’s and station staff do not', async () => {
    const request = await ok(bed.call(CITIZEN, 'createMediation', mediationForm()))
    expect(request).toMatchObject({
      ticket: 'HST-20261201-0001',
      kind: 'mediation',
      status: 'submitted',
      title: '邻里纠纷',
      mediation: { township: '卡龙镇', committee: '卡龙镇人民调解委员会', otherParty: { name: '李四' } }
    })
    expect(request.nextStep).toContain('卡龙镇人民调解委员会')
    expect((await ok(bed.call(KALONG_MEDIATOR.openid, 'queue', { kind: 'mediation' }))).items.map((i: { id: string }) => i.id)).toEqual([request.id])
    expect((await ok(bed.call(CENTRE_LAWYER.openid, 'queue', { kind: 'mediation' }))).total).toBe(1)
    expect((await ok(bed.call(LUHUA_MEDIATOR.openid, 'queue', { kind: 'mediation' }))).total).toBe(0)
    expect((await ok(bed.call(STATION_ONLY.openid, 'queue', { kind: 'mediation' }))).total).toBe(0)
    expect(await bed.call(LUHUA_MEDIATOR.openid, 'get', { id: request.id })).toMatchObject({ ok: false, error: { code: 'RESOURCE.NOT_FOUND' } })
    expect(await bed.call(LUHUA_MEDIATOR.openid, 'accept', { id: request.id })).toMatchObject({ ok: false, error: { code: 'RESOURCE.NOT_FOUND' } })
    // Township staff do not handle legal aid.
    const aid = await ok(bed.call(CITIZEN, 'createAid', aidForm()))
    expect(await bed.call(KALONG_MEDIATOR.openid, 'claim', { id: aid.id })).toMatchObject({ ok: false, error: { code: 'RESOURCE.NOT_FOUND' } })
  })

  it('accepts (one of two at once wins) and records success with the judicial confirmation explained', async () => {
    const { id } = await ok(bed.call(CITIZEN, 'createMediation', mediationForm()))
    const { result: answers, overlapped } = await raceOverlap(bed.opened, () =>
      Promise.all([bed.call(KALONG_MEDIATOR.openid, 'accept', { id }), bed.call(CENTRE_LAWYER.openid, 'accept', { id })])
    )
    expect(overlapped).not.toBe(false)
    expect(answers.filter((a) => a.ok)).toHaveLength(1)
    expect(answers.find((a) => !a.ok)).toMatchObject({ error: { code: 'RESOURCE.CONFLICT' } })
    const holder = answers[0].ok ? KALONG_MEDIATOR : CENTRE_LAWYER
    const other = answers[0].ok ? CENTRE_LAWYER : KALONG_MEDIATOR
    expect(await bed.call(other.openid, 'recordOutcome', { id, outcome: 'succeeded', note: '双方签了协议' })).toMatchObject({
      ok: false,
      error: { code: 'AUTH.FORBIDDEN' }
    })
    await ok(bed.call(holder.openid, 'recordOutcome', { id, outcome: 'succeeded', note: '双方签了协议，下月一号前拆除' }))
    const seen = await ok(bed.call(CITIZEN, 'getMine', { id }))
    expect(seen).toMatchObject({
      status: 'succeeded',
      statusLabel: '调解成功',
      mediation: { outcome: { kind: 'succeeded', note: '双方签了协议，下月一号前拆除' } }
    })
    expect(seen.mediation.outcome.next).toContain('司法确认')
    expect((await bed.store.audit.list({ offset: 0, limit: 20 })).items.map((e) => e.action).sort()).toEqual(['apply.accept', 'apply.outcome'])
  })

  it('records a failure with what the citizen can do next, and a decline with its reason', async () => {
    const failed = await ok(bed.call(CITIZEN, 'createMediation', mediationForm()))
    await ok(bed.call(KALONG_MEDIATOR.openid, 'accept', { id: failed.id }))
    const f = await ok(bed.call(KALONG_MEDIATOR.openid, 'recordOutcome', { id: failed.id, outcome: 'failed', note: '对方不同意赔偿' }))
    expect(f).toMatchObject({ status: 'failed', statusLabel: '调解没有成功' })
    expect(f.nextStep).toContain('起诉')
    const declined = await ok(bed.call(CITIZEN, 'createMediation', mediationForm()))
    const d = await ok(bed.call(KALONG_MEDIATOR.openid, 'decline', { id: declined.id, reason: '对方明确表示不愿意调解' }))
    expect(d).toMatchObject({ status: 'declined', statusLabel: '不受理', mediation: { outcome: { kind: 'declined', note: '对方明确表示不愿意调解' } } })
    expect(d.nextStep).toContain('人民调解法第十七条')
  })

  it('keeps only what was written about the other party', async () => {
    const request = await ok(bed.call(CITIZEN, 'createMediation', mediationForm({ otherParty: { name: '', contact: '村口小卖部王家' } })))
    expect(request.mediation.otherParty).toEqual({ contact: '村口小卖部王家' })
    const none = await ok(bed.call(CITIZEN, 'createMediation', mediationForm({ otherParty: { name: '', contact: '' } })))
    expect(none.mediation.otherParty).toBeUndefined()
  })

  it('refuses a township or category the county does not have, writing nothing', async () => {
    const before = dumpOf(bed.opened)
    expect(await bed.call(CITIZEN, 'createMediation', mediationForm({ township: '成都市' }))).toMatchObject({
      ok: false,
      error: { code: 'INPUT.INVALID', issues: [{ path: 'township' }] }
    })
    expect(await bed.call(CITIZEN, 'createMediation', mediationForm({ category: 'space-travel' }))).toMatchObject({
      ok: false,
      error: { code: 'INPUT.INVALID', issues: [{ path: 'category' }] }
    })
    expect(dumpOf(bed.opened)).toEqual(before)
  })

  it('lets the citizen withdraw until it ends', async () => {
    const { id } = await ok(bed.call(CITIZEN, 'createMediation', mediationForm()))
    await ok(bed.call(KALONG_MEDIATOR.openid, 'accept', { id }))
    expect(await ok(bed.call(CITIZEN, 'withdraw', { id, reason: '已经私下和好了' }))).toMatchObject({ status: 'withdrawn' })
    expect(await bed.call(OTHER_CITIZEN, 'withdraw', { id, reason: '不是我的' })).toMatchObject({ ok: false, error: { code: 'RESOURCE.NOT_FOUND' } })
    // Once it has ended, there is nothing left to withdraw.
    const ended = await ok(bed.call(CITIZEN, 'createMediation', mediationForm()))
    await ok(bed.call(KALONG_MEDIATOR.openid, 'accept', { id: ended.id }))
    await ok(bed.call(KALONG_MEDIATOR.openid, 'recordOutcome', { id: ended.id, outcome: 'succeeded', note: '双方达成了协议' }))
    expect(await bed.call(CITIZEN, 'withdraw', { id: ended.id, reason: '想撤回' })).toMatchObject({ ok: false, error: { code: 'CONSULT.STATE' } })
  })

  describe('家人查进度 by an application ticket', () => {
    const follow = (ticket: string, phoneLast4: string) =>
      consultCaller(bed.store, undefined, () => TUESDAY_0800)('o-relative', 'follow', { ticket, phoneLast4 })

    it('shows the status and next step of a mediation request and of an aid application, and nothing personal', async () => {
      const request = await ok(bed.call(CITIZEN, 'createMediation', mediationForm()))
      const aid = await ok(bed.call(CITIZEN, 'createAid', aidForm()))
      const shown = await follow(request.ticket.toLowerCase(), '5678')
      expect(shown).toEqual({
        ok: true,
        data: {
          ticket: request.ticket,
          status: 'submitted',
          statusLabel: '已提交',
          meaning: '调解申请已经送到乡镇的人民调解委员会',
          nextStep: '调解委员会会先问问双方愿不愿意调解。调解不收费',
          updatedAt: request.createdAt
        }
      })
      expect(await follow(aid.ticket, '5678')).toMatchObject({ ok: true, data: { ticket: aid.ticket, statusLabel: '审查中' } })
      expect(JSON.stringify(shown)).not.toMatch(/张三|李四|13800135678|邻居/)
      const audit = (await bed.store.audit.list({ offset: 0, limit: 20 })).items.filter((e) => e.action === 'consult.follow.shown')
      expect(audit.map((e) => e.detail).sort()).toEqual([`单号 ${aid.ticket}`, `单号 ${request.ticket}`].sort())
    })

    it('answers wrong digits, a missing ticket and following turned off alike, and counts them', async () => {
      const request = await ok(bed.call(CITIZEN, 'createMediation', mediationForm()))
      await ok(bed.call(CITIZEN, 'setFamilyFollow', { id: request.id, allowed: false }))
      for (const [ticket, digits] of [
        [request.ticket, '5678'],
        [request.ticket, '0000'],
        ['HSY-20261201-0099', '5678']
      ]) {
        expect(await follow(ticket, digits)).toEqual({ ok: false, error: { code: 'RESOURCE.NOT_FOUND', message: FOLLOW_REFUSED } })
      }
      const refused = (await bed.store.audit.list({ offset: 0, limit: 20 })).items.filter((e) => e.action === 'consult.follow.refused')
      expect(refused).toHaveLength(3)
    })
  })
})

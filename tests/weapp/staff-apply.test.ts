/**
 * Staff work on legal-aid applications and mediation requests on the WeChat build: the 申请
 * list (urgent flag and clock in words), an application's page and its actions, a township's
 * mediator, the admin's townships, and the list at 2,000 applications. Simulator and stand-in
 * wx; the cloud is the real functions on SQLite. WeChat's real runtime is not involved (nor its
 * image viewer: 查看 is proven in tests/ui/staff-apply-page.test.tsx).
 */
import { mediationOutcomeOf } from '@/core/domain/mediation-law'
import { expectWithinSetDataLimit } from './harness/checks'
import { CITIZEN, startMiniProgram, stopMiniProgram, type Fixture } from './harness/fixture'
import { aidForm, CENTRE_LAWYER, jpegBytes, KALONG_MEDIATOR, mediationForm, pdfBytes } from '../helpers/apply'
import { ADMIN } from '../helpers/staff'
import { storedAid } from '../helpers/stored-application'

const MANY = 2000

let f: Fixture
let aid: { id: string; ticket: string }
let mediation: { id: string; ticket: string }

const asCitizen = async <T>(action: string, payload: object): Promise<T> => {
  f.cloud.actAs(CITIZEN)
  const answer = (await f.cloud.callFunction('apply', { action, payload })) as { ok: boolean; data: T }
  if (!answer.ok) throw new Error(JSON.stringify(answer))
  return answer.data
}

beforeAll(async () => {
  f = await startMiniProgram()
  for (const member of [CENTRE_LAWYER, KALONG_MEDIATOR, ADMIN]) await f.temp.store.staff.upsert(member)
  // As wx.cloud.uploadFile would have left them in cloud storage.
  const photo = f.storage.upload('materials/id-card.jpg', jpegBytes())
  const pdf = f.storage.upload('materials/evidence.pdf', pdfBytes())
  aid = await asCitizen(
    'createAid',
    aidForm({
      urgent: { reason: 'limit-near' },
      materials: [
        { upload: photo, kind: 'id-card' },
        { upload: pdf, kind: 'evidence' }
      ]
    })
  )
  mediation = await asCitizen('createMediation', mediationForm())
})
afterAll(() => stopMiniProgram(f))
afterEach(async () => {
  await f.mp.closeAll()
  f.mp.clearCalls()
})

describe('applications on the staff side of the weapp build (simulator and stand-in wx; WeChat runtime not involved)', () => {
  it('the legal aid centre’s lawyer finds an urgent application, claims it and asks once for what is missing', async () => {
    f.cloud.actAs(CENTRE_LAWYER.openid)
    const bench = await f.mp.open('/staff/pages/index/index')
    await bench.tap('申请（法律援助、人民调解）')
    await f.mp.waitForCall('navigateTo', { url: '/staff/pages/applications/index' })

    const list = await f.mp.open('/staff/pages/applications/index')
    await list.waitForText(
      '法律援助申请',
      '人民调解',
      aid.ticket,
      '共 1 件',
      '紧急：离起诉、仲裁或复议的最后期限不到 7 天',
      '审查期限还剩 7 天',
      '还没有人领取'
    )
    expectWithinSetDataLimit(list, 'seed')
    await list.tap(aid.ticket)
    await f.mp.waitForCall('navigateTo', { url: `/staff/pages/application/index?id=${aid.id}` })

    const page = await f.mp.follow()
    await page.waitForText(aid.ticket, '待审查', '身份证 1.jpg', '证据 1.pdf', '领取后才能查看材料', '免查经济困难', '138****5678')
    await page.tap('领取')
    await page.waitForText('由我处理', '查看会被记录', '13800135678', '准予援助', '先行援助', '不予援助', '法律援助法第四十四条')
    await page.tap('一次性告知补充材料')
    await page.waitForText('只能要求补充一次')
    await page.type('缺少的材料（一次写全）', '请补充 2026 年 9 月到 11 月的工资条。')
    await page.tap('发出补充要求')
    await page.waitForText('等群众补充材料', '补充材料还剩 15 天')
    // Asked once: no second request, and no decision until the materials are in (only 先行援助).
    expect(page.text()).not.toContain('发出补充要求')
    expect(page.text()).not.toContain('准予援助')
    expectWithinSetDataLimit(page, 'seed')
  })

  it('卡龙镇’s mediator sees the request of 卡龙镇, accepts it and records the outcome the citizen will read', async () => {
    f.cloud.actAs(KALONG_MEDIATOR.openid)
    const list = await f.mp.open('/staff/pages/applications/index')
    await list.waitForText('法律援助申请')
    await list.tap('人民调解')
    await list.waitForText(mediation.ticket, '邻里纠纷 · 待受理', '卡龙镇')
    expectWithinSetDataLimit(list, 'seed')

    const page = await f.mp.open(`/staff/pages/application/index?id=${mediation.id}`)
    await page.waitForText(mediation.ticket, '待受理', '卡龙镇人民调解委员会', '李四')
    await page.tap('受理')
    await page.waitForText('调解中', '由我处理', '记录结果')
    await page.tap('记录结果')
    await page.tap(mediationOutcomeOf('succeeded').label)
    await page.waitForText('群众会看到', '人民调解法第三十三条')
    await page.type('结果说明', '双方同意重新划界，邻居拆掉占地的围墙。')
    await page.tap('确认记录')
    await page.waitUntil(() => !page.text().includes('确认记录') && page.text().includes('双方同意重新划界'), 'recorded the outcome')
    expectWithinSetDataLimit(page, 'seed')
  })

  it('an admin sees what each member handles and opens a member’s townships to set them', async () => {
    f.cloud.actAs(ADMIN.openid)
    const admin = await f.mp.open('/staff/pages/admin/index')
    await admin.waitForText('卡龙镇小杨', '申请：卡龙镇的人民调解', '申请：法律援助申请、所有乡镇的人民调解', '调解乡镇')
    await admin.tap('调解乡镇')
    await admin.waitForText('保存乡镇', '芦花镇')
    expectWithinSetDataLimit(admin, 'seed')
  })

  it(`the 申请 list at ${MANY} applications: 20 at a time, no setData grows with the data`, async () => {
    await f.temp.store.unitOfWork(async (uow) => {
      for (let i = 0; i < MANY; i += 1) await uow.insertApplication(storedAid(`load-aid-${String(i).padStart(5, '0')}`))
    })
    f.cloud.actAs(CENTRE_LAWYER.openid)
    const list = await f.mp.open('/staff/pages/applications/index')
    await list.waitForText(`共 ${MANY + 1} 件`, '再看 20 件')
    expect(list.textsOf('staff-item')).toHaveLength(20)
    // Opening loads the list once (its first show does not load it again).
    expect(f.mp.callsOf('cloud.callFunction').filter((c) => (c as { data: { action: string } }).data.action === 'queue')).toHaveLength(1)
    expectWithinSetDataLimit(list, `${MANY} applications`)
    const firstScreen = list.largestSetData()
    const sent = list.setDataBytes.length
    await list.tap('再看 20 件')
    await list.waitUntil(() => list.textsOf('staff-item').length === 40, 'showed a second page')
    expect(Math.max(...list.setDataBytes.slice(sent))).toBeLessThanOrEqual(firstScreen * 1.25)
    expectWithinSetDataLimit(list, `${MANY} applications, 2 pages`)
  })
})

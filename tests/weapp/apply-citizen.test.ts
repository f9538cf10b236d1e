/**
 * The citizen's applications on the WeChat build: the legal-aid wizard's seven steps to a
 * ticket, the mediation form routed to its township's committee, 我的申请, the application page
 * with staff's request for materials, and the wizard started from a consultation. Runs
 * dist/weapp in WeChat's component simulator with a recording `wx`; the cloud is the real
 * functions on a temporary SQLite store. WeChat's real runtime is not involved.
 */
import { expectWithinSetDataLimit } from './harness/checks'
import { CITIZEN, startMiniProgram, stopMiniProgram, type Fixture } from './harness/fixture'
import { aidForm, CENTRE_LAWYER } from '../helpers/apply'
import { bookingForm } from '../helpers/consult'

let f: Fixture

const call = async <T>(openid: string, fn: string, action: string, payload: object): Promise<T> => {
  f.cloud.actAs(openid)
  const answer = (await f.cloud.callFunction(fn, { action, payload })) as { ok: boolean; data: T }
  f.cloud.actAs(CITIZEN)
  if (!answer.ok) throw new Error(JSON.stringify(answer))
  return answer.data
}

beforeAll(async () => {
  f = await startMiniProgram()
  await f.temp.store.staff.upsert(CENTRE_LAWYER)
})
afterAll(() => stopMiniProgram(f))
afterEach(async () => {
  await f.mp.closeAll()
  f.mp.clearCalls()
})

describe('applications on the weapp build (simulator and stand-in wx; WeChat runtime not involved)', () => {
  it('home offers 申请法律援助, 申请人民调解 and 我的申请', async () => {
    const home = await f.mp.open('/pages/home/index')
    const targets = { 申请法律援助: '/apply/pages/aid/index', 申请人民调解: '/apply/pages/mediation/index', 我的申请: '/apply/pages/mine/index' }
    for (const [text, url] of Object.entries(targets)) {
      await home.tap(text)
      await f.mp.waitForCall('navigateTo', { url })
    }
  })

  it('applies for legal aid in seven steps, the exemption said first for wages, and opens the application', async () => {
    const wizard = await f.mp.open('/apply/pages/aid/index')
    await wizard.waitForText('第 1 / 7 步', '谁申请？')
    await wizard.tap('下一步')
    await wizard.waitForText('请填写姓名', '请填写 11 位手机号')
    await wizard.type('姓名', '杨阿姐')
    await wizard.type('手机号', '13800138000')
    await wizard.change('家乡在哪个乡镇', { value: 0 })
    await wizard.tap('下一步')
    await wizard.waitForText('第 2 / 7 步', '刑事案件（家人被抓、被起诉）')
    await wizard.tap('要工钱、确认劳动关系')
    await wizard.type('简单说说事情经过', '在成都工地干了三个月，老板一直不发工资。')
    await wizard.tap('下一步')
    await wizard.waitForText('外出打工讨工钱、要工伤赔偿，不用查经济困难', '法律援助法第四十二条')
    const text = wizard.text()
    expect(text.indexOf('第四十二条）。')).toBeLessThan(text.indexOf('说说家里的经济情况'))
    await wizard.tap('我是外出务工人员，要工钱或工伤赔偿（第四十二条第三项）')
    await wizard.tap('下一步')
    await wizard.waitForText('个人诚信承诺')
    await wizard.tap('我已阅读，我承诺以上说的都是真的')
    await wizard.tap('下一步')
    await wizard.waitForText('请准备这些材料', '添加照片', '添加PDF')
    await wizard.tap('下一步')
    await wizard.waitForText('您的事情着急吗？')
    await wizard.tap('下一步')
    await wizard.waitForText('确认提交', '138****8000', '要工钱、确认劳动关系（法律援助法第三十一条第五项）')
    await wizard.tap('我已阅读，同意按上面的说明处理我的个人信息（包括敏感信息）')
    await wizard.tap('提交申请')
    expectWithinSetDataLimit(wizard)

    const redirect = await f.mp.waitForCall('redirectTo')
    expect(String(redirect.url)).toMatch(/^\/apply\/pages\/detail\/index\?id=/)
    const detail = await f.mp.follow()
    await detail.waitForText('法律援助申请 · HSY-', '办理步骤', '1. 收到 · ✓ 已完成', '审查期限：', '让家人查进度')
    expectWithinSetDataLimit(detail)
  })

  it('asks for mediation, naming the committee of the township where it happened', async () => {
    const form = await f.mp.open('/apply/pages/mediation/index')
    await form.waitForText('人民调解不收任何费用', '是什么纠纷？')
    await form.tap('邻里纠纷')
    await form.change('事情发生在哪个乡镇', { value: 1 })
    await form.waitForText('由卡龙镇人民调解委员会负责调解。')
    await form.type('说说发生了什么', '邻居盖房占了我家的路，商量了几次都不行。')
    await form.type('姓名', '杨阿姐')
    await form.type('手机号', '13800138000')
    await form.change('家乡在哪个乡镇', { value: 0 })
    await form.tap('我已阅读，同意按上面的说明处理我的个人信息（包括敏感信息）')
    await form.tap('提交调解申请')
    expectWithinSetDataLimit(form)
    await f.mp.waitForCall('redirectTo')
    const detail = await f.mp.follow()
    await detail.waitForText('人民调解申请 · HST-', '由卡龙镇人民调解委员会负责调解。', '1. 提交 · ✓ 已完成')
  })

  it('lists the applications in 我的申请 and shows staff’s request for materials first on the application', async () => {
    const created = await call<{ id: string; ticket: string }>(CITIZEN, 'apply', 'createAid', aidForm())
    await call(CENTRE_LAWYER.openid, 'apply', 'claim', { id: created.id })
    await call(CENTRE_LAWYER.openid, 'apply', 'requestMaterials', { id: created.id, text: '请补充工资条或转账记录的照片' })

    const mine = await f.mp.open('/apply/pages/mine/index')
    await mine.waitForText(created.ticket, '法律援助 · HSY-', '人民调解 · HST-')
    expectWithinSetDataLimit(mine)
    await mine.tap(created.ticket)
    const detail = await f.mp.follow()
    await detail.waitForText('工作人员请您补充材料', '请补充工资条或转账记录的照片', '（还有 15 天）补充', '补充材料')
    await detail.tap('补充材料')
    await detail.waitForText('添加照片', '提交补充的材料')
    expectWithinSetDataLimit(detail)
  })

  it('starts the wizard from a consultation with its facts carried over', async () => {
    const booked = await call<{ id: string }>(CITIZEN, 'consult', 'create', bookingForm({ channel: 'written', description: '老板拖欠三个月工资，不接电话。' }))
    const consultation = await f.mp.open(`/consult/pages/detail/index?id=${booked.id}`)
    await consultation.tap('帮我申请法律援助')
    await f.mp.waitForCall('navigateTo', { url: `/apply/pages/aid/index?fromConsultationId=${booked.id}` })
    const wizard = await f.mp.follow()
    await wizard.waitForText('已经带入您咨询时填的姓名、电话、乡镇、事情和经过，请核对。')
    await wizard.tap('下一步')
    await wizard.waitForText('✓ 要工钱、确认劳动关系')
    expectWithinSetDataLimit(wizard)
  })
})

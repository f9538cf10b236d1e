/**
 * The staff workbench end to end, in Chromium on the h5 build and the real local cloud, with
 * three people in three browsers: a citizen's written question is claimed by a staff member,
 * who asks for more; the citizen answers in the thread; the staff member replies and closes
 * it; the citizen reads the answer and rates it; an admin reads that case's audit trail.
 */
import type { Page } from 'playwright-core'
import { signInAs, waitForTaroPage } from '../helpers/browser'
import { bookingForm } from '../helpers/consult'
import { e2eSession } from '../helpers/e2e-session'

const button = (page: Page, text: string | RegExp) => page.locator('taro-button-core', { hasText: text })
/** A button of the case page's 处理 card (the queue page stays in the DOM behind it). */
const action = (page: Page, text: string) => page.locator('.staff-actions taro-button-core', { hasText: new RegExp(`^${text}$`) })
const field = (page: Page, label: string) => page.getByLabel(label, { exact: true }).locator('input, textarea')

describe('the staff workbench in the browser', () => {
  const session = e2eSession({ rateLimit: { windowMs: 10_000, max: 1000 } })

  /** Each person in a browser of their own, signed in on the 切换身份 screen. */
  const person = async (persona: '群众' | '工作人员' | '管理员', name: string): Promise<Page> => {
    const page = await session.open()
    await signInAs(page, persona, name)
    return page
  }

  it('claim → ask → the citizen answers → reply → close → the citizen rates → the admin reads the audit trail', async () => {
    const stamp = String(Date.now()).slice(-6)
    const citizenName = `王五${stamp}`
    const lawyerName = `李律师${stamp}`
    const question = '请问老板的公司叫什么名字？工地在哪个区？'
    const citizenAnswer = '公司叫某某建筑劳务公司，工地在成都市郫都区。'
    const staffAnswer = '可以先向郫都区劳动保障监察大队投诉，我们也可以帮您申请法律援助。'

    // The citizen's written question, sent as the app sends it, with the citizen's own sign-in.
    const login = await session.cloud.post('/api/_local/login', { persona: 'citizen', name: citizenName })
    const booked = await session.cloud.post('/api/consult', { action: 'create', payload: bookingForm({ channel: 'written' }) }, login.body.data.token)
    expect(booked.body.ok).toBe(true)
    const ticket: string = booked.body.data.ticket

    // The lawyer finds it in the queue: masked phone, the time left in words, and opens it.
    const lawyer = await person('工作人员', lawyerName)
    await lawyer.goto(`${session.cloud.url}/#/staff/pages/index/index`)
    await lawyer.getByText(`您好，${lawyerName}`).waitFor()
    const item = lawyer.locator('.staff-item', { hasText: ticket })
    await item.waitFor()
    expect(await item.textContent()).toContain('138****8000')
    expect(await item.locator('.staff-tag').allTextContents()).toEqual(expect.arrayContaining([expect.stringMatching(/^(按时|快到期|已超时)$/)]))
    await item.click()
    await waitForTaroPage(lawyer, '/staff/pages/case')
    await lawyer.locator('.staff-case-status', { hasText: '排队中' }).waitFor()
    await lawyer.locator('.staff-phone', { hasText: '138****8000' }).waitFor()

    // Claiming shows the full phone number; then a question to the citizen.
    await action(lawyer, '领取').click()
    await lawyer.locator('.staff-case-status', { hasText: '处理中' }).waitFor()
    await lawyer.getByText('由我处理').waitFor()
    await lawyer.locator('.staff-phone', { hasText: '13800138000' }).waitFor()
    await action(lawyer, '请补充').click()
    await field(lawyer, '请群众补充什么').fill(question)
    await action(lawyer, '发送').click()
    await lawyer.locator('.staff-case-status', { hasText: '等群众补充' }).waitFor()
    await lawyer.locator('.staff-thread').getByText(question).waitFor()

    // The citizen sees 需要您补充 in 我的咨询 and answers in the thread.
    const citizen = await person('群众', citizenName)
    await citizen.goto(`${session.cloud.url}/#/consult/pages/mine/index`)
    const mine = citizen.locator('.mine-item', { hasText: ticket })
    await mine.getByText(/需要您补充/).waitFor()
    await mine.click()
    await waitForTaroPage(citizen, '/consult/pages/detail')
    await citizen.locator('.case-status', { hasText: '需要您补充' }).waitFor()
    await citizen.locator('.thread').getByText(question).waitFor()
    await field(citizen, '回复工作人员的问题').fill(citizenAnswer)
    await button(citizen, /^发送$/).click()
    await citizen.locator('.thread').getByText(citizenAnswer).waitFor()

    // The lawyer sees the answer, replies with a tip attached, and closes the case.
    await lawyer.reload()
    await lawyer.locator('.staff-thread').getByText(citizenAnswer).waitFor()
    await lawyer.locator('.staff-case-status', { hasText: '处理中' }).waitFor()
    await action(lawyer, '答复').click()
    await field(lawyer, '答复内容').fill(staffAnswer)
    await lawyer.locator('.staff-tip-picker [role=checkbox]').first().click()
    await lawyer.getByText('已选 1 条', { exact: false }).waitFor()
    await action(lawyer, '发送答复').click()
    await lawyer.locator('.staff-case-status', { hasText: '已答复' }).waitFor()
    await lawyer.getByText('已附小贴士 1 条').waitFor()
    await action(lawyer, '结案').click()
    await lawyer.locator('[role=radio]', { hasText: '已解答' }).click()
    await action(lawyer, '确认结案').click()
    await lawyer.locator('.staff-case-status', { hasText: '已结束' }).waitFor()
    await lawyer.getByText('结果：已解答').waitFor()

    // The citizen reads the answer and rates it.
    await citizen.reload()
    await citizen.locator('.case-status', { hasText: '已结束' }).waitFor()
    await citizen.locator('.thread .from-staff', { hasText: staffAnswer }).waitFor()
    await citizen.getByLabel('5 星').click()
    await button(citizen, '提交评价').click()
    await citizen.getByText('您的评价：★★★★★').waitFor()

    // The tip attached to the answer is a link, and opens.
    await citizen.locator('.thread .tip-mention').first().click()
    await waitForTaroPage(citizen, '/tips/pages/detail')

    // The admin reads that case's audit trail: the lawyer's views and every action.
    const admin = await person('管理员', `赵管理${stamp}`)
    await admin.goto(`${session.cloud.url}/#/staff/pages/index/index`)
    await admin.getByText('管理（邀请、人员、记录、统计）').click()
    await waitForTaroPage(admin, '/staff/pages/admin')
    await admin.getByText('查看操作记录', { exact: true }).click()
    await waitForTaroPage(admin, '/staff/pages/audit')
    await admin.getByLabel(`只看案件 ${ticket}`).first().click()
    await admin.getByText(`只看案件 ${ticket}`).waitFor()
    const entries = admin.locator('.staff-audit-entry')
    await entries.first().waitFor()
    const lines = (await entries.allTextContents()).join('\n')
    for (const action of ['查看案件', '领取', '请群众补充', '答复', '结案']) expect(lines).toContain(`${lawyerName} · ${action}`)
  })
})

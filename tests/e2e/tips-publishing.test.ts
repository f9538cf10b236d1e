/** An admin writes a tip in the app as a draft, publishes it, and a citizen then finds it. */
import { goInApp, signInAs, waitForTaroPage } from '../helpers/browser'
import { e2eSession } from '../helpers/e2e-session'

describe('publishing a tip in the browser', () => {
  const session = e2eSession()

  it('keeps a draft from citizens until the admin publishes it', async () => {
    const page = await session.open()
    await signInAs(page, '管理员', '管理员丙')
    await goInApp(page, '/staff/pages/tips/index')
    await page.locator('taro-button-core', { hasText: '写一条新的' }).click()
    await waitForTaroPage(page, '/staff/pages/tip-edit')

    const field = (label: string) => page.getByLabel(label, { exact: true }).locator('input, textarea')
    await field('编号（小写字母、数字和“-”）').fill('fraud-fake-relief-fund')
    await page.getByLabel('防诈骗', { exact: true }).click()
    await field('标题').fill('冒充政府发补贴，是骗局')
    await field('一句话摘要').fill('政府发补贴不会让你先交钱。')
    await field('正文（分段请换行）').fill('有人打电话说可以领取务工补贴，要先交手续费或提供银行卡验证码，这是诈骗。'.repeat(5))
    await field('法律依据（每行一条，如《中华人民共和国劳动合同法》第十条）').fill('民法典第一条')
    await page.locator('taro-button-core', { hasText: '保存' }).click()
    await page.getByRole('alert').getByText('这一行看不懂：“民法典第一条”，请写成《法律名称》第X条').waitFor()

    await field('法律依据（每行一条，如《中华人民共和国劳动合同法》第十条）').fill('《中华人民共和国刑法》第二百六十六条')
    await field('关键词（用逗号隔开）').fill('补贴，诈骗')
    await page.locator('taro-button-core', { hasText: '保存' }).click()
    await waitForTaroPage(page, '/staff/pages/tips')
    const card = page.locator('.staff-tip', { hasText: '冒充政府发补贴，是骗局' })
    await card.getByText(/草稿（群众看不到）/).waitFor()

    const search = async () =>
      (await session.cloud.post('/api/tips', { action: 'list', payload: { keyword: '补贴' } })).body.data.items.map((t: { id: string }) => t.id)
    expect(await search()).not.toContain('fraud-fake-relief-fund')

    await card.locator('taro-button-core', { hasText: '发布' }).click()
    await card.getByText(/已发布/).waitFor()
    expect(await search()).toContain('fraud-fake-relief-fund')
  })
})

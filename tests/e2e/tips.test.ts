/**
 * End to end in Chromium on the h5 build, served by the real local cloud on a seeded SQLite
 * store: a citizen reads legal tips, searches, switches on elderly mode, and reads offline.
 */
import type { BrowserContext, Page } from 'playwright-core'
import { goInApp, waitForTaroPage } from '../helpers/browser'
import { e2eSession, snap } from '../helpers/e2e-session'

describe('legal tips in the browser', () => {
  const session = e2eSession()
  let context: BrowserContext
  let page: Page

  beforeEach(async () => {
    page = await session.open()
    context = session.context
  })

  it('goes from the home page to a category, a tip with its legal basis, and a search', async () => {
    await page.locator('.home-header').getByText('黑水县公共法律服务').waitFor()
    for (const entry of ['预约法律咨询', '找驻外法律服务站', '普法小贴士', '我的咨询']) await page.getByText(entry, { exact: true }).waitFor()
    await page.getByText(/月主题：/).waitFor()
    await snap(page, 'home')

    await page.getByText('普法小贴士', { exact: true }).click()
    await page.getByText('欠薪与劳动', { exact: true }).click()
    await page.getByText(/^共 \d+ 条$/).waitFor()
    const firstTip = page.locator('.tip-item .text-title').first()
    const title = await firstTip.textContent()
    await firstTip.click()

    await page.locator('.tip-title', { hasText: title ?? '' }).waitFor()
    await page.getByText('法律依据').waitFor()
    await page
      .getByText(/^《中华人民共和国.+》第.+条$/)
      .first()
      .waitFor()
    await waitForTaroPage(page, '/tips/pages/detail')
    await snap(page, 'tip')

    await goInApp(page, '/tips/pages/index/index')
    await page.getByLabel('搜索普法小贴士').locator('input').fill('工资')
    await page.locator('taro-button-core', { hasText: '搜索' }).click()
    await page.getByText('“工资”的搜索结果').waitFor()
    expect(await page.locator('.tip-item').count()).toBeGreaterThan(0)
  })

  it('shows the form error for an empty search, without leaving the page', async () => {
    await page.getByText('普法小贴士', { exact: true }).click()
    await page.locator('taro-button-core', { hasText: '搜索' }).click()
    await page.getByRole('alert').getByText('请输入要找的词').waitFor()
    expect(page.url()).toContain('/tips/pages/index/index')
  })

  it('makes text at least 18 px and buttons at least 60 px high in elderly mode, and remembers it', async () => {
    const switchLabel = page.locator('.elderly-switch taro-text-core').first()
    const fontPx = async () => parseFloat(await switchLabel.evaluate((el) => getComputedStyle(el).fontSize))
    const smallestTextPx = () =>
      page.evaluate(() => Math.min(...[...document.querySelectorAll('.page taro-text-core')].map((el) => parseFloat(getComputedStyle(el).fontSize))))
    const callButtonHeight = () => page.locator('.hotline taro-button-core').evaluate((el) => el.getBoundingClientRect().height)

    await page.getByText(/月主题：/).waitFor()
    expect(await fontPx()).toBeLessThan(18)
    expect(await smallestTextPx()).toBeLessThan(18)

    await page.locator('.elderly-switch input[type=checkbox]').click()
    await page.locator('.page.elderly').waitFor()
    expect(await smallestTextPx()).toBeGreaterThanOrEqual(18)
    expect(await callButtonHeight()).toBeGreaterThanOrEqual(60)

    await page.reload()
    await page.locator('.page.elderly').waitFor()
    expect(await fontPx()).toBeGreaterThanOrEqual(18)
  })

  it('shows a tip read before when the network is gone, with the time it was saved', async () => {
    await page.getByText('普法小贴士', { exact: true }).click()
    await page.getByText('防诈骗', { exact: true }).click()
    const firstTip = page.locator('.tip-item .text-title').first()
    const title = (await firstTip.textContent()) ?? ''
    await firstTip.click()
    await waitForTaroPage(page, '/tips/pages/detail')
    const tipRoute = new URL(page.url()).hash.slice(1)

    await context.setOffline(true)
    await goInApp(page, '/tips/pages/index/index')
    await goInApp(page, tipRoute)
    await page.locator('.tip-title', { hasText: title }).waitFor()
    await page.getByText(/没有网络，显示的是 \d+月\d+日 \d\d:\d\d 保存的内容/).waitFor()
  })

  it('answers a bad API request with the error envelope and 400', async () => {
    const response = await page.request.post(`${session.cloud.url}/api/tips`, { data: { action: 'list', payload: { category: 'gambling' } } })
    expect(response.status()).toBe(400)
    expect(await response.json()).toEqual({
      ok: false,
      error: { code: 'INPUT.INVALID', message: '填写的内容有问题，请按提示修改', issues: [{ path: 'category', message: '没有这个分类' }] }
    })
  })
})

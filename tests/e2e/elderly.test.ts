/**
 * 长辈模式 in Chromium on the h5 build, measured by computed sizes: switches keep their size
 * beside long questions, a question's words flip its switch, the date picker's words and its
 * 确定 / 取消 are full size, and the browser build lets people zoom and go back. (Every page in
 * 长辈模式, also at 1.4× font scale, is measured by walk.test.ts.)
 */
import type { Page } from 'playwright-core'
import { axeFindings } from '../helpers/axe'
import { waitForTaroPage } from '../helpers/browser'
import { e2eSession } from '../helpers/e2e-session'
import { ELDERLY_MIN_TAP_PX, ELDERLY_MIN_TEXT_PX } from '../helpers/sizes'

const box = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((els) =>
    els
      .filter((el) => el.getBoundingClientRect().width > 0)
      .map((el) => {
        const r = el.getBoundingClientRect()
        return { width: Math.round(r.width), height: Math.round(r.height), fontPx: parseFloat(getComputedStyle(el).fontSize) }
      })
  )

describe('长辈模式 in the browser', () => {
  const session = e2eSession({ rateLimit: { windowMs: 10_000, max: 1000 } })

  /** A phone in 长辈模式 from the start, signed in as an admin when asked. */
  const open = async (options: { admin?: boolean; elderly?: boolean } = {}): Promise<Page> => {
    const page = await session.open()
    const signedIn = options.admin
      ? { ...(await session.cloud.post('/api/_local/login', { persona: 'admin', name: '长辈模式管理员' })).body.data, name: '长辈模式管理员' }
      : null
    await page.context().addInitScript(
      ([session, elderly]) => {
        if (session) localStorage.setItem('local-session', JSON.stringify({ data: session }))
        localStorage.setItem('elderly-mode', JSON.stringify({ data: elderly }))
      },
      [signedIn, options.elderly ?? true] as const
    )
    await page.reload()
    return page
  }

  it('turns on from the words of the question as well as from the switch, once per tap', async () => {
    const page = await open({ elderly: false })
    await page.getByText('长辈模式（字更大）').click()
    await page.locator('.page.elderly').waitFor()
    // The switch itself: one tap, one change (not flipped back by the row).
    await page.locator('.elderly-switch input[type=checkbox]').click()
    await page.locator('.taro_page:visible .page:not(.elderly)').waitFor()
    expect(await page.locator('.elderly-switch input[type=checkbox]').isChecked()).toBe(false)
  })

  it('keeps every switch full size beside long questions (booking quick check, station form)', async () => {
    const page = await open({ admin: true })
    await page.goto(`${session.cloud.url}/#/consult/pages/book/index`)
    await page.locator('.matter', { hasText: '拖欠工资' }).click()
    await page.getByText('第 2 / ').waitFor()
    const quickCheck = await box(page, 'taro-switch-core')
    expect(quickCheck.length).toBeGreaterThan(2)
    for (const s of quickCheck) expect(s).toMatchObject({ width: 84, height: 48 })

    // Tapping the question's words answers it.
    const firstRow = page.locator('.toggle-row').first()
    await firstRow.locator('.toggle-row-label').click()
    expect(await firstRow.locator('input[type=checkbox]').isChecked()).toBe(true)
    await firstRow.locator('.toggle-row-label').click()
    expect(await firstRow.locator('input[type=checkbox]').isChecked()).toBe(false)

    await page.goto(`${session.cloud.url}/#/stations/pages/edit/index`)
    await waitForTaroPage(page, '/stations/pages/edit')
    await page.getByText('信息已核实（不再标“示例”）').waitFor()
    for (const s of await box(page, 'taro-switch-core')) expect(s).toMatchObject({ width: 84, height: 48 })
  })

  it('draws the date picker’s dates and its 确定 / 取消 at full size', async () => {
    const page = await open({ admin: true })
    await page.goto(`${session.cloud.url}/#/staff/pages/stats/index`)
    await waitForTaroPage(page, '/staff/pages/stats')
    await page.getByText('从', { exact: true }).click()
    await page.locator('.weui-picker__action:visible', { hasText: '确定' }).first().waitFor()
    for (const action of await box(page, '.weui-picker__action')) {
      expect(action.height).toBeGreaterThanOrEqual(ELDERLY_MIN_TAP_PX)
      expect(action.fontPx).toBeGreaterThanOrEqual(ELDERLY_MIN_TEXT_PX)
    }
    const items = await box(page, '.weui-picker__item')
    expect(items.length).toBeGreaterThan(0)
    for (const item of items) expect(item.fontPx).toBeGreaterThanOrEqual(ELDERLY_MIN_TEXT_PX)
    expect(await axeFindings(page)).toEqual([])
  })

  it('lets people pinch to zoom, and offers 返回 on every page but home', async () => {
    const page = await open({ elderly: false })
    expect(await page.locator('meta[name=viewport]').getAttribute('content')).not.toMatch(/user-scalable\s*=\s*(no|0)|maximum-scale\s*=\s*1(\.0)?\b/)
    await page.getByText('预约法律咨询').waitFor()
    expect(await page.locator('.page-back').count()).toBe(0)

    await page.getByText('找驻外法律服务站', { exact: true }).click()
    await waitForTaroPage(page, '/stations/pages/index')
    await page.locator('.taro_page:visible .page-back').click()
    await waitForTaroPage(page, '/pages/home')

    // Opened straight from a link, 返回 leads home.
    await page.goto(`${session.cloud.url}/#/tips/pages/index/index`)
    await page.reload()
    await waitForTaroPage(page, '/tips/pages/index')
    await page.locator('.taro_page:visible .page-back', { hasText: '返回' }).click()
    await waitForTaroPage(page, '/pages/home')
  })
})

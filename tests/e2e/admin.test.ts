/**
 * The admin's path and the small faults, in Chromium on the h5 build and the real local cloud:
 * station management reached from 管理 (the way WeChat has, with no browser sign-in), station
 * edits in the audit trail in words, the statistics file with one BOM, and line breaks that
 * leave no lone character or split badge.
 */
import fs from 'node:fs'
import type { Locator, Page } from 'playwright-core'
import { axeFindings } from '../helpers/axe'
import { waitForTaroPage } from '../helpers/browser'
import { e2eSession } from '../helpers/e2e-session'

/** Characters per drawn line of an element's text (measured glyph by glyph). */
const charsPerLine = (locator: Locator): Promise<number[]> =>
  locator.evaluate((el) => {
    const lines = new Map<number, number>()
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? ''
      for (let i = 0; i < text.length; i += 1) {
        if (!text[i].trim()) continue
        const range = document.createRange()
        range.setStart(node, i)
        range.setEnd(node, i + 1)
        const box = range.getBoundingClientRect()
        const top = [...lines.keys()].find((t) => Math.abs(t - box.top) < box.height / 2) ?? box.top
        lines.set(top, (lines.get(top) ?? 0) + 1)
      }
    }
    return [...lines.entries()].sort(([a], [b]) => a - b).map(([, count]) => count)
  })

describe('the admin’s path and the small faults in the browser', () => {
  const session = e2eSession({ rateLimit: { windowMs: 10_000, max: 1000 } })

  const openAs = async (options: { admin?: string; elderly?: boolean } = {}): Promise<Page> => {
    const page = await session.open({ acceptDownloads: true })
    const signedIn = options.admin
      ? { ...(await session.cloud.post('/api/_local/login', { persona: 'admin', name: options.admin })).body.data, name: options.admin }
      : null
    await page.context().addInitScript(
      ([session, elderly]) => {
        if (session) localStorage.setItem('local-session', JSON.stringify({ data: session }))
        localStorage.setItem('elderly-mode', JSON.stringify({ data: elderly }))
      },
      [signedIn, options.elderly ?? false] as const
    )
    await page.reload()
    return page
  }

  it.each([
    ['normal', false],
    ['长辈模式', true]
  ])('leaves no character alone on a line in the home cards, and keeps 示例 on one line (%s)', async (_mode, elderly) => {
    const page = await openAs({ elderly })
    const titles = page.locator('.home-entry .text-title')
    await titles.first().waitFor()
    for (const title of await titles.all()) {
      const lines = await charsPerLine(title)
      expect({ title: await title.textContent(), lonely: lines.some((n) => n === 1) && lines.length > 1 }).toMatchObject({ lonely: false })
    }
    await page.getByText('找驻外法律服务站', { exact: true }).click()
    await waitForTaroPage(page, '/stations/pages/index')
    const badges = page.locator('.station-card .badge-sample')
    await badges.first().waitFor()
    for (const badge of await badges.all()) expect(await charsPerLine(badge)).toEqual([2])
  })

  it('reaches station management from 管理, and finds the edit in the audit trail in words, not codes', async () => {
    const page = await openAs({ admin: '站点管理员' })
    await page.goto(`${session.cloud.url}/#/staff/pages/index/index`)
    await page.getByText('管理（邀请、人员、记录、统计）').click()
    await waitForTaroPage(page, '/staff/pages/admin')
    await page.getByText('服务站点管理', { exact: true }).click()
    await waitForTaroPage(page, '/stations/pages/admin')
    expect(await page.locator('.taro_page:visible').textContent()).not.toMatch(/npm|import:points|\.csv/)

    const item = page.locator('.station-admin-item', { hasText: '黑水县驻成都公共法律服务工作站' })
    await item.locator('taro-button-core', { hasText: '编辑' }).click()
    await waitForTaroPage(page, '/stations/pages/edit')
    await page.getByLabel('地址', { exact: true }).locator('input').fill('成都市某区某路 1 号')
    await page.locator('taro-button-core', { hasText: '保存' }).click()
    await waitForTaroPage(page, '/stations/pages/admin')

    await page.goto(`${session.cloud.url}/#/staff/pages/audit/index`)
    await waitForTaroPage(page, '/staff/pages/audit')
    const entry = page.locator('.staff-audit-entry').first()
    await entry.getByText('站点管理员 · 修改服务站点').waitFor()
    await entry.getByText('黑水县驻成都公共法律服务工作站').waitFor()
    const trail = (await page.locator('.staff-audit').textContent()) ?? ''
    expect(trail).not.toMatch(/[a-z]+\.[a-z]+|chengdu-station|local_[0-9a-f]+/)
  })

  it('asks for a missing citation in words, and takes each red message away as soon as its field is changed', async () => {
    const page = await openAs({ admin: '小贴士管理员' })
    await page.goto(`${session.cloud.url}/#/staff/pages/tip-edit/index`)
    await waitForTaroPage(page, '/staff/pages/tip-edit')
    await page.locator('taro-button-core', { hasText: '保存' }).click()
    await page.getByRole('alert').getByText('请至少写一条法律依据，比如：《中华人民共和国劳动合同法》第三十条').waitFor()
    expect(await page.locator('.taro_page:visible').textContent()).not.toContain('不能小于')
    const titleError = page.locator('.field', { hasText: '标题' }).getByRole('alert')
    await titleError.waitFor()
    await page.getByLabel('标题', { exact: true }).locator('input').fill('春节返乡防骗')
    await titleError.waitFor({ state: 'detached' })
    // The other fields' messages stay until they are changed too.
    await page
      .getByRole('alert')
      .getByText(/法律依据/)
      .waitFor()
    expect(await axeFindings(page)).toEqual([])
  })

  it('downloads the statistics as a CSV that starts with exactly one BOM', async () => {
    const page = await openAs({ admin: '统计管理员' })
    await page.goto(`${session.cloud.url}/#/staff/pages/stats/index`)
    await waitForTaroPage(page, '/staff/pages/stats')
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('taro-button-core', { hasText: /导出/ }).first().click()])
    const bytes = fs.readFileSync((await download.path())!)
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect([...bytes.subarray(3, 6)]).not.toEqual([0xef, 0xbb, 0xbf])
  })
})

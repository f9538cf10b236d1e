/**
 * End to end in Chromium on the h5 build, served by the real local cloud on a seeded SQLite
 * store: a migrant worker finds the nearest station by the browser's position, by picking a
 * city when location is refused, sees the help that is near when no station is, and still
 * sees the list with no network.
 */
import type { BrowserContext, BrowserContextOptions, Page } from 'playwright-core'
import { axeFindings } from '../helpers/axe'
import { goInApp, signInAs, waitForTaroPage } from '../helpers/browser'
import { e2eSession, snap as snapPage } from '../helpers/e2e-session'

const snap = (page: Page, name: string) => snapPage(page, name, true)

/** Near the Guang'an station (the browser answers WGS-84; the app shifts it to GCJ-02). */
const GUANGAN = { latitude: 30.4594, longitude: 106.6301 }
/** Ürümqi: 2,000 km from every station. */
const URUMQI = { latitude: 43.8256, longitude: 87.6168 }

describe('finding a legal service station in the browser', () => {
  const session = e2eSession({ rateLimit: { windowMs: 10_000, max: 1000 } })
  let context: BrowserContext
  let page: Page

  const open = async (options: BrowserContextOptions = {}) => {
    page = await session.open(options)
    context = session.context
    await page.getByText('找驻外法律服务站', { exact: true }).click()
    await waitForTaroPage(page, '/stations/pages/index')
  }
  const cards = () => page.locator('.station-card')

  it('with location allowed, lists the Guang’an station first with its distance, and opens its detail', async () => {
    await open({ geolocation: GUANGAN, permissions: ['geolocation'] })
    await page.getByText('按离您的远近排好了').waitFor()
    const first = cards().first()
    await first.locator('.station-name', { hasText: '黑水县驻广安公共法律服务工作站' }).waitFor()
    expect(await first.locator('.station-distance').textContent()).toMatch(/^\d+ 米$|^\d+(\.\d)? 公里$/)
    expect(await first.locator('.badge-sample').textContent()).toBe('示例')
    expect(await first.locator('.station-status').textContent()).toMatch(/^(营业中|已休息|.+放假|今天休息)$/)
    await expect(page.locator('.station-nothing-near').count()).resolves.toBe(0)
    await snap(page, 'stations-nearest')

    await first.click()
    await waitForTaroPage(page, '/stations/pages/detail')
    await page.locator('.station-detail .station-name', { hasText: '黑水县驻广安公共法律服务工作站' }).waitFor()
    await page.getByText('周一', { exact: true }).waitFor()
    await page.getByText('周日', { exact: true }).waitFor()
    await page.getByText('✓ 官方核实').first().waitFor()
    await page
      .locator('.station-detail')
      .getByText(/讨薪维权/)
      .waitFor()
    await page.locator('taro-button-core', { hasText: '在这里预约' }).waitFor()
    await page.locator('taro-button-core', { hasText: '导航过去' }).waitFor()
    // The h5 build loads no map tiles.
    expect(await page.locator('taro-map-core, .station-map').count()).toBe(0)
    await snap(page, 'stations-detail')
  })

  it('with location refused, says so, offers the city picker, and sorts by the chosen city', async () => {
    await open()
    await page.locator('taro-button-core', { hasText: '用我的位置找最近的' }).click()
    await page
      .getByRole('alert')
      .getByText(/没有得到定位的许可|暂时没能定位/)
      .waitFor()
    await page.getByText('浙江省', { exact: true }).click()
    await page.getByText('嘉兴市桐乡市', { exact: true }).click()
    await page.getByText('按离嘉兴市桐乡市的远近排好了').waitFor()
    const first = cards().first()
    await first.locator('.station-name', { hasText: '黑水县驻桐乡公共法律服务工作站' }).waitFor()
    expect(await first.locator('.station-distance').textContent()).toBe('在本市')
    expect(await cards().nth(2).locator('.station-distance').textContent()).toMatch(/^离嘉兴市桐乡市约 \d+ 公里$/)
    await snap(page, 'stations-city-picked')

    // Search by name or city, and filter by the help needed.
    await page.getByLabel('按名称或城市搜索站点').locator('input').fill('成都')
    await expect(cards().count()).resolves.toBe(2)
    await page.getByLabel('按名称或城市搜索站点').locator('input').fill('')
    await page.locator('.station-service-filter').getByText('公证转介', { exact: true }).click()
    await cards().first().locator('.station-name', { hasText: '黑水县法律援助中心' }).waitFor()
    expect(await cards().count()).toBe(1)
  })

  it('far from every station, says nothing is near and shows the help that is: that city’s legal-aid centre, the hotline, booking', async () => {
    // The bureau added Ürümqi's legal-aid centre (an admin write through the same cloud).
    const admin = await session.cloud.post('/api/_local/login', { persona: 'admin', name: '管理员甲' })
    const added = await session.cloud.post(
      '/api/points',
      {
        action: 'create',
        payload: {
          id: 'urumqi-legal-aid',
          kind: 'city-legal-aid',
          name: '乌鲁木齐市法律援助中心',
          province: '新疆维吾尔自治区',
          city: '乌鲁木齐市',
          address: '乌鲁木齐市（示例地址）',
          location: { lat: 43.8266, lng: 87.6177 },
          phones: [{ label: '当地12348热线', number: '12348', verified: true }],
          hours: [{ days: [1, 2, 3, 4, 5], open: '10:00', close: '19:00' }],
          closedDates: [],
          services: ['consultation', 'aid-application', 'wage-claim'],
          languages: ['普通话'],
          active: true,
          sample: true
        }
      },
      admin.body.data.token
    )
    expect(added.body.ok).toBe(true)

    await open({ geolocation: URUMQI, permissions: ['geolocation'] })
    const help = page.locator('.station-nothing-near')
    await help.getByText('50 公里内没有驻外法律服务工作站').waitFor()
    await help.getByText(/^离您最近的是黑水县驻.+工作站，约 \d+ 公里。$/).waitFor()
    await help.getByText(/^乌鲁木齐市法律援助中心（.+）$/).waitFor()
    await help.locator('.hotline taro-button-core', { hasText: '拨打 12348' }).waitFor()
    // 12348 said for what it is there: that place's own line, not the county's.
    await help.getByText(/^在您现在所在的城市拨打 12348，接通的是当地的公共法律服务热线（不是黑水县的）/).waitFor()
    await help.locator('taro-button-core', { hasText: '预约电话咨询' }).waitFor()
    await help.locator('taro-button-core', { hasText: '留言咨询' }).waitFor()
    await cards().first().locator('.station-name', { hasText: '乌鲁木齐市法律援助中心' }).waitFor()
    expect(await axeFindings(page)).toEqual([])
    await snap(page, 'stations-nothing-near')

    await help.getByText(/^乌鲁木齐市法律援助中心（/).click()
    await waitForTaroPage(page, '/stations/pages/detail')
    await page.getByText('10:00–19:00').first().waitFor()
  })

  it('still lists the stations with no network, with the time the copy was saved', async () => {
    await open()
    await cards().first().waitFor()

    await context.setOffline(true)
    await goInApp(page, '/pages/home/index')
    await goInApp(page, '/stations/pages/index/index')
    await page.getByText(/没有网络，显示的是 \d+月\d+日 \d\d:\d\d 保存的内容/).waitFor()
    expect(await cards().count()).toBeGreaterThanOrEqual(9)
    await page.getByText(/已存到手机（\d+月\d+日 \d\d:\d\d），没有网络也能看。/).waitFor()
  })

  it('lets an admin add a point in the app, then deactivate it so citizens no longer see it', async () => {
    page = await session.open()
    await signInAs(page, '管理员', '管理员乙')
    await page.goto(`${session.cloud.url}/#/stations/pages/index/index`)
    await page.getByText('管理站点（管理员）').click()
    await waitForTaroPage(page, '/stations/pages/admin')
    await page.locator('taro-button-core', { hasText: '添加站点' }).click()
    await waitForTaroPage(page, '/stations/pages/edit')

    const fill = (label: string, value: string) => page.getByLabel(label, { exact: true }).locator('input').fill(value)
    await fill('名称', '黑水县驻东莞公共法律服务工作站')
    await fill('省', '广东省')
    await fill('市', '东莞市')
    await fill('地址', '东莞市某镇某路 8 号')
    await fill('纬度', '23.0207')
    await fill('经度', '一一三')
    await page.locator('taro-button-core', { hasText: '保存' }).click()
    // Said once, beside the field, in plain words; the summary only points there.
    await page.getByRole('alert').getByText('“一一三”要写成数字，比如 30.6574').waitFor()
    expect(await page.getByText(/一一三/).count()).toBe(1)
    await page.getByRole('alert').getByText('有几处要改，请看红字').waitFor()
    // No pipe codes or map-system names on screen.
    expect(await page.locator('.taro_page:visible').textContent()).not.toMatch(/\||GCJ|npm/)

    // Fixing the field takes its red words away at once.
    await fill('经度', '113.7518')
    await page.getByRole('alert').first().waitFor({ state: 'detached' })
    await page.locator('taro-button-core', { hasText: '保存' }).click()
    await waitForTaroPage(page, '/stations/pages/admin')
    const item = page.locator('.station-admin-item', { hasText: '黑水县驻东莞公共法律服务工作站' })
    await item.getByText(/启用中 · 管理员修改过/).waitFor()
    await item.locator('.badge-sample').waitFor()

    await item.locator('taro-button-core', { hasText: '停用' }).click()
    await page.locator('.taro-model__confirm', { hasText: '停用' }).click()
    await item.getByText(/已停用/).waitFor()
    const listed = await session.cloud.post('/api/points', { action: 'list', payload: {} })
    expect(listed.body.data.items.map((p: { name: string }) => p.name)).not.toContain('黑水县驻东莞公共法律服务工作站')
  })
})

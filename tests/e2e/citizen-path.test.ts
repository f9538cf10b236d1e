/**
 * The citizen's path in Chromium on the local cloud: each booking step refuses to go on until
 * its own fields are right; deadlines come from the facts the citizen gives; an in-person ticket
 * says where to go; a booking made with no network waits as 待发送 and arrives exactly once
 * when the network returns; the confirmation is read aloud.
 */
import Database from 'better-sqlite3'
import type { Page } from 'playwright-core'
import { goInApp, signInAs, waitForTaroPage } from '../helpers/browser'
import { e2eSession, snap } from '../helpers/e2e-session'

const button = (page: Page, text: string) => page.locator('taro-button-core', { hasText: text })
const field = (page: Page, label: string) => page.getByLabel(label, { exact: true }).locator('input, textarea')
const title = (page: Page, text: string) => page.locator('.book-progress', { hasText: text }).waitFor()

/** Taps 确定 on the picker that is open (every picker on the page keeps its own hidden one). */
const confirmPicker = (page: Page) => page.locator('.weui-picker__action', { hasText: '确定' }).filter({ visible: true }).click()

/** Fills 说说您的情况 with what every booking needs. */
const fillAbout = async (page: Page, description: string) => {
  await field(page, '简单说说您的问题').or(field(page, '您的问题（写清楚事情经过和想问什么）')).fill(description)
  await field(page, '姓名').fill('张三')
  await field(page, '手机号').fill('13800138000')
  await page.getByLabel('家乡乡镇').click()
  await confirmPicker(page)
  await field(page, '您现在在哪个城市').fill('成都市')
  await field(page, '事情发生在哪个城市').fill('成都市')
}

const consent = async (page: Page) => {
  await page.getByText('保存多久').waitFor()
  await page.locator('.toggle-row', { hasText: '我已阅读' }).locator('input[type=checkbox]').click()
  await button(page, '下一步').click()
  await page.getByText('核对后提交').waitFor()
}

describe('the citizen path in the browser', () => {
  const session = e2eSession()
  let page: Page

  beforeEach(async () => {
    page = await session.open()
    await signInAs(page, '群众', `李四${Date.now()}`)
  })

  it('will not leave 方式和时间 without a time, and says so beside the times', async () => {
    await page.getByText('预约法律咨询', { exact: true }).click()
    await page.getByText('交通事故', { exact: true }).click()
    await button(page, '跳过').click()
    await page.getByText('电话回电', { exact: true }).click()
    await page.locator('taro-button-core.slot-time').first().waitFor()
    await button(page, '下一步').click()
    await page.locator('.slot-picker').locator('..').getByRole('alert').getByText('请选择一个时间').waitFor()
    await title(page, '想怎样咨询？')

    // Choosing a time clears the red text at once, and the step lets the citizen on.
    await page.locator('taro-button-core.slot-time').filter({ hasNotText: '已约满' }).first().click()
    expect(await page.getByText('请选择一个时间').count()).toBe(0)
    await button(page, '下一步').click()
    await title(page, '说说您的情况')
  })

  it('asks whether the job has ended, picks no date, and shows the deadline with its article', async () => {
    await page.getByText('预约法律咨询', { exact: true }).click()
    await page.getByText('拖欠工资', { exact: true }).click()
    await button(page, '跳过').click()
    await page.getByText('留言咨询', { exact: true }).click()
    await button(page, '下一步').click()
    await fillAbout(page, '在成都工地干了三个月，老板一直不发工资。')
    await field(page, '老板或单位名称').fill('某某建筑劳务公司')
    await expect(page.getByText('点这里选日期').count()).resolves.toBe(1)
    await button(page, '下一步').click()
    await page.getByText('请选择工资应该发的日期').waitFor()
    await page.getByText('请选择这份工作还在不在干').waitFor()

    await page.getByLabel('工资应该哪天发（大概日期就行）：还没选').click()
    await confirmPicker(page)
    await page.getByRole('radio', { name: '还在干' }).click()
    await page.getByRole('radio', { name: '需要说藏语的工作人员' }).click()
    await button(page, '下一步').click()
    await consent(page)
    await page.getByText('需要说藏语的工作人员').waitFor()
    await button(page, '提交预约').click()

    await page.getByText('预约成功').waitFor()
    await page.getByText(/不受一年期限的限制/).waitFor()
    await page.getByText('依据：劳动争议调解仲裁法第二十七条第四款').waitFor()
    await page.getByText(/劳动关系存续期间因拖欠劳动报酬发生争议的/).waitFor()
    expect(await page.getByText(/还剩 \d+ 天/).count()).toBe(0)
  })

  it('tells an in-person visitor where to go: address, phone and 导航, and not to keep the phone on', async () => {
    await page.goto(`${session.cloud.url}/#/consult/pages/book/index?pointId=chengdu-station`)
    await page.getByText('劳动关系', { exact: true }).click()
    await button(page, '跳过').click()
    await page.locator('taro-button-core.slot-time').filter({ hasNotText: '已约满' }).first().click()
    await button(page, '下一步').click()
    await fillAbout(page, '被工地辞退了，也没有签合同，想问问怎么办。')
    await button(page, '下一步').click()
    await consent(page)
    await button(page, '提交预约').click()

    await page.getByText('预约成功').waitFor()
    const place = page.locator('.visit-place')
    await place.getByText(/^地址：/).waitFor()
    await place.locator('taro-button-core', { hasText: '导航过去' }).waitFor()
    await place.getByLabel(/^拨打/).first().waitFor()
    await page.getByText('请按约好的时间到服务站，带上身份证和有关材料').waitFor()
    expect(await page.getByText(/请保持电话畅通/).count()).toBe(0)

    await goInApp(page, '/consult/pages/mine/index')
    await page.locator('.mine-item').getByText('请按约好的时间到服务站，带上身份证和有关材料').waitFor()
    await page
      .locator('.mine-item')
      .getByText(/^地点：/)
      .waitFor()
  })

  it('keeps a booking made with no network as 待发送, and sends it exactly once when the network returns', async () => {
    // Bookings that reached the cloud (a request tried offline fails and is not counted).
    const creates: string[] = []
    page.on('requestfinished', (request) => {
      if (request.url().endsWith('/api/consult') && request.postData()?.includes('"create"')) creates.push(request.postData() ?? '')
    })
    await page.getByText('预约法律咨询', { exact: true }).click()
    await page.getByText('其他 / 不确定', { exact: true }).click()
    await button(page, '跳过').click()
    await page.getByText('留言咨询', { exact: true }).click()
    await button(page, '下一步').click()
    await fillAbout(page, '家里的地被邻居占了一块，想问问怎么办。')
    await button(page, '下一步').click()
    await consent(page)

    // The mountain road: the signal goes just before 提交.
    await session.context.setOffline(true)
    await button(page, '提交预约').click()
    await page.locator('.outbox-kept').getByText('待发送').waitFor()

    // 我的咨询 never opened in this browser, yet it opens offline, says it needs the network and shows what waits.
    await button(page, '回首页').click()
    await waitForTaroPage(page, '/pages/home')
    await page.getByText('我的咨询', { exact: true }).click()
    await waitForTaroPage(page, '/consult/pages/mine')
    await page.getByText('现在没有网络。“我的咨询”要联网才能看到进度和答复。').waitFor()
    await page.locator('.outbox-item').getByText('待发送').waitFor()
    await page.locator('.outbox-item').getByText('预约：其他 / 不确定 · 留言咨询').waitFor()
    await snap(page, 'outbox-pending')
    expect(creates).toEqual([])

    await session.context.setOffline(false)
    // The outbox sends it by itself, and 我的咨询 shows it as soon as it arrives.
    await page.locator('.mine-item').first().waitFor()
    expect(await page.locator('.outbox-item').count()).toBe(0)
    expect(await page.locator('.mine-item').count()).toBe(1)
    const db = new Database(session.cloud.temp.file, { readonly: true })
    const rows = db
      .prepare("SELECT COUNT(*) AS n FROM consultations WHERE json_extract(data, '$.description') = ?")
      .get('家里的地被邻居占了一块，想问问怎么办。') as { n: number }
    db.close()
    expect(rows.n).toBe(1)
    expect(creates.length).toBeGreaterThanOrEqual(1)
    expect(new Set(creates.map((body) => JSON.parse(body).payload.clientRequestId)).size).toBe(1)

    // Sent: the form kept on the phone is gone, the next booking starts empty.
    await goInApp(page, '/consult/pages/book/index')
    await title(page, '遇到了什么问题？')
    expect(await page.getByText('这是您上次没填完的预约，可以接着填。').count()).toBe(0)
  })

  it('keeps a message written with no network on the case page, and adds it once when the network returns', async () => {
    await page.getByText('预约法律咨询', { exact: true }).click()
    await page.getByText('其他 / 不确定', { exact: true }).click()
    await button(page, '跳过').click()
    await page.getByText('留言咨询', { exact: true }).click()
    await button(page, '下一步').click()
    await fillAbout(page, '邻居家的树倒了，压坏了我家的房顶。')
    await button(page, '下一步').click()
    await consent(page)
    await button(page, '提交预约').click()
    await button(page, '查看进度').click()
    await waitForTaroPage(page, '/consult/pages/detail')

    const text = '补充：房顶修好要三千元，有照片。'
    await session.context.setOffline(true)
    await field(page, '补充情况').fill(text)
    await button(page, '发送').click()
    const waiting = page.locator('.thread .outbox-item')
    await waiting.getByText('待发送').waitFor()
    await waiting.getByText(`留言：${text}`).waitFor()
    expect(await field(page, '补充情况').inputValue()).toBe('')

    await session.context.setOffline(false)
    await page.locator('.thread .message', { hasText: text }).waitFor()
    expect(await waiting.count()).toBe(0)
    const db = new Database(session.cloud.temp.file, { readonly: true })
    const rows = db.prepare('SELECT COUNT(*) AS n FROM consultation_messages WHERE text = ?').get(text) as { n: number }
    db.close()
    expect(rows.n).toBe(1)
  })

  it('keeps the form on the phone when the page is closed, until the citizen throws it away', async () => {
    await page.getByText('预约法律咨询', { exact: true }).click()
    await page.getByText('拖欠工资', { exact: true }).click()
    await button(page, '跳过').click()
    await page.getByText('留言咨询', { exact: true }).click()
    await button(page, '下一步').click()
    await field(page, '老板或单位名称').fill('某某建筑劳务公司')

    await page.reload()
    await page.getByText('这是您上次没填完的预约，可以接着填。').waitFor()
    await title(page, '说说您的情况')
    expect(await field(page, '老板或单位名称').inputValue()).toBe('某某建筑劳务公司')

    await button(page, '不要了，重新填').click()
    await title(page, '遇到了什么问题？')
    await page.reload()
    await title(page, '遇到了什么问题？')
    expect(await page.getByText('这是您上次没填完的预约，可以接着填。').count()).toBe(0)
  })

  it('reloads with no network: the app opens from the phone, with the form as it was left', async () => {
    // The service worker has kept the app's files once it controls the page.
    await page.waitForFunction(() => navigator.serviceWorker?.controller !== null && navigator.serviceWorker?.controller !== undefined)
    await page.getByText('预约法律咨询', { exact: true }).click()
    await page.getByText('劳动关系', { exact: true }).click()
    await button(page, '跳过').click()
    await title(page, '想怎样咨询？')

    await session.context.setOffline(true)
    await page.reload()
    await page.getByText('这是您上次没填完的预约，可以接着填。').waitFor()
    await title(page, '想怎样咨询？')
    // The booking can go on offline and wait in the outbox; 我的咨询 opens and says it needs the network.
    await goInApp(page, '/consult/pages/mine/index')
    await page.getByText('现在没有网络。“我的咨询”要联网才能看到进度和答复。').waitFor()
    await session.context.setOffline(false)
  })

  it('shows stations by the language spoken there', async () => {
    await page.getByText('找驻外法律服务站', { exact: true }).click()
    await waitForTaroPage(page, '/stations/pages/index')
    const cards = page.locator('.station-card')
    await cards.first().waitFor()
    const all = await cards.count()
    await page.locator('.station-language-filter').getByRole('radio', { name: '羌语' }).click()
    const cardCount = (n: number) => page.waitForFunction((wanted) => document.querySelectorAll('.station-card').length === wanted, n)
    await cardCount(2)
    await page.locator('.station-card', { hasText: '黑水县法律援助中心' }).waitFor()
    expect(all).toBeGreaterThan(2)
    await page.locator('.station-language-filter').getByRole('radio', { name: '全部语言' }).click()
    await cardCount(all)
  })

  it('reads the confirmation aloud (speechSynthesis replaced by a recording stand-in)', async () => {
    await page.addInitScript(() => {
      const spoken: string[] = []
      // Chromium's speechSynthesis is a getter: replace the property itself.
      const define = (name: string, value: unknown) => Object.defineProperty(window, name, { value, configurable: true, writable: true })
      define('spoken', spoken)
      define('speechSynthesis', { speak: (u: { text: string }) => spoken.push(u.text), cancel: () => undefined })
      define(
        'SpeechSynthesisUtterance',
        class {
          lang = ''
          rate = 1
          constructor(public text: string) {}
        }
      )
    })
    await page.reload()
    await page.getByText('预约法律咨询', { exact: true }).click()
    await page.getByText('其他 / 不确定', { exact: true }).click()
    await button(page, '跳过').click()
    await page.getByText('留言咨询', { exact: true }).click()
    await button(page, '下一步').click()
    await fillAbout(page, '想问问借钱不还怎么办。')
    await button(page, '下一步').click()
    await consent(page)
    await button(page, '提交预约').click()
    await page.getByText('预约成功').waitFor()
    await waitForTaroPage(page, '/consult/pages/done')

    await page.getByLabel('朗读预约结果').click()
    const spoken = (await page.evaluate(() => (window as unknown as { spoken: string[] }).spoken)) as string[]
    expect(spoken).toHaveLength(1)
    expect(spoken[0]).toMatch(/^预约成功。您的咨询编号是 H S - /)
    expect(spoken[0]).toContain('工作人员会写下答复，答复后这里会提醒您')
  })

  it('gives the new questions whole rows to tap in 长辈模式: text at least 18 px, rows at least 60 px high', async () => {
    await page.locator('.elderly-switch input[type=checkbox]').click()
    await page.locator('.page.elderly').waitFor()
    await page.getByText('预约法律咨询', { exact: true }).click()
    await page.getByText('拖欠工资', { exact: true }).click()
    await button(page, '跳过').click()
    await page.getByText('留言咨询', { exact: true }).click()
    await button(page, '下一步').click()
    await title(page, '说说您的情况')
    await page.locator('.page.elderly').last().waitFor()
    const rows = await page.locator('.choice[role=radio]').evaluateAll((els) =>
      els.map((el) => ({
        height: el.getBoundingClientRect().height,
        fontSize: parseFloat(getComputedStyle(el.querySelector('taro-text-core') ?? el).fontSize)
      }))
    )
    expect(rows.length).toBe(5) // 还在干 / 已经不干了, and the three language answers
    for (const row of rows) {
      expect(row.height).toBeGreaterThanOrEqual(60)
      expect(row.fontSize).toBeGreaterThanOrEqual(18)
    }
    await snap(page, 'booking-elderly')
  })
})

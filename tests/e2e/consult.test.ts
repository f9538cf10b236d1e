/**
 * A citizen books a phone callback in the browser on the local cloud, sees the ticket, finds it
 * in 我的咨询 and cancels it — and the place in the slot is free again.
 */
import type { Page } from 'playwright-core'
import { signInAs, waitForTaroPage } from '../helpers/browser'
import { e2eSession, snap } from '../helpers/e2e-session'

const button = (page: Page, text: string) => page.locator('taro-button-core', { hasText: text })
const field = (page: Page, label: string) => page.getByLabel(label).locator('input, textarea')

describe('booking a consultation in the browser', () => {
  const session = e2eSession()
  let page: Page

  beforeEach(async () => {
    page = await session.open()
    await signInAs(page, '群众', `张三${Date.now()}`)
  })

  const bookedIn = async (start: string): Promise<number> => {
    const { body } = await session.cloud.post('/api/consult', { action: 'slots', payload: { channel: 'phone' } })
    return body.data.days.flatMap((d: { slots: Array<{ start: string; booked: number }> }) => d.slots).find((s: { start: string }) => s.start === start).booked
  }

  it('books a phone callback → ticket → 我的咨询 → reschedule → cancel → the place is free again', async () => {
    await page.getByText('预约法律咨询', { exact: true }).click()
    await page.getByText('交通事故', { exact: true }).click()
    await button(page, '跳过').click()
    await page.getByText('电话回电', { exact: true }).click()
    const firstFree = page.locator('taro-button-core.slot-time').filter({ hasNotText: '已约满' }).first()
    const slotLabel = (await firstFree.getAttribute('aria-label')) ?? ''
    // Readable: the primary blue on white, not the disabled look Taro's h5 stylesheet would give it.
    expect(await firstFree.evaluate((el) => getComputedStyle(el).color)).toBe('rgb(11, 92, 173)')
    await firstFree.click()
    await button(page, '下一步').click()

    await field(page, '简单说说您的问题').fill('骑摩托车被小车撞了，对方不肯赔医药费。')
    await field(page, '姓名').fill('张三')
    await field(page, '手机号').fill('13800138000')
    await page.getByLabel('家乡乡镇').click()
    await page.locator('.weui-picker__action', { hasText: '确定' }).click()
    await field(page, '您现在在哪个城市').fill('成都市')
    await field(page, '事情发生在哪个城市').fill('成都市')
    await button(page, '下一步').click()

    await page.getByText('保存多久').waitFor()
    await page.locator('.toggle-row', { hasText: '我已阅读' }).locator('input[type=checkbox]').click()
    await button(page, '下一步').click()
    await page.getByText('核对后提交').waitFor()
    await button(page, '提交预约').click()

    await page.getByText('预约成功').waitFor()
    const ticket = (await page.locator('.ticket').textContent()) ?? ''
    expect(ticket).toMatch(/^HS-\d{8}-\d{4}$/)
    await page.getByText('请提前准备').waitFor()
    await snap(page, 'booked')
    const start = (await session.cloud.post('/api/consult', { action: 'slots', payload: { channel: 'phone' } })).body.data.days
      .flatMap((d: { slots: Array<{ start: string; booked: number }> }) => d.slots)
      .find((s: { booked: number }) => s.booked === 1).start
    expect(slotLabel).toContain(':')
    expect(await bookedIn(start)).toBe(1)

    await page.goto(`${session.cloud.url}/#/consult/pages/mine/index`)
    await page.locator('.mine-item', { hasText: ticket }).click()
    await waitForTaroPage(page, '/consult/pages/detail')
    await page.locator('.case-status', { hasText: '排队中' }).waitFor()

    // Move to another free slot: one atomic move, the old place is freed.
    await button(page, '改时间').click()
    // The next day's first free slot: always another time, whatever the hour the test runs.
    await page.locator('.case-actions .slot-day').nth(1).click()
    const other = page.locator('.case-actions taro-button-core.slot-time').filter({ hasNotText: '已约满' }).first()
    const otherLabel = (await other.getAttribute('aria-label')) ?? ''
    await other.click()
    await page.getByText(/^您改了时间：新的时间是 /).waitFor()
    const moved = (await session.cloud.post('/api/consult', { action: 'slots', payload: { channel: 'phone' } })).body.data.days
      .flatMap((d: { slots: Array<{ start: string; booked: number }> }) => d.slots)
      .find((s: { booked: number }) => s.booked === 1).start
    expect(moved).not.toBe(start)
    expect(await bookedIn(start)).toBe(0)
    expect(otherLabel).toMatch(/\d\d:\d\d$/)

    await button(page, '取消预约').click()
    await field(page, '为什么取消？').fill('对方已经答应赔偿了')
    await button(page, '确认取消').click()
    await page.locator('.case-status', { hasText: '已取消' }).waitFor()
    await page.getByText('您取消了咨询：对方已经答应赔偿了').waitFor()
    expect(await bookedIn(moved)).toBe(0)
  })

  it('stops an over-long written question in the form, before anything is sent', async () => {
    const creates: string[] = []
    page.on('request', (request) => {
      if (request.url().endsWith('/api/consult') && request.postData()?.includes('"create"')) creates.push(request.url())
    })
    await page.getByText('预约法律咨询', { exact: true }).click()
    await page.getByText('其他 / 不确定', { exact: true }).click()
    await button(page, '跳过').click()
    await page.getByText('留言咨询', { exact: true }).click()
    await button(page, '下一步').click()
    await field(page, '您的问题（写清楚事情经过和想问什么）').fill('问'.repeat(1001))
    await button(page, '下一步').click()
    await page.getByRole('alert').getByText('问题描述不能超过 1000 个字').waitFor()
    expect(creates).toEqual([])
  })
})

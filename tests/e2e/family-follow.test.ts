/**
 * 家人查进度 end to end, in Chromium on the h5 build and the real local cloud: a relative who
 * is not signed in opens it from the home page, follows a consultation by its ticket and the
 * last four digits of the applicant's phone and sees the status only; a wrong guess is refused
 * in Chinese; the applicant turns following off on the case page, and the relative is refused.
 */
import type { Page } from 'playwright-core'
import { signInAs, waitForTaroPage } from '../helpers/browser'
import { bookingForm } from '../helpers/consult'
import { e2eSession, snap } from '../helpers/e2e-session'

const field = (page: Page, label: string) => page.getByLabel(label, { exact: true }).locator('input')

describe('家人查进度 in the browser', () => {
  const session = e2eSession()

  /** Types and taps 查进度; answers the cloud's envelope once it has arrived (so the page shows this answer, not the last). */
  const lookUp = async (page: Page, ticket: string, digits: string) => {
    await field(page, '单号').fill(ticket)
    await field(page, '申请人手机号最后 4 位').fill(digits)
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/api/consult')),
      page.locator('taro-button-core', { hasText: '查进度' }).click()
    ])
    return response.json() as Promise<{ ok: boolean; error?: { code: string } }>
  }

  it('a relative follows by ticket and phone digits, sees no personal data, and is refused once the applicant turns it off', async () => {
    const applicantName = `赵六${String(Date.now()).slice(-6)}`
    const login = await session.cloud.post('/api/_local/login', { persona: 'citizen', name: applicantName })
    const booked = await session.cloud.post('/api/consult', { action: 'create', payload: bookingForm({ channel: 'written' }) }, login.body.data.token)
    expect(booked.body.ok).toBe(true)
    const ticket: string = booked.body.data.ticket

    // The relative: not signed in, from the home page.
    const relative = await session.open()
    await relative.getByText('家人查进度', { exact: true }).click()
    await waitForTaroPage(relative, '/consult/pages/follow')
    expect((await lookUp(relative, ticket.toLowerCase(), '8000')).ok).toBe(true)
    const status = relative.locator('[role=status]', { hasText: ticket })
    await status.getByText('排队中').waitFor()
    await status.getByText(/^下一步：/).waitFor()
    await status.getByText(/^最近一次变化：/).waitFor()
    const shown = (await relative.locator('.taro_page').last().textContent()) ?? ''
    for (const personal of [applicantName, '张三', '13800138000', '在工地干了三个月', '芦花镇']) expect(shown).not.toContain(personal)
    await snap(relative, 'family-follow')

    expect((await lookUp(relative, ticket, '1234')).error?.code).toBe('RESOURCE.NOT_FOUND')
    await relative
      .getByRole('alert')
      .getByText(/^没有查到。/)
      .waitFor()

    // The applicant turns following off on the case page.
    const applicant = await session.open()
    await signInAs(applicant, '群众', applicantName)
    await applicant.goto(`${session.cloud.url}/#/consult/pages/mine/index`)
    await applicant.locator('.mine-item', { hasText: ticket }).click()
    await waitForTaroPage(applicant, '/consult/pages/detail')
    await applicant.getByText(/家人凭单号/).waitFor()
    await applicant.locator('.toggle-row', { hasText: '允许家人查进度' }).locator('input[type=checkbox]').click()
    await applicant.getByText('已关闭：别人查不到这个咨询的进度。').waitFor()

    expect((await lookUp(relative, ticket, '8000')).error?.code).toBe('RESOURCE.NOT_FOUND')
    await relative
      .getByRole('alert')
      .getByText(/^没有查到。/)
      .waitFor()
    expect(await relative.locator('[role=status]', { hasText: ticket }).count()).toBe(0)
  })
})

/**
 * Walks every page of src/app.config.ts in Chromium on the h5 build, in normal mode and in
 * 长辈模式, and runs axe-core on each page state: no serious or critical accessibility fault.
 * In 长辈模式 it also measures what a person with poor sight and stiff fingers meets: every
 * text at least 18 px, every control at least 60 px high, nothing cut off or wider than the
 * screen, also with WeChat's font setting at its large step (1.4×).
 */
import type { BrowserContext, Page } from 'playwright-core'
import { phoneContext, waitForTaroPage } from '../helpers/browser'
import { ROUTES } from '@/routes'
import { aidForm, mediationForm } from '../helpers/apply'
import { axeFindings } from '../helpers/axe'
import { bookingForm } from '../helpers/consult'
import { e2eSession, snap } from '../helpers/e2e-session'
import { jpegBytes } from '../helpers/material-files'
import { elderlySizeFaults } from '../helpers/sizes'

interface Seeded {
  consultationId: string
  ticket: string
  tipId: string
  /** A legal-aid application with a photo, for which staff asked for more (the admin applied, then handled it). */
  aidId: string
  aidTicket: string
  mediationId: string
  mediationTicket: string
}

/** What the test names show for the seeded ids. */
const NAMED: Seeded = { consultationId: ':id', ticket: '', tipId: ':id', aidId: ':id', aidTicket: '', mediationId: ':id', mediationTicket: '' }

interface PageState {
  /** The route, with any query it needs. */
  route: (seeded: Seeded) => string
  /** Waits until the page has drawn what it loads (not only its skeleton), or taps to a later state of it. */
  ready: (page: Page, seeded: Seeded) => Promise<unknown>
  /** Names a later state of a page already walked. */
  state?: string
  /** The README's picture of this state in 长辈模式. */
  elderlyScreenshot?: string
}

const ADMIN_NAME = '巡查管理员'
const text = (value: string | RegExp) => (page: Page) => page.getByText(value).first().waitFor()
const ticket = (page: Page, seeded: Seeded) => page.getByText(seeded.ticket).first().waitFor()
const aidTicket = (page: Page, seeded: Seeded) => page.getByText(seeded.aidTicket).first().waitFor()
const mediationTicket = (page: Page, seeded: Seeded) => page.getByText(seeded.mediationTicket).first().waitFor()

const STATES: PageState[] = [
  { route: () => '/pages/home/index', ready: text('预约法律咨询'), elderlyScreenshot: 'elderly-home' },
  { route: () => '/pages/settings/index', ready: text(`现在是：管理员 ${ADMIN_NAME}`) },
  { route: () => '/pages/identity/index', ready: text('切换身份（本地测试用）') },
  { route: () => '/tips/pages/index/index', ready: text('欠薪与劳动') },
  { route: () => '/tips/pages/list/index?category=wage-labour', ready: (page) => page.locator('[role=link]').first().waitFor() },
  { route: (s) => `/tips/pages/detail/index?id=${s.tipId}`, ready: (page) => page.locator('.text-title').first().waitFor() },
  { route: () => '/consult/pages/book/index', ready: text('第 1 / ') },
  {
    route: () => '/consult/pages/book/index',
    state: 'the quick check',
    elderlyScreenshot: 'elderly-quick-check',
    ready: async (page) => {
      await page.locator('.matter', { hasText: '拖欠工资' }).click()
      await page.getByText('第 2 / ').waitFor()
    }
  },
  { route: (s) => `/consult/pages/done/index?id=${s.consultationId}`, ready: ticket },
  { route: () => '/consult/pages/mine/index', ready: ticket },
  { route: (s) => `/consult/pages/detail/index?id=${s.consultationId}`, ready: ticket },
  { route: () => '/consult/pages/follow/index', ready: text('帮家人查进度') },
  { route: () => '/apply/pages/aid/index', ready: text('谁申请？') },
  {
    route: (s) => `/apply/pages/aid/index?fromConsultationId=${s.consultationId}`,
    state: 'the matter and finance steps, carried over from a consultation',
    ready: async (page) => {
      await page.getByText('已经带入您咨询时填的').waitFor()
      await page.locator('.taro_page:visible').getByText('下一步').click()
      await page.getByText('第 2 / 7 步').waitFor()
      await page.locator('.taro_page:visible').getByText('下一步').click()
      await page.getByText('外出打工讨工钱、要工伤赔偿，不用查经济困难').waitFor()
    }
  },
  // The wizard goes on from where the last state left it (the form is kept on the phone).
  {
    route: (s) => `/apply/pages/aid/index?fromConsultationId=${s.consultationId}`,
    state: 'the honesty promise',
    ready: async (page) => {
      await page.getByText('第 3 / 7 步').waitFor()
      await page.getByRole('radio', { name: '我是外出务工人员，要工钱或工伤赔偿（第四十二条第三项）' }).first().click()
      await page.locator('.taro_page:visible').getByText('下一步', { exact: true }).click()
      await page.getByText('第 4 / 7 步').waitFor()
    }
  },
  {
    route: (s) => `/apply/pages/aid/index?fromConsultationId=${s.consultationId}`,
    state: 'the materials',
    ready: async (page) => {
      await page.getByText('第 4 / 7 步').waitFor()
      await page.locator('.taro_page:visible .toggle-row', { hasText: '我承诺' }).click()
      await page.locator('.taro_page:visible').getByText('下一步', { exact: true }).click()
      await page.getByText('还可以加 10 个').waitFor()
    }
  },
  {
    route: (s) => `/apply/pages/aid/index?fromConsultationId=${s.consultationId}`,
    state: 'urgency, then the review',
    ready: async (page) => {
      await page.getByText('第 5 / 7 步').waitFor()
      await page.locator('.taro_page:visible').getByText('下一步', { exact: true }).click()
      await page.getByText('您的事情着急吗？').waitFor()
      await page.locator('.taro_page:visible').getByText('下一步', { exact: true }).click()
      await page.getByText('第 7 / 7 步').waitFor()
    }
  },
  { route: () => '/apply/pages/mediation/index', ready: text('提交调解申请') },
  { route: () => '/apply/pages/mine/index', ready: mediationTicket },
  { route: (s) => `/apply/pages/detail/index?id=${s.aidId}`, ready: text('工作人员请您补充材料'), elderlyScreenshot: 'elderly-application' },
  {
    route: (s) => `/apply/pages/detail/index?id=${s.aidId}`,
    state: 'adding materials',
    ready: async (page) => {
      await page.locator('.materials-request taro-button-core', { hasText: '补充材料' }).click()
      await page.getByText('还可以加 9 个').waitFor()
    }
  },
  { route: (s) => `/apply/pages/detail/index?id=${s.mediationId}`, ready: text('由芦花镇人民调解委员会负责调解。') },
  { route: () => '/stations/pages/index/index', ready: (page) => page.locator('.station-card').first().waitFor() },
  { route: () => '/stations/pages/detail/index?id=guangan-station', ready: text('导航过去') },
  { route: () => '/stations/pages/admin/index', ready: text('黑水县驻广安公共法律服务工作站') },
  { route: () => '/stations/pages/edit/index', ready: text('保存') },
  { route: () => '/stations/pages/edit/index?id=guangan-station', ready: (page) => page.locator('input').first().waitFor() },
  { route: () => '/staff/pages/index/index', ready: text(`您好，${ADMIN_NAME}`) },
  { route: (s) => `/staff/pages/case/index?id=${s.consultationId}`, ready: ticket },
  { route: () => '/staff/pages/join/index', ready: text('邀请码') },
  { route: () => '/staff/pages/admin/index', ready: text('查看操作记录') },
  { route: () => '/staff/pages/audit/index', ready: (page) => page.locator('.staff-audit-entry').first().waitFor() },
  { route: () => '/staff/pages/stats/index', ready: text('导出') },
  { route: () => '/staff/pages/tips/index', ready: text('写一条新的') },
  { route: () => '/staff/pages/tip-edit/index', ready: text('保存') },
  { route: () => '/staff/pages/applications/index', ready: aidTicket },
  {
    route: () => '/staff/pages/applications/index',
    state: 'mediation',
    ready: async (page, seeded) => {
      await page.getByRole('radio', { name: '人民调解', exact: true }).click()
      await mediationTicket(page, seeded)
    }
  },
  { route: (s) => `/staff/pages/application/index?id=${s.aidId}`, ready: text('等群众补充材料') },
  { route: (s) => `/staff/pages/application/index?id=${s.mediationId}`, ready: mediationTicket }
]

describe('every page, in both modes, with axe-core', () => {
  const session = e2eSession({ rateLimit: { windowMs: 10_000, max: 1000 } })
  let seeded: Seeded
  let signedIn: object

  beforeAll(async () => {
    const login = await session.cloud.post('/api/_local/login', { persona: 'admin', name: ADMIN_NAME })
    signedIn = { ...login.body.data, name: ADMIN_NAME }
    const booked = await session.cloud.post('/api/consult', { action: 'create', payload: bookingForm({ channel: 'written' }) }, login.body.data.token)
    const tips = await session.cloud.post('/api/tips', { action: 'list', payload: {} })
    const apply = async (action: string, payload: object) => {
      const answer = await session.cloud.post('/api/apply', { action, payload }, login.body.data.token)
      if (!answer.body.ok) throw new Error(`${action} refused: ${JSON.stringify(answer.body.error)}`)
      return answer.body.data
    }
    const photo = await fetch(`${session.cloud.url}/files`, {
      method: 'POST',
      headers: { authorization: `Bearer ${login.body.data.token}` },
      body: new Uint8Array(jpegBytes())
    })
    const upload = ((await photo.json()) as { data: { key: string } }).data.key
    const aid = await apply('createAid', aidForm({ materials: [{ upload, kind: 'id-card' }] }))
    await apply('claim', { id: aid.id })
    await apply('requestMaterials', { id: aid.id, text: '2026年9月到11月的工资条' })
    const mediation = await apply('createMediation', mediationForm({ township: '芦花镇' }))
    seeded = {
      consultationId: booked.body.data.id,
      ticket: booked.body.data.ticket,
      tipId: tips.body.data.items[0].id,
      aidId: aid.id,
      aidTicket: aid.ticket,
      mediationId: mediation.id,
      mediationTicket: mediation.ticket
    }
  })

  it('covers every page the app declares (the route table is held to app.config.ts by its own test)', () => {
    const walked = new Set(STATES.map((s) => s.route(seeded).split('?')[0]))
    expect(Object.values(ROUTES).filter((route) => !walked.has(route))).toEqual([])
  })

  describe.each([
    ['normal', false, 1],
    ['长辈模式', true, 1],
    // WeChat's font setting reaches pages as --font-scale (see use-display); 1.4 is its large step.
    ['长辈模式 at WeChat’s 1.4× font scale', true, 1.4]
  ])('%s', (_mode, elderly, fontScale) => {
    let context: BrowserContext
    let page: Page

    // One browser context for the whole walk (signed in as an admin, who also books as a
    // citizen), in the chosen mode from the app's first start.
    beforeAll(async () => {
      context = await phoneContext(session.browser)
      await context.addInitScript(
        ([session, elderly, fontScale]) => {
          localStorage.setItem('local-session', JSON.stringify({ data: session }))
          localStorage.setItem('elderly-mode', JSON.stringify({ data: elderly }))
          if (fontScale === 1) return
          document.addEventListener('DOMContentLoaded', () => {
            const style = document.createElement('style')
            style.textContent = `.page { --font-scale: ${fontScale} !important; }`
            document.head.append(style)
          })
        },
        [signedIn, elderly, fontScale] as const
      )
      page = await context.newPage()
      page.setDefaultTimeout(15_000)
    })
    afterAll(() => context?.close())

    it.each(STATES.map((state) => [`${state.route(NAMED)}${state.state ? ` (${state.state})` : ''}`, state] as const))('%s', async (_name, state) => {
      const route = state.route(seeded)
      await page.goto(`${session.cloud.url}/#${route}`)
      await waitForTaroPage(page, route.split('?')[0])
      await state.ready(page, seeded)
      const shell = page.locator('.taro_page:visible .page').first()
      expect(await shell.evaluate((el) => [el.classList.contains('elderly'), Number(getComputedStyle(el).getPropertyValue('--font-scale'))])).toEqual([
        elderly,
        fontScale
      ])
      const faults = await axeFindings(page)
      if (elderly) faults.push(...(await elderlySizeFaults(page)))
      if (elderly && fontScale === 1 && state.elderlyScreenshot) await snap(page, state.elderlyScreenshot)
      expect({ route, faults }).toEqual({ route, faults: [] })
    })
  })
})

/**
 * The setup every end-to-end file shares: one local cloud (on a fresh seeded SQLite store, with
 * the h5 build) and one Chromium per file, and a fresh phone-sized browser context per test.
 */
import path from 'node:path'
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core'
import type { LocalCloudOptions } from '../../cloudfunctions/local/server'
import { launchChromium, phoneContext, requireH5Build } from './browser'
import { startLocalCloud, type RunningCloud } from './local-cloud'

export interface E2eSession {
  cloud: RunningCloud
  browser: Browser
  context: BrowserContext
  page: Page
  /** A new context and page on the app's home page; closed after the test. */
  open(options?: BrowserContextOptions): Promise<Page>
}

export const e2eSession = (cloudOptions: Partial<Pick<LocalCloudOptions, 'rateLimit'>> = {}): E2eSession => {
  const session = {} as E2eSession
  const contexts: BrowserContext[] = []
  beforeAll(async () => {
    session.cloud = await startLocalCloud({ staticDir: requireH5Build(), ...cloudOptions })
    session.browser = await launchChromium()
  })
  afterAll(async () => {
    await session.browser?.close()
    await session.cloud?.stop()
    await session.cloud?.temp.cleanup()
  })
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((c) => c.close()))
  })
  session.open = async (options = {}) => {
    session.context = await phoneContext(session.browser, options)
    contexts.push(session.context)
    session.page = await session.context.newPage()
    session.page.setDefaultTimeout(15_000)
    await session.page.goto(session.cloud.url)
    return session.page
  }
  return session
}

const SCREENSHOTS = path.join(__dirname, '..', 'e2e', 'screenshots')

/** Taro's page slide takes 300 ms; a picture taken during it shows two half pages. */
const PAGE_SLIDE_MS = 400

/** Refreshes the README's screenshots when UPDATE_SCREENSHOTS is set; never an assertion. */
export const snap = async (page: Page, name: string, fullPage = false): Promise<void> => {
  if (!process.env.UPDATE_SCREENSHOTS) return
  await page.waitForFunction(() => [...document.querySelectorAll('.taro_page')].filter((p) => getComputedStyle(p).display !== 'none').length === 1)
  await page.waitForTimeout(PAGE_SLIDE_MS)
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage })
}

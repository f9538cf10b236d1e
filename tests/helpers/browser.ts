/** Debian's Chromium driven by playwright-core, with the flags this closed network needs. */
import fs from 'node:fs'
import path from 'node:path'
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core'

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

export const launchChromium = async (): Promise<Browser> => {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium fonts-wqy-microhei`)
  // playwright gives every launch a fresh, empty profile of its own.
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync'
    ]
  })
}

/** A phone-sized page (375 × 812, the width the app is designed at). */
export const phoneContext = (browser: Browser, options: BrowserContextOptions = {}): Promise<BrowserContext> =>
  browser.newContext({ viewport: { width: 375, height: 812 }, deviceScaleFactor: 2, locale: 'zh-CN', ...options })

export const H5_BUILD = path.resolve(__dirname, '..', '..', 'dist', 'h5')

export const requireH5Build = (): string => {
  if (!fs.existsSync(path.join(H5_BUILD, 'index.html'))) throw new Error('No h5 build: run `npm run build:h5` first (npm test does).')
  return H5_BUILD
}

/**
 * Taro's h5 router keeps earlier pages in the DOM and animates between them; going back while
 * a page is still sliding in leaves the wrong one shown. Wait until only the page whose route
 * starts with `route` is on screen.
 */
export const waitForTaroPage = (page: Page, route: string): Promise<unknown> =>
  page.waitForFunction((wanted) => {
    const shown = [...document.querySelectorAll('.taro_page')].filter((p) => getComputedStyle(p).display !== 'none')
    return shown.length === 1 && shown[0].id.startsWith(wanted)
  }, route)

/** Signs in on the local cloud's 切换身份 screen, as a person would. */
export const signInAs = async (page: Page, persona: '群众' | '工作人员' | '管理员', name: string): Promise<void> => {
  await page.goto(`${new URL(page.url()).origin}/#/pages/settings/index`)
  await page.getByText('切换身份', { exact: true }).click()
  await waitForTaroPage(page, '/pages/identity')
  await page.locator('taro-radio-core', { hasText: persona }).click()
  await page.getByLabel('名字').locator('input').fill(name)
  await page.locator('taro-button-core', { hasText: '登录' }).click()
  await waitForTaroPage(page, '/pages/settings')
  await page.getByText(`现在是：${persona} ${name}`).waitFor()
  await page.goto(new URL(page.url()).origin)
}

/**
 * Navigates inside the running app (no page load, so it also works offline) by changing the
 * hash route, and waits until that page alone is on screen. Steadier than goBack, which races
 * Taro's page animations.
 */
export const goInApp = async (page: Page, route: string): Promise<void> => {
  await page.evaluate((hash) => {
    window.location.hash = hash
  }, `#${route}`)
  await waitForTaroPage(page, route.split('?')[0])
}

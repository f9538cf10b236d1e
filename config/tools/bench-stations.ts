/**
 * `npm run bench:stations` — how long the nearest-first station list takes to appear, on the
 * h5 build served by the local cloud (run `npm run build:h5` first). It prints figures; it
 * asserts nothing (timings depend on the machine).
 *
 * One run = tap 找驻外法律服务站 on the home page → the first station card shows its distance.
 *   cold        first visit in a fresh browser profile: page code, list and position all new
 *   warm        the page was opened before: the list kept on the phone is shown at once
 *   warm, weak  warm, on an emulated weak connection (400 kbit/s, 600 ms round trip)
 *   BENCH_RUNS  runs per case (default 15)
 */
import os from 'node:os'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { startBenchCloud } from './bench/local-cloud'
import { H5_BUILD, launchChromium, phoneContext, requireH5Build, waitForTaroPage } from '../../tests/helpers/browser'

const RUNS = Number(process.env.BENCH_RUNS ?? 15)
const CHENGDU = { latitude: 30.6574, longitude: 104.0658 }

const summary = (ms: number[]) => {
  const sorted = [...ms].sort((a, b) => a - b)
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]
  return { runs: sorted.length, medianMs: at(0.5), p90Ms: at(0.9), minMs: sorted[0], maxMs: sorted[sorted.length - 1] }
}

const newContext = (browser: Browser) => phoneContext(browser, { geolocation: CHENGDU, permissions: ['geolocation'] })

/** Tap the home entry and wait for the first card with a distance: milliseconds. */
const timeOneOpen = async (page: Page): Promise<number> => {
  const started = Date.now()
  await page.getByText('找驻外法律服务站', { exact: true }).click()
  await page.locator('.station-card').first().locator('.station-distance').waitFor()
  const elapsed = Date.now() - started
  await waitForTaroPage(page, '/stations/pages/index')
  await page.goBack()
  await waitForTaroPage(page, '/pages/home')
  return elapsed
}

const main = async () => {
  requireH5Build()
  const cloud = await startBenchCloud(H5_BUILD)
  const url = cloud.url
  const browser = await launchChromium()
  const contexts: BrowserContext[] = []

  try {
    const cold: number[] = []
    for (let i = 0; i < RUNS; i += 1) {
      const context = await newContext(browser)
      contexts.push(context)
      const page = await context.newPage()
      await page.goto(url)
      await page.getByText('找驻外法律服务站', { exact: true }).waitFor()
      cold.push(await timeOneOpen(page))
      await context.close()
    }

    const context = await newContext(browser)
    contexts.push(context)
    const page = await context.newPage()
    await page.goto(url)
    await timeOneOpen(page) // warm-up: page code loaded, list kept on the phone
    const warm: number[] = []
    for (let i = 0; i < RUNS; i += 1) warm.push(await timeOneOpen(page))

    const cdp = await context.newCDPSession(page)
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 600, downloadThroughput: 50_000, uploadThroughput: 50_000 })
    const weak: number[] = []
    for (let i = 0; i < RUNS; i += 1) weak.push(await timeOneOpen(page))

    console.log('Nearest-first list: tap on the home entry → first card with its distance (h5 build, local cloud, headless Chromium)')
    console.log(
      JSON.stringify(
        { machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}`, cold: summary(cold), warm: summary(warm), warmWeakNetwork: summary(weak) },
        null,
        2
      )
    )
  } finally {
    for (const c of contexts) await c.close().catch(() => undefined)
    await browser.close()
    await cloud.stop()
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})

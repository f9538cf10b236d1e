/**
 * The h5 home page as a citizen's phone gets it: the JS+CSS its first load fetches (gzip), and
 * first contentful paint in Chromium with 4× CPU slowdown on 1.6 Mbps with 150 ms latency,
 * each against the blank Taro app served the same way (the local cloud's static files).
 *   BENCH_RUNS  cold loads per app for the paint figure (default 7)
 */
import path from 'node:path'
import type { Browser } from 'playwright-core'
import { ensureBuild } from '../../../cloudfunctions/local/h5-build'
import { launchChromium, phoneContext } from '../../../tests/helpers/browser'
import { ROOT } from '../weapp-audit'
import { buildBlankTaro } from './blank-taro'
import { gzipBytes } from './bundles'
import { startBenchCloud } from './local-cloud'
import type { FigureGroup } from './print'

const RUNS = Number(process.env.BENCH_RUNS ?? 7)
const THROTTLE = { cpuRate: 4, latencyMs: 150, bytesPerSecond: (1.6 * 1_000_000) / 8 }

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

/** The JS and CSS files a cold load of `/` fetches until the network is quiet. */
const firstPageFiles = async (browser: Browser, url: string, dir: string): Promise<string[]> => {
  const context = await phoneContext(browser)
  const page = await context.newPage()
  const files = new Set<string>()
  page.on('request', (request) => {
    const { pathname } = new URL(request.url())
    if (/\.(js|css)$/.test(pathname)) files.add(path.join(dir, pathname))
  })
  await page.goto(url, { waitUntil: 'networkidle' })
  await context.close()
  return [...files]
}

/** First contentful paint of one cold, throttled load, in ms. */
const throttledPaint = async (browser: Browser, url: string): Promise<number> => {
  const context = await phoneContext(browser)
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE.cpuRate })
  await cdp.send('Network.enable')
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: THROTTLE.latencyMs,
    downloadThroughput: THROTTLE.bytesPerSecond,
    uploadThroughput: THROTTLE.bytesPerSecond
  })
  await page.goto(url)
  const paint = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const seen = performance.getEntriesByName('first-contentful-paint')[0]
        if (seen) return resolve(seen.startTime)
        new PerformanceObserver((list) => {
          const entry = list.getEntriesByName('first-contentful-paint')[0]
          if (entry) resolve(entry.startTime)
        }).observe({ type: 'paint', buffered: true })
      })
  )
  await context.close()
  return paint
}

export const firstPage = {
  id: 'first-page',
  title: `h5 first page (home; Chromium, cold cache; paint with ${THROTTLE.cpuRate}× CPU, 1.6 Mbps, ${THROTTLE.latencyMs} ms; median of ${RUNS})`,
  async run(log) {
    const ours = ensureBuild(ROOT, 'h5')
    const blank = buildBlankTaro(log).h5Dir
    const browser = await launchChromium()
    const clouds = [await startBenchCloud(ours), await startBenchCloud(blank)]
    try {
      const [oursCloud, blankCloud] = clouds
      const bytes = [gzipBytes(await firstPageFiles(browser, oursCloud.url, ours)), gzipBytes(await firstPageFiles(browser, blankCloud.url, blank))]
      const paints: [number[], number[]] = [[], []]
      // Alternate the two apps so a busy moment of the machine hits both alike.
      for (let i = 0; i < RUNS; i += 1) {
        paints[0].push(await throttledPaint(browser, oursCloud.url))
        paints[1].push(await throttledPaint(browser, blankCloud.url))
      }
      return [
        { name: 'h5 first page JS+CSS (gzip)', value: bytes[0], unit: 'KB', baselineName: 'blank', baseline: bytes[1], target: { atMost: 1.3 } },
        {
          name: 'h5 first contentful paint, throttled',
          value: median(paints[0]),
          unit: 'ms',
          baselineName: 'blank',
          baseline: median(paints[1]),
          target: { atMost: 1.3 }
        }
      ]
    } finally {
      await browser.close()
      for (const cloud of clouds) await cloud.stop()
    }
  }
} satisfies FigureGroup

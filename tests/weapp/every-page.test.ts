/**
 * Every page of the WeChat build boots and draws something, opened cold with no parameters as
 * WeChat may open it (a shared link, a restart): a page missing from the build, a template
 * missing from base.wxml or a render error fails here. Simulator and stand-in wx; WeChat's
 * real runtime is not involved.
 */
import fs from 'node:fs'
import path from 'node:path'
import { ROUTES } from '@/routes'
import { expectWithinSetDataLimit } from './harness/checks'
import { WEAPP_DIST } from './harness/mini-program'
import { startMiniProgram, stopMiniProgram, type Fixture } from './harness/fixture'

interface AppJson {
  pages: string[]
  subPackages?: Array<{ root: string; pages: string[] }>
  subpackages?: Array<{ root: string; pages: string[] }>
}

const appJson = (): AppJson => JSON.parse(fs.readFileSync(path.join(WEAPP_DIST, 'app.json'), 'utf8')) as AppJson
const routes = () => {
  const app = appJson()
  return [...app.pages, ...(app.subPackages ?? app.subpackages ?? []).flatMap((p) => p.pages.map((page) => `${p.root}/${page}`))]
}

let f: Fixture
beforeAll(async () => {
  f = await startMiniProgram()
})
afterAll(() => stopMiniProgram(f))
afterEach(() => f.mp.closeAll())

describe('every page of the weapp build (simulator and stand-in wx; WeChat runtime not involved)', () => {
  it('has every page of the route table but the h5-only sign-in', () => {
    expect(
      routes()
        .map((r) => `/${r}`)
        .sort()
    ).toEqual(
      Object.values(ROUTES)
        .filter((r) => r !== ROUTES.identity)
        .sort()
    )
    expect(routes()).not.toContain('pages/identity/index')
  })

  it.each(routes())('%s boots, draws its text and stays within the setData limit', async (route) => {
    const page = await f.mp.open(`/${route}`)
    await page.waitUntil(() => page.text().trim().length > 0 && !page.text().includes('正在加载'), 'finished loading')
    expectWithinSetDataLimit(page, 'cold')
  })
})

/** The route table names every page the app declares, and builds URLs with encoded queries. */
import { ROUTES, routeUrl } from '@/routes'

/** The pages src/app.config.ts declares for the browser build (it adds 切换身份 there). */
const declaredPages = (): string[] => {
  process.env.TARO_ENV = 'h5'
  ;(global as unknown as { defineAppConfig: <T>(config: T) => T }).defineAppConfig = (config) => config
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- read after the globals it needs are set
  const config = require('../../src/app.config').default as { pages: string[]; subPackages: Array<{ root: string; pages: string[] }> }
  return [...config.pages, ...config.subPackages.flatMap((p) => p.pages.map((page) => `${p.root}/${page}`))].map((page) => `/${page}`)
}

describe('the route table', () => {
  it('is exactly the pages of app.config.ts', () => {
    expect(Object.values(ROUTES).sort()).toEqual(declaredPages().sort())
  })

  it('writes the query, encoded, and leaves out what is not given', () => {
    expect(routeUrl('home')).toBe('/pages/home/index')
    expect(routeUrl('stationEdit', {})).toBe('/stations/pages/edit/index')
    expect(routeUrl('tipList', { keyword: '工资 拖欠' })).toBe('/tips/pages/list/index?keyword=%E5%B7%A5%E8%B5%84%20%E6%8B%96%E6%AC%A0')
    expect(routeUrl('staffAudit', { consultationId: 'c1', ticket: 'HS-1' })).toBe('/staff/pages/audit/index?consultationId=c1&ticket=HS-1')
  })
})

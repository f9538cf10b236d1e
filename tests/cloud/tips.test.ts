import { county } from '@/core/county/current'
import { tips } from '../../cloudfunctions/functions/tips'
import { seedStore } from '../../cloudfunctions/seed'
import { loadSeedTips } from '../../cloudfunctions/seed/tips'
import { wordListCheck } from '../../cloudfunctions/content-check/word-list'
import { openTempStore, type TempStore } from '../helpers/temp-store'
import { sharedTempFiles } from '../helpers/temp-files'

describe('the tips cloud function on a seeded SQLite store', () => {
  let temp: TempStore
  const call = (action: string, payload: object, now = new Date('2026-03-10T02:00:00Z')) =>
    tips.handle({ action, payload }, { openid: null, store: temp.store, county, contentCheck: wordListCheck(), files: sharedTempFiles(), now: () => now })

  beforeEach(async () => {
    temp = openTempStore()
    await seedStore(temp.store)
  })
  afterEach(() => temp.cleanup())

  it('seeds every tip once, however often the local cloud starts', async () => {
    const seeded = loadSeedTips().length
    const first = await call('list', {})
    expect(first).toMatchObject({ ok: true, data: { total: seeded } })
    expect(await seedStore(temp.store)).toEqual({ tipsWritten: 0, pointsWritten: 0 })
    expect(await call('list', {})).toMatchObject({ ok: true, data: { total: seeded } })
  })

  it('lists one category and pages through it', async () => {
    const answer = await call('list', { category: 'wage-labour', limit: 2 })
    if (!answer.ok) throw new Error(answer.error.message)
    const page = answer.data as { items: Array<{ category: string }>; total: number }
    expect(page.items).toHaveLength(2)
    expect(page.total).toBe(loadSeedTips().filter((t) => t.category === 'wage-labour').length)
    expect(page.items.every((t) => t.category === 'wage-labour')).toBe(true)
  })

  it('finds tips about wages by the word 工资', async () => {
    const answer = await call('list', { keyword: '工资' })
    expect(answer).toMatchObject({ ok: true })
    if (answer.ok) expect((answer.data as { total: number }).total).toBeGreaterThan(0)
  })

  it('reads one tip with the law it cites, and answers 404 for an unknown one', async () => {
    const [first] = loadSeedTips()
    expect(await call('get', { id: first.id })).toEqual({ ok: true, data: first })
    expect(await call('get', { id: 'no-such-tip' })).toMatchObject({ ok: false, error: { code: 'RESOURCE.NOT_FOUND' } })
  })

  it("answers this month's theme in Shanghai time with tips of its category", async () => {
    const answer = await call('theme', {})
    const march = county.monthlyThemes.find((t) => t.month === 3)!
    expect(answer).toMatchObject({ ok: true, data: { month: 3, title: march.title, category: march.category } })
    if (answer.ok) {
      const theme = answer.data as { tips: Array<{ category: string }> }
      expect(theme.tips.length).toBeGreaterThan(0)
      expect(theme.tips.every((t) => t.category === march.category)).toBe(true)
    }
  })

  it('refuses a bad payload and changes nothing', async () => {
    expect(await call('list', { limit: 500 })).toMatchObject({ ok: false, error: { code: 'INPUT.INVALID' } })
    expect(await call('get', { id: '../../etc/passwd' })).toMatchObject({ ok: false, error: { code: 'INPUT.INVALID' } })
    expect(await call('list', {})).toMatchObject({ ok: true, data: { total: loadSeedTips().length } })
  })
})

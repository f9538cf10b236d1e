/**
 * What every Store adapter must do, whatever database is behind it. Each test uses ids and
 * keywords unique to the run, so the suite also runs against a shared real CloudBase env.
 */
import crypto from 'node:crypto'
import type { Store } from '../../cloudfunctions/store/port'
import { makeTip } from '../helpers/sample-tips'

export const storeContract = (open: () => Promise<{ store: Store; done: () => Promise<void> }>) => {
  let store: Store
  let done: () => Promise<void>
  // A token of letters that appears nowhere else, to find just this run's tips.
  const unique = () => crypto.randomBytes(6).toString('hex').replace(/[0-9]/g, 'x')

  beforeEach(async () => {
    ;({ store, done } = await open())
  })
  afterEach(() => done())

  it('seeds tips once: a second seed of the same tips writes nothing', async () => {
    const token = unique()
    const tips = [makeTip(`t-${token}-a`, 'anti-fraud', { keywords: [token] }), makeTip(`t-${token}-b`, 'wage-labour', { keywords: [token] })]
    expect(await store.tips.seed(tips)).toBe(2)
    expect(await store.tips.seed(tips)).toBe(0)
    expect((await store.tips.list({ keyword: token, offset: 0, limit: 20 })).total).toBe(2)
  })

  it('updates a stored tip only from a newer seed', async () => {
    const token = unique()
    const id = `t-${token}`
    await store.tips.seed([makeTip(id, 'anti-fraud', { title: '第一版标题', updatedAt: '2026-11-01' })])
    expect(await store.tips.seed([makeTip(id, 'anti-fraud', { title: '旧的标题', updatedAt: '2026-10-01' })])).toBe(0)
    expect((await store.tips.get(id))?.title).toBe('第一版标题')
    expect(await store.tips.seed([makeTip(id, 'anti-fraud', { title: '第二版标题', updatedAt: '2026-11-20' })])).toBe(1)
    expect((await store.tips.get(id))?.title).toBe('第二版标题')
  })

  it('reads a whole tip back as it was seeded, and null for an unknown id', async () => {
    const tip = makeTip(`t-${unique()}`, 'land-forest', {
      citations: [{ law: '中华人民共和国农村土地承包法', article: '第二十一条', excerpt: '耕地的承包期为三十年。' }]
    })
    await store.tips.seed([tip])
    expect(await store.tips.get(tip.id)).toEqual(tip)
    expect(await store.tips.get(`t-${unique()}`)).toBeNull()
  })

  it('filters by category and keyword, newest first, a page at a time', async () => {
    const token = unique()
    const tips = [1, 2, 3, 4, 5].map((n) =>
      makeTip(`t-${token}-${n}`, n % 2 ? 'anti-fraud' : 'wage-labour', { keywords: [token], updatedAt: `2026-11-0${n}` })
    )
    await store.tips.seed(tips)
    const fraud = await store.tips.list({ keyword: token, category: 'anti-fraud', offset: 0, limit: 20 })
    expect(fraud.items.map((t) => t.id)).toEqual([`t-${token}-5`, `t-${token}-3`, `t-${token}-1`])
    const page2 = await store.tips.list({ keyword: token, offset: 2, limit: 2 })
    expect(page2.total).toBe(5)
    expect(page2.items.map((t) => t.id)).toEqual([`t-${token}-3`, `t-${token}-2`])
    expect(Object.keys(page2.items[0]).sort()).toEqual(['category', 'id', 'summary', 'title', 'updatedAt'])
  })

  it('finds a keyword in the title, summary or body, and treats % and _ literally', async () => {
    const token = unique()
    await store.tips.seed([
      makeTip(`t-${token}-title`, 'anti-fraud', { title: `标题里有${token}` }),
      makeTip(`t-${token}-body`, 'anti-fraud', { body: `${'正文内容。'.repeat(30)}${token}100%` })
    ])
    expect((await store.tips.list({ keyword: token, offset: 0, limit: 20 })).total).toBe(2)
    expect((await store.tips.list({ keyword: `${token}100%`, offset: 0, limit: 20 })).total).toBe(1)
    expect((await store.tips.list({ keyword: `${token}_`, offset: 0, limit: 20 })).total).toBe(0)
  })

  it('knows staff by OPENID and everyone else as a citizen', async () => {
    const openid = `o-${unique()}`
    expect(await store.staff.get(openid)).toBeNull()
    await store.staff.upsert({ openid, role: 'staff', kind: 'lawyer', pointIds: [], name: '李律师' })
    expect((await store.staff.get(openid))?.role).toBe('staff')
    await store.staff.upsert({ openid, role: 'admin', kind: 'admin', pointIds: [], name: '李律师' })
    expect((await store.staff.get(openid))?.role).toBe('admin')
  })
}

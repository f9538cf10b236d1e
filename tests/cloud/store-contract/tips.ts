/** What every Store adapter must do with tips. */
import type { OpenStore } from '../../helpers/stores'
import { makeTip } from '../../helpers/sample-tips'
import { unique, storeForEachTest } from './support'

export const tipsContract = (open: OpenStore) => {
  const opened = storeForEachTest(open)

  it('seeds tips once: a second seed of the same tips writes nothing', async () => {
    const { store } = opened.current
    const token = unique()
    const tips = [makeTip(`t-${token}-a`, 'anti-fraud', { keywords: [token] }), makeTip(`t-${token}-b`, 'wage-labour', { keywords: [token] })]
    expect(await store.tips.seed(tips)).toBe(2)
    expect(await store.tips.seed(tips)).toBe(0)
    expect((await store.tips.list({ keyword: token, offset: 0, limit: 20 })).total).toBe(2)
  })

  it('seeds more than a read can answer (130 tips), and a second seed writes nothing', async () => {
    const { store } = opened.current
    const token = unique()
    const tips = Array.from({ length: 130 }, (_unused, n) => makeTip(`t-${token}-${n}`, 'anti-fraud', { keywords: [token] }))
    expect(await store.tips.seed(tips)).toBe(130)
    expect(await store.tips.seed(tips)).toBe(0)
    expect((await store.tips.list({ keyword: token, offset: 120, limit: 20 })).items).toHaveLength(10)
  })

  it('updates a stored tip only from a newer seed', async () => {
    const { store } = opened.current
    const id = `t-${unique()}`
    await store.tips.seed([makeTip(id, 'anti-fraud', { title: '第一版标题', updatedAt: '2026-11-01' })])
    expect(await store.tips.seed([makeTip(id, 'anti-fraud', { title: '旧的标题', updatedAt: '2026-10-01' })])).toBe(0)
    expect((await store.tips.get(id))?.title).toBe('第一版标题')
    expect(await store.tips.seed([makeTip(id, 'anti-fraud', { title: '第二版标题', updatedAt: '2026-11-20' })])).toBe(1)
    expect((await store.tips.get(id))?.title).toBe('第二版标题')
  })

  it('reads a whole tip back as it was seeded, and null for an unknown id', async () => {
    const { store } = opened.current
    const tip = makeTip(`t-${unique()}`, 'land-forest', {
      citations: [{ law: '中华人民共和国农村土地承包法', article: '第二十一条', excerpt: '耕地的承包期为三十年。' }]
    })
    await store.tips.seed([tip])
    expect(await store.tips.get(tip.id)).toEqual(tip)
    expect(await store.tips.get(`t-${unique()}`)).toBeNull()
  })

  it('filters by category and keyword, newest first, a page at a time', async () => {
    const { store } = opened.current
    const token = unique()
    const tips = [1, 2, 3, 4, 5].map((n) => makeTip(`t-${token}-${n}`, n % 2 ? 'anti-fraud' : 'wage-labour', { keywords: [token], updatedAt: `2026-11-0${n}` }))
    await store.tips.seed(tips)
    const fraud = await store.tips.list({ keyword: token, category: 'anti-fraud', offset: 0, limit: 20 })
    expect(fraud.items.map((t) => t.id)).toEqual([`t-${token}-5`, `t-${token}-3`, `t-${token}-1`])
    const page2 = await store.tips.list({ keyword: token, offset: 2, limit: 2 })
    expect(page2.total).toBe(5)
    expect(page2.items.map((t) => t.id)).toEqual([`t-${token}-3`, `t-${token}-2`])
    expect(Object.keys(page2.items[0]).sort()).toEqual(['category', 'id', 'summary', 'title', 'updatedAt'])
  })

  it('pages tips of the same date in a stable order, so no tip is shown twice or skipped', async () => {
    const { store } = opened.current
    const token = unique()
    await store.tips.seed(Array.from({ length: 9 }, (_unused, n) => makeTip(`t-${token}-${n}`, 'anti-fraud', { keywords: [token], updatedAt: '2026-11-05' })))
    const pages = await Promise.all([0, 3, 6].map((offset) => store.tips.list({ keyword: token, offset, limit: 3 })))
    expect(new Set(pages.flatMap((page) => page.items.map((t) => t.id))).size).toBe(9)
  })

  it('finds a keyword in the title, summary or body, and treats % and _ literally', async () => {
    const { store } = opened.current
    const token = unique()
    await store.tips.seed([
      makeTip(`t-${token}-title`, 'anti-fraud', { title: `标题里有${token}` }),
      makeTip(`t-${token}-body`, 'anti-fraud', { body: `${'正文内容。'.repeat(30)}${token}100%` })
    ])
    expect((await store.tips.list({ keyword: token, offset: 0, limit: 20 })).total).toBe(2)
    expect((await store.tips.list({ keyword: `${token}100%`, offset: 0, limit: 20 })).total).toBe(1)
    expect((await store.tips.list({ keyword: `${token}_`, offset: 0, limit: 20 })).total).toBe(0)
  })

  it('hides an unpublished tip from citizens, shows it to admins, and publishes it again', async () => {
    const { store } = opened.current
    const token = unique()
    const tip = makeTip(`t-${token}`, 'anti-fraud', { keywords: [token], updatedAt: '2999-01-01' })
    await store.tips.save(tip, false)
    expect(await store.tips.get(tip.id)).toBeNull()
    expect((await store.tips.list({ keyword: token, offset: 0, limit: 20 })).total).toBe(0)
    expect((await store.tips.adminList(0, 20)).items.find((t) => t.id === tip.id)).toEqual({ ...tip, published: false })
    expect(await store.tips.setPublished(tip.id, true)).toBe(true)
    expect(await store.tips.get(tip.id)).toEqual(tip)
  })

  it('answers whether the tip exists when publishing, also when nothing changes', async () => {
    const { store } = opened.current
    const tip = makeTip(`t-${unique()}`, 'anti-fraud')
    await store.tips.save(tip, true)
    expect(await store.tips.setPublished(tip.id, true)).toBe(true)
    expect(await store.tips.setPublished(`t-${unique()}`, true)).toBe(false)
  })

  it('lists more than a read can answer for admins (120 tips in one page)', async () => {
    const { store } = opened.current
    const token = unique()
    const tips = Array.from({ length: 120 }, (_unused, n) => makeTip(`t-${token}-${String(n).padStart(3, '0')}`, 'anti-fraud', { updatedAt: '2999-12-31' }))
    await store.tips.seed(tips)
    const { items, total } = await store.tips.adminList(0, 120)
    expect(total).toBeGreaterThanOrEqual(120)
    expect(
      items
        .filter((t) => t.id.includes(token))
        .map((t) => t.id)
        .sort()
    ).toEqual(tips.map((t) => t.id))
  })
}

/**
 * 普法小贴士 on the WeChat build: the categories and search, a list that pages as it is
 * scrolled to the end, and a tip with its legal basis and what it shares. Simulator and
 * stand-in wx; WeChat's real runtime is not involved.
 */
import { loadSeedTips } from '../../cloudfunctions/seed/tips'
import { expectWithinSetDataLimit } from './harness/checks'
import { startMiniProgram, stopMiniProgram, type Fixture } from './harness/fixture'

let f: Fixture
beforeAll(async () => {
  f = await startMiniProgram()
})
afterAll(() => stopMiniProgram(f))
afterEach(async () => {
  await f.mp.closeAll()
  f.mp.clearCalls()
})

describe('tips on the weapp build (simulator and stand-in wx; WeChat runtime not involved)', () => {
  it('home of tips: the six categories and search, each leading to its list', async () => {
    const tips = await f.mp.open('/tips/pages/index/index')
    await tips.waitForText('欠薪与劳动', '防诈骗', '婚姻家庭', '土地与山林', '交通与工伤', '森林草原防火', '搜索', '月主题')
    await tips.tap('防诈骗')
    await f.mp.waitForCall('navigateTo', { url: '/tips/pages/list/index?category=anti-fraud' })
    await tips.type('搜索', '工资')
    await tips.tap('搜索')
    await f.mp.waitForCall('navigateTo', { url: `/tips/pages/list/index?keyword=${encodeURIComponent('工资')}` })
    expectWithinSetDataLimit(tips, 'seed')
  })

  it('the list of all tips shows one page, adds the next when scrolled to the end, and opens a tip', async () => {
    const list = await f.mp.open('/tips/pages/list/index')
    const seeded = loadSeedTips().length
    await list.waitForText('全部小贴士', `共 ${seeded} 条`)
    expect(list.textsOf('tip-item')).toHaveLength(20)
    const firstPage = list.largestSetData()
    await list.reachBottom()
    await list.waitUntil(() => list.textsOf('tip-item').length === Math.min(40, seeded), 'showed the second page')
    // The second page is sent as what changed, not as the whole list again.
    expect(list.setDataBytes.at(-1)).toBeLessThan(firstPage)
    const [newest] = (await f.temp.store.tips.list({ offset: 0, limit: 1 })).items
    await list.tap(newest.title)
    await f.mp.waitForCall('navigateTo', { url: `/tips/pages/detail/index?id=${newest.id}` })
    expectWithinSetDataLimit(list, 'seed')
  })

  it('a tip: its text, its law and article, and what it shares with the family', async () => {
    const { id: tipId, title } = (await f.temp.store.tips.list({ category: 'wage-labour', offset: 0, limit: 1 })).items[0]
    const tip = await f.mp.open(`/tips/pages/detail/index?id=${tipId}`)
    await tip.waitForText(title, '法律依据', '中华人民共和国', '分享给家人')
    expect(tip.text()).toMatch(/第[一二三四五六七八九十百]+条/)
    expect(tip.share()).toMatchObject({ title, path: `/tips/pages/detail/index?id=${tipId}` })
    expectWithinSetDataLimit(tip, 'seed')
  })
})

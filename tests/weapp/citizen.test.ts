/**
 * The citizen's path on the WeChat build: home → the six booking steps → done → 我的咨询 →
 * the case. Runs dist/weapp in WeChat's component simulator with a recording `wx`; the cloud
 * is the real functions on a temporary SQLite store. WeChat's real runtime is not involved.
 */
import { expectWithinSetDataLimit } from './harness/checks'
import { startMiniProgram, stopMiniProgram, type Fixture } from './harness/fixture'

let f: Fixture
beforeAll(async () => {
  f = await startMiniProgram()
})
afterAll(() => stopMiniProgram(f))
afterEach(() => f.mp.closeAll())

describe('the citizen path on the weapp build (simulator and stand-in wx; WeChat runtime not involved)', () => {
  it('home draws its entries and the monthly theme, and each entry navigates to its page', async () => {
    const home = await f.mp.open('/pages/home/index')
    await home.waitForText('预约法律咨询', '找驻外法律服务站', '普法小贴士', '我的咨询', '月主题', '拨打 12348')
    const targets = {
      预约法律咨询: '/consult/pages/book/index',
      找驻外法律服务站: '/stations/pages/index/index',
      普法小贴士: '/tips/pages/index/index',
      我的咨询: '/consult/pages/mine/index',
      设置: '/pages/settings/index'
    }
    for (const [text, url] of Object.entries(targets)) {
      await home.tap(text)
      await f.mp.waitForCall('navigateTo', { url })
    }
    expectWithinSetDataLimit(home)
  })

  it('home asks WeChat for the font size setting, dials the hotline and keeps elderly mode in storage', async () => {
    const home = await f.mp.open('/pages/home/index')
    expect(f.mp.callsOf('getAppBaseInfo').length).toBeGreaterThan(0)
    await home.tap('拨打 12348')
    await f.mp.waitForCall('makePhoneCall', { phoneNumber: '12348' })
    await home.change('长辈模式', { value: true })
    await f.mp.waitForCall('setStorageSync', { 0: 'elderly-mode', 1: true })
    expect(f.mp.storage.get('elderly-mode')).toBe(true)
    await home.change('长辈模式', { value: false })
  })

  it('settings draws the about text and opens the staff entrance', async () => {
    const settings = await f.mp.open('/pages/settings/index')
    await settings.waitForText('关于', '工作人员入口')
    expect(settings.text()).not.toContain('本地测试身份')
    await settings.tap('工作人员入口')
    await f.mp.waitForCall('navigateTo', { url: '/staff/pages/index/index' })
    expectWithinSetDataLimit(settings)
  })

  it('books a written consultation in six steps, gets a ticket, finds it in 我的咨询 and opens the case', async () => {
    const book = await f.mp.open('/consult/pages/book/index')
    await book.waitForText('遇到了什么问题？', '第 1 / 6 步')
    await book.tap('交通事故')
    await book.waitForText('快速自查（可以跳过）')
    await book.tap('跳过')
    await book.waitForText('想怎样咨询？')
    await book.tap('留言咨询')
    await book.tap('下一步')
    await book.waitForText('说说您的情况')
    await book.type('您的问题（写清楚事情经过和想问什么）', '骑摩托车被小车撞了，对方不肯赔医药费。')
    await book.type('姓名', '张三')
    await book.type('手机号', '13800138000')
    await book.change('家乡在哪个乡镇', { value: 0 })
    await book.type('您现在在哪个城市', '成都市')
    await book.type('事情发生在哪个城市', '成都市')
    await book.tap('下一步')
    await book.waitForText('个人信息怎么用', '保存多久')
    await book.change('我已阅读，同意按上面的说明处理我的个人信息（包括敏感信息）', { value: true })
    await book.tap('下一步')
    await book.waitForText('核对后提交')
    await book.tap('提交预约')
    expectWithinSetDataLimit(book)
    // This build has no subscription template (WX_STATUS_TEMPLATE_ID unset): it must not ask.
    expect(f.mp.callsOf('requestSubscribeMessage')).toHaveLength(0)

    const redirect = await f.mp.waitForCall('redirectTo')
    expect(String(redirect.url)).toMatch(/^\/consult\/pages\/done\/index\?id=/)
    const done = await f.mp.follow()
    await done.waitForText('预约成功', '您的咨询编号', '书面答复', '请提前准备')
    const ticket = /HS-\d{8}-\d{4}/.exec(done.text())?.[0]
    expect(ticket).toBeDefined()
    expectWithinSetDataLimit(done)
    await done.tap('查看进度')
    const fromDone = await f.mp.follow()
    await fromDone.waitForText(ticket!, '排队中')

    const mine = await f.mp.open('/consult/pages/mine/index')
    await mine.waitForText(ticket!, '交通事故')
    expect(mine.text()).not.toContain('再看')
    await mine.tap(ticket!)
    expect(String(f.mp.callsOf('navigateTo').at(-1)?.url)).toMatch(/^\/consult\/pages\/detail\/index\?id=/)
    const detail = await f.mp.follow()
    await detail.waitForText(ticket!, '排队中', '交通事故 · 留言咨询')
    expectWithinSetDataLimit(mine)
    expectWithinSetDataLimit(detail)
  })
})

/**
 * 找法律服务站 on the WeChat build: nearest first from WeChat's position, a station's detail
 * (navigation, phone, booking), nothing near, a refused location, and the admin's pages.
 * Simulator and stand-in wx (position and permission set by the test); WeChat's real runtime
 * is not involved.
 */
import { expectWithinSetDataLimit } from './harness/checks'
import { startMiniProgram, stopMiniProgram, type Fixture } from './harness/fixture'
import { ADMIN } from '../helpers/staff'

const GUANGAN = { latitude: 30.4594, longitude: 106.6301 }
const URUMQI = { latitude: 43.8256, longitude: 87.6168 }
const GUANGAN_STATION = '黑水县驻广安公共法律服务工作站'

let f: Fixture
beforeAll(async () => {
  f = await startMiniProgram()
})
afterAll(() => stopMiniProgram(f))
afterEach(async () => {
  await f.mp.closeAll()
  f.mp.clearCalls()
  f.cloud.actAs('o-weapp-citizen')
})

describe('stations on the weapp build (simulator and stand-in wx; WeChat runtime not involved)', () => {
  it('with location allowed, asks WeChat for a GCJ-02 position and lists the nearest station first with its distance', async () => {
    Object.assign(f.mp.answers, { locationAllowed: true, location: GUANGAN })
    const list = await f.mp.open('/stations/pages/index/index')
    await list.waitForText('按离您的远近排好了', GUANGAN_STATION)
    await f.mp.waitForCall('getLocation', { type: 'gcj02' })
    const cards = list.textsOf('station-card')
    expect(cards[0]).toContain(GUANGAN_STATION)
    expect(list.textsOf('station-distance')[0]).toMatch(/^(\d+(\.\d)? 公里|\d+ 米)$/)
    expect(list.text()).toContain('位置只在您的手机上用来算距离')
    await list.tap(GUANGAN_STATION)
    await f.mp.waitForCall('navigateTo', { url: '/stations/pages/detail/index?id=guangan-station' })
    expectWithinSetDataLimit(list, 'seed')
  })

  it('a station’s detail: hours, verified phones, navigation through WeChat’s map, a call, and booking there', async () => {
    const detail = await f.mp.open('/stations/pages/detail/index?id=guangan-station')
    await detail.waitForText(GUANGAN_STATION, '开放时间', '周一', '周日', '✓ 官方核实', '能办的事')
    await detail.tap('🧭 导航过去')
    const opened = await f.mp.waitForCall('openLocation', { name: GUANGAN_STATION })
    expect(opened).toMatchObject({ latitude: expect.any(Number), longitude: expect.any(Number) })
    await detail.tap('拨打')
    await f.mp.waitForCall('makePhoneCall')
    await detail.tap('在这里预约')
    await f.mp.waitForCall('navigateTo', { url: '/consult/pages/book/index?pointId=guangan-station' })
    expectWithinSetDataLimit(detail, 'seed')
  })

  it('far from every station, says nothing is near and offers the hotline and booking', async () => {
    Object.assign(f.mp.answers, { locationAllowed: true, location: URUMQI })
    const list = await f.mp.open('/stations/pages/index/index')
    await list.waitForText('公里内没有驻外法律服务工作站', '别着急，您可以这样求助', '拨打 12348', '预约电话咨询', '留言咨询')
    await list.tap('预约电话咨询')
    await f.mp.waitForCall('navigateTo', { url: '/consult/pages/book/index?channel=phone' })
    expectWithinSetDataLimit(list, 'nothing near')
  })

  it('with location refused, says so and opens WeChat’s settings to allow it', async () => {
    Object.assign(f.mp.answers, { locationAllowed: false, location: 'denied' })
    const list = await f.mp.open('/stations/pages/index/index')
    await list.waitForText('用我的位置找最近的', GUANGAN_STATION)
    expect(f.mp.callsOf('getLocation')).toHaveLength(0)
    await list.tap('📍 用我的位置找最近的')
    await list.waitForText('没有得到定位的许可', '去设置里打开位置权限')
    await list.tap('去设置里打开位置权限')
    await f.mp.waitForCall('openSetting')
  })

  it('the admin’s station list and edit form', async () => {
    await f.temp.store.staff.upsert(ADMIN)
    f.cloud.actAs(ADMIN.openid)
    const admin = await f.mp.open('/stations/pages/admin/index')
    await admin.waitForText('管理站点', GUANGAN_STATION, '启用中', '编辑', '停用')
    await admin.tap('＋ 添加站点')
    await f.mp.waitForCall('navigateTo', { url: '/stations/pages/edit/index' })
    expectWithinSetDataLimit(admin, 'seed')
    const edit = await f.mp.open('/stations/pages/edit/index?id=guangan-station')
    await edit.waitForText('名称', '开放时间', '启用（群众能看到）', '保存')
    expectWithinSetDataLimit(edit, 'seed')
  })
})

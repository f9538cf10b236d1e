import { SET_DATA_LIMIT_BYTES } from './harness/mini-program'
import { startMiniProgram, stopMiniProgram, type Fixture } from './harness/fixture'

let f: Fixture
beforeAll(async () => {
  f = await startMiniProgram()
})
afterAll(() => stopMiniProgram(f))

describe('home page of the weapp build (simulator; WeChat runtime not involved)', () => {
  it('draws the four entries and the monthly theme from the cloud', async () => {
    const home = await f.mp.open('/pages/home/index')
    await home.waitForText('预约法律咨询', '找驻外法律服务站', '普法小贴士', '我的咨询', '月主题')
    expect(home.largestSetData()).toBeLessThan(SET_DATA_LIMIT_BYTES)
    console.log(home.setDataBytes, home.nodeCount())
    await home.tap('预约法律咨询')
    expect(f.mp.callsOf('navigateTo').at(-1)).toMatchObject({ url: '/consult/pages/book/index' })
    console.log(f.mp.calls.map((c) => c.api))
  })
})

/**
 * WeChat's font size setting (the app reads it once, at launch): a larger setting scales the
 * app's text by the same ratio, up to 1.6×. Simulator and stand-in wx answering the setting;
 * WeChat's real runtime is not involved.
 */
import { startMiniProgram, stopMiniProgram, type Fixture } from './harness/fixture'

let f: Fixture
beforeAll(async () => {
  // 20 px where WeChat's standard is 16 px.
  f = await startMiniProgram({ fontSizeSetting: 20 })
})
afterAll(() => stopMiniProgram(f))

describe('WeChat’s font size on the weapp build (simulator and stand-in wx; WeChat runtime not involved)', () => {
  it('asks WeChat for the setting and draws every page 1.25× larger', async () => {
    const home = await f.mp.open('/pages/home/index')
    await home.waitForText('预约法律咨询')
    expect(f.mp.callsOf('getAppBaseInfo').length).toBeGreaterThan(0)
    expect(home.html()).toContain('--font-scale: 1.25')
    const tips = await f.mp.open('/tips/pages/index/index')
    await tips.waitForText('防诈骗')
    expect(tips.html()).toContain('--font-scale: 1.25')
  })
})

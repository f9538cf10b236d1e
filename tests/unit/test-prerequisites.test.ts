/** What `npm test` does first about the tests' own needs (config/tools/test-prerequisites.ts). */
import { NEEDS, planFor } from '../../config/tools/test-prerequisites'

const need = (name: string) => NEEDS.find((n) => n.name === name)!

describe('the test prerequisites check', () => {
  it('lets the tests run when nothing is missing', () => {
    expect(planFor([], false)).toEqual({ kind: 'ready' })
  })

  it('as root, installs the missing Debian packages itself', () => {
    expect(planFor([need('chromium'), need('fonts-wqy-microhei')], true)).toEqual({ kind: 'install', packages: ['chromium', 'fonts-wqy-microhei'] })
  })

  it('as another user, names what is missing and the one command that installs it, in one line', () => {
    const plan = planFor([need('chromium'), need('fonts-wqy-microhei')], false)
    expect(plan).toEqual({
      kind: 'stop',
      message:
        'Tests cannot run: missing chromium (the e2e tests drive it), fonts-wqy-microhei (Chinese text in the screenshots). ' +
        'Install with: sudo apt-get update && sudo apt-get install -y chromium fonts-wqy-microhei'
    })
  })

  it('a missing simulator means npm install was not run: it says so, even as root', () => {
    const plan = planFor([need('chromium'), need('miniprogram-simulate')], true)
    expect(plan).toEqual({
      kind: 'stop',
      message:
        'Tests cannot run: missing chromium (the e2e tests drive it), miniprogram-simulate (the weapp tests run the build in it). ' +
        'Install with: apt-get update && apt-get install -y chromium && npm install'
    })
  })
})

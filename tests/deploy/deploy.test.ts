/** `npm run deploy`: the dry run does every offline step; a real run names what is missing. */
import { spawnSync } from 'node:child_process'
import path from 'node:path'

const ROOT = path.resolve(__dirname, '..', '..')
const deploy = (args: string[], env: Record<string, string>) =>
  spawnSync(path.join(ROOT, 'node_modules', '.bin', 'tsx'), ['config/tools/deploy.ts', ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
    encoding: 'utf8',
    timeout: 240_000
  })

describe('npm run deploy', () => {
  it('refuses a real upload without credentials, naming each missing variable, and builds nothing', () => {
    const run = deploy([], { WX_APPID: 'wx1234567890abcdef' })
    expect(run.status).toBe(1)
    expect(run.stderr).toContain('Missing WX_CLOUD_ENV')
    expect(run.stderr).toContain('Missing WX_PRIVATE_KEY_PATH')
    expect(run.stderr).not.toContain('Missing WX_APPID')
    expect(run.stdout).not.toContain('building')
  })

  it('--dry-run builds, bundles, audits and prints what would be uploaded (WeChat’s servers not contacted)', () => {
    const run = deploy(['--dry-run'], {})
    // A word of its own: the build's progress lines name files such as FormError.tsx.
    expect(run.stderr).not.toMatch(/\bError\b/)
    expect(run.status).toBe(0)
    expect(run.stdout).toMatch(/main package \d+\.\d KB/)
    expect(run.stdout).toContain('pass PACKAGE_SIZE_LIMIT')
    expect(run.stdout).toMatch(/tips: \d+\.\d KB \(dist\/cloudfunctions\/tips\)/)
    expect(run.stdout).toContain('collection tips')
    expect(run.stdout).toContain('Seed files: dist/cloud-seed/tips.json, dist/cloud-seed/servicePoints.json')
    expect(run.stdout).toContain('Dry run finished: nothing was uploaded.')
  })
})

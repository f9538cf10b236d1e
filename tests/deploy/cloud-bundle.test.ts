/**
 * A bundled cloud function is self-contained: loaded alone with only wx-server-sdk beside it,
 * its main() answers through the shared router. wx-server-sdk is real but offline, so only
 * answers that need no database are checked (WeChat's servers cannot be reached here).
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { bundleFunctions, TIMEOUT_SECONDS } from '../../config/tools/bundle-functions'

const ROOT = path.resolve(__dirname, '..', '..')

const callBundled = (dir: string, event: unknown) => {
  // Copy the folder away from the project so nothing but wx-server-sdk can be resolved.
  const alone = fs.mkdtempSync(path.join(os.tmpdir(), 'falv-fn-'))
  fs.cpSync(dir, alone, { recursive: true })
  const script = `
    process.on('unhandledRejection', () => {}) // the offline SDK complains about missing secrets
    const { main } = require(${JSON.stringify(path.join(alone, 'index.js'))})
    main(${JSON.stringify(event)}).then((answer) => { console.log(JSON.stringify(answer)); process.exit(0) })`
  const run = spawnSync(process.execPath, ['-e', script], {
    env: { PATH: process.env.PATH, NODE_PATH: path.join(ROOT, 'node_modules', 'wx-server-sdk', '..') },
    encoding: 'utf8',
    timeout: 30_000
  })
  fs.rmSync(alone, { recursive: true, force: true })
  return { status: run.status, answer: run.stdout.trim().split('\n').pop(), stderr: run.stderr }
}

describe('bundled cloud functions (wx-server-sdk offline, no WeChat servers)', () => {
  let tipsDir: string
  beforeAll(async () => {
    const bundled = await bundleFunctions()
    tipsDir = bundled.find((b) => b.name === 'tips')!.dir
  })

  it('ship index.js, package.json with wx-server-sdk, and config.json', () => {
    expect(fs.readdirSync(tipsDir).sort()).toEqual(['config.json', 'index.js', 'package.json'])
    expect(JSON.parse(fs.readFileSync(path.join(tipsDir, 'package.json'), 'utf8')).dependencies).toEqual({ 'wx-server-sdk': '4.0.2' })
    expect(fs.readFileSync(path.join(tipsDir, 'index.js'), 'utf8')).not.toMatch(/require\("\.\.?\//)
  })

  it('set each function its own time limit in config.json, within what WeChat allows', () => {
    for (const name of ['tips', 'points', 'consult', 'staff', 'apply', 'retention']) {
      const config = JSON.parse(fs.readFileSync(path.join(path.dirname(tipsDir), name, 'config.json'), 'utf8'))
      expect(config.timeout).toBe(TIMEOUT_SECONDS[name])
      expect(config.timeout).toBeGreaterThan(3)
      expect(config.timeout).toBeLessThanOrEqual(60)
    }
  })

  it('answer an unknown action and a bad payload with the envelope, alone in a folder', () => {
    const unknown = callBundled(tipsDir, { action: 'dropTable', payload: {}, userInfo: { openId: 'forged' } })
    expect(unknown.status).toBe(0)
    expect(JSON.parse(unknown.answer ?? '')).toMatchObject({ ok: false, error: { code: 'ACTION.UNKNOWN' } })
    const bad = callBundled(tipsDir, { action: 'list', payload: { limit: 999 } })
    expect(JSON.parse(bad.answer ?? '')).toMatchObject({ ok: false, error: { code: 'INPUT.INVALID', issues: [{ path: 'limit' }] } })
  })
})

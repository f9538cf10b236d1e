import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { isLoopback } from '../../cloudfunctions/local/server'
import { startLocalCloud, type RunningCloud } from '../helpers/local-cloud'

describe('the local cloud over HTTP', () => {
  let cloud: RunningCloud
  beforeEach(async () => {
    cloud = await startLocalCloud({ rateLimit: { windowMs: 60_000, max: 40 } })
  })
  afterEach(async () => {
    await cloud.stop()
    await cloud.temp.cleanup()
  })

  it('answers /healthz once the store is open and seeded', async () => {
    const response = await fetch(`${cloud.url}/healthz`)
    expect(response.status).toBe(200)
    expect(await response.json()).toMatchObject({ ok: true, data: { status: 'ok', county: '黑水县' } })
  })

  it('calls a cloud function by name and answers the envelope with status 200', async () => {
    const { status, body } = await cloud.post('/api/tips', { action: 'list', payload: { limit: 1 } })
    expect(status).toBe(200)
    expect(body).toMatchObject({ ok: true, data: { items: [expect.objectContaining({ id: expect.any(String) })] } })
  })

  it('mirrors the envelope in the HTTP status: 400, 404, 405', async () => {
    expect(await cloud.post('/api/tips', { action: 'list', payload: { limit: 'many' } })).toMatchObject({
      status: 400,
      body: { ok: false, error: { code: 'INPUT.INVALID', issues: [{ path: 'limit' }] } }
    })
    expect(await cloud.post('/api/tips', { action: 'get', payload: { id: 'not-there' } })).toMatchObject({ status: 404 })
    expect(await cloud.post('/api/nothing', { action: 'list' })).toMatchObject({ status: 404, body: { error: { code: 'FUNCTION.UNKNOWN' } } })
    const get = await fetch(`${cloud.url}/api/tips`)
    expect(get.status).toBe(405)
  })

  it('answers malformed JSON with 400 and an over-large body with 413', async () => {
    expect(await cloud.post('/api/tips', '{"action": "list",')).toMatchObject({ status: 400, body: { error: { code: 'INPUT.MALFORMED_JSON' } } })
    const big = { action: 'list', payload: { keyword: 'x'.repeat(70 * 1024) } }
    expect(await cloud.post('/api/tips', big)).toMatchObject({ status: 413, body: { error: { code: 'REQUEST.TOO_LARGE' } } })
  })

  it('signs in a persona: same persona and name give the same OPENID, also after a restart', async () => {
    const zhang = await cloud.post('/api/_local/login', { persona: 'citizen', name: '张三' })
    expect(zhang).toMatchObject({ status: 200, body: { ok: true, data: { role: 'citizen', openid: expect.stringMatching(/^local_/) } } })
    const again = await cloud.post('/api/_local/login', { persona: 'citizen', name: '张三' })
    expect(again.body.data.openid).toBe(zhang.body.data.openid)
    const li = await cloud.post('/api/_local/login', { persona: 'citizen', name: '李四' })
    expect(li.body.data.openid).not.toBe(zhang.body.data.openid)

    await cloud.stop()
    cloud = await startLocalCloud({}, cloud.temp)
    const afterRestart = await cloud.post('/api/_local/login', { persona: 'citizen', name: '张三' })
    expect(afterRestart.body.data.openid).toBe(zhang.body.data.openid)
  })

  it('refuses a login with an unknown persona or no name', async () => {
    expect(await cloud.post('/api/_local/login', { persona: 'god', name: '张三' })).toMatchObject({ status: 400 })
    expect(await cloud.post('/api/_local/login', { persona: 'citizen', name: '  ' })).toMatchObject({
      status: 400,
      body: { error: { issues: [{ path: 'name', message: '请填写名字' }] } }
    })
  })

  it('records staff and admin personas in the staff table, where roles come from', async () => {
    const admin = await cloud.post('/api/_local/login', { persona: 'admin', name: '管理员甲' })
    expect(admin.body.data.role).toBe('admin')
    expect((await cloud.temp.store.staff.get(admin.body.data.openid))?.role).toBe('admin')
  })

  it('refuses too many calls in a short time with 429', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 45; i += 1) statuses.push((await cloud.post('/api/tips', { action: 'theme', payload: {} })).status)
    expect(statuses.slice(0, 40).every((s) => s === 200)).toBe(true)
    expect(statuses.slice(40)).toEqual([429, 429, 429, 429, 429])
  })

  it('serves no files outside the h5 build folder', async () => {
    const staticCloud = await startLocalCloud({ staticDir: path.join(__dirname, '..', 'e2e') })
    const response = await fetch(`${staticCloud.url}/..%2F..%2Fpackage.json`)
    expect(response.status).toBe(404)
    await staticCloud.stop()
    await staticCloud.temp.cleanup()
  })
})

describe('where the local cloud may listen', () => {
  it('accepts only loopback addresses', () => {
    expect(['127.0.0.1', '127.1.2.3', 'localhost', '::1'].every(isLoopback)).toBe(true)
    expect(['0.0.0.0', '192.168.1.5', '::', 'example.com'].some(isLoopback)).toBe(false)
  })

  it('refuses to start on a non-loopback address, saying why', () => {
    const root = path.resolve(__dirname, '..', '..')
    const run = spawnSync(path.join(root, 'node_modules', '.bin', 'tsx'), ['cloudfunctions/local/main.ts'], {
      cwd: root,
      env: { ...process.env, HOST: '0.0.0.0', PORT: '0' },
      encoding: 'utf8',
      timeout: 30_000
    })
    expect(run.status).toBe(1)
    expect(run.stderr).toContain('拒绝启动')
  })
})

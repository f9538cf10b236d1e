/**
 * The `points` cloud function through the real local cloud, on a seeded SQLite store: anyone
 * reads active points, only an admin writes, and an import is all or nothing.
 */
import fs from 'node:fs'
import path from 'node:path'
import { pointsContract } from '@/core/contracts/points'
import { county } from '@/core/county/current'
import type { ServicePoint } from '@/core/county/schema'
import { importPointsFile } from '../../cloudfunctions/local/import-points'
import { seedStore } from '../../cloudfunctions/seed'
import { startLocalCloud, type RunningCloud } from '../helpers/local-cloud'

const EXAMPLE_CSV = path.join(__dirname, '..', '..', 'cloudfunctions', 'seed', 'points-example.csv')

const newPoint = (overrides: Partial<ServicePoint> = {}): ServicePoint => ({
  id: 'shenzhen-legal-aid',
  kind: 'city-legal-aid',
  name: '深圳市法律援助中心',
  province: '广东省',
  city: '深圳市',
  address: '深圳市福田区（示例地址）',
  location: { lat: 22.5431, lng: 114.0579 },
  phones: [{ label: '当地12348热线', number: '12348', verified: true }],
  hours: [{ days: [1, 2, 3, 4, 5], open: '09:00', close: '18:00' }],
  closedDates: [],
  services: ['consultation', 'aid-application', 'wage-claim'],
  languages: ['普通话'],
  active: true,
  sample: true,
  ...overrides
})

describe('the points cloud function on the local cloud', () => {
  let cloud: RunningCloud
  let adminToken: string
  let citizenToken: string
  const call = (action: string, payload: object = {}, token?: string) => cloud.post('/api/points', { action, payload }, token)

  beforeEach(async () => {
    cloud = await startLocalCloud({ rateLimit: { windowMs: 60_000, max: 1000 } })
    adminToken = (await cloud.post('/api/_local/login', { persona: 'admin', name: '管理员甲' })).body.data.token
    citizenToken = (await cloud.post('/api/_local/login', { persona: 'citizen', name: '张三' })).body.data.token
  })
  afterEach(async () => {
    await cloud.stop()
    await cloud.temp.cleanup()
  })

  it('lists every active point of the county file, with when the list last changed, to anyone', async () => {
    const { status, body } = await call('list')
    expect(status).toBe(200)
    expect(body.data.items).toHaveLength(county.servicePoints.filter((p) => p.active).length)
    expect(body.data.items.map((p: ServicePoint) => p.id).sort()).toEqual(county.servicePoints.map((p) => p.id).sort())
    expect(body.data.updatedAt).toEqual(expect.stringMatching(/^\d{4}-\d\d-\d\dT/))
    const chengdu = body.data.items.find((p: ServicePoint) => p.id === 'chengdu-station')
    expect(chengdu).toEqual(county.servicePoints.find((p) => p.id === 'chengdu-station'))
  })

  it('reads one point, and answers 404 for an unknown one and 400 for a bad id', async () => {
    expect(await call('get', { id: 'guangan-station' })).toMatchObject({ status: 200, body: { data: { name: '黑水县驻广安公共法律服务工作站' } } })
    expect(await call('get', { id: 'no-such-point' })).toMatchObject({ status: 404, body: { error: { code: 'RESOURCE.NOT_FOUND' } } })
    expect(await call('get', { id: '../etc' })).toMatchObject({ status: 400 })
  })

  it('never takes a position: coordinates sent along are dropped before any use case sees them', async () => {
    expect(pointsContract.list.payload.parse({ lat: 30.6, lng: 104.1 })).toEqual({})
    const { body } = await call('list', { lat: 30.6, lng: 104.1 })
    expect(body.ok).toBe(true)
  })

  it('lets an admin add, edit, deactivate and reactivate a point', async () => {
    const created = await call('create', newPoint(), adminToken)
    expect(created).toMatchObject({ status: 200, body: { data: { id: 'shenzhen-legal-aid', origin: 'admin' } } })
    expect((await call('list')).body.data.items.map((p: ServicePoint) => p.id)).toContain('shenzhen-legal-aid')

    const edited = await call('update', newPoint({ address: '深圳市福田区某路 1 号', sample: false }), adminToken)
    expect(edited.body.data).toMatchObject({ address: '深圳市福田区某路 1 号', sample: false })
    expect((await call('get', { id: 'shenzhen-legal-aid' })).body.data.address).toBe('深圳市福田区某路 1 号')

    expect((await call('setActive', { id: 'shenzhen-legal-aid', active: false }, adminToken)).body.data.active).toBe(false)
    expect((await call('list')).body.data.items.map((p: ServicePoint) => p.id)).not.toContain('shenzhen-legal-aid')
    expect(await call('get', { id: 'shenzhen-legal-aid' })).toMatchObject({ status: 404 })
    const all = await call('adminList', {}, adminToken)
    expect(all.body.data.items.find((p: ServicePoint) => p.id === 'shenzhen-legal-aid')).toMatchObject({ active: false })

    await call('setActive', { id: 'shenzhen-legal-aid', active: true }, adminToken)
    expect(await call('get', { id: 'shenzhen-legal-aid' })).toMatchObject({ status: 200 })
  })

  it('refuses to deactivate the callback point with a reason, and booking and the queue go on working', async () => {
    const callback = county.booking.callbackPointId
    const refused = await call('setActive', { id: callback, active: false }, adminToken)
    expect(refused).toMatchObject({ status: 409, body: { ok: false, error: { message: expect.stringContaining('不能停用') } } })
    expect((await call('get', { id: callback })).body.data.active).toBe(true)
    const slots = await cloud.post('/api/consult', { action: 'slots', payload: { channel: 'phone' } })
    expect(slots).toMatchObject({ status: 200, body: { ok: true, data: { point: { id: callback } } } })
    expect((await cloud.post('/api/staff', { action: 'queue', payload: {} }, adminToken)).status).toBe(200)
  })

  it('writes every station change to the audit trail, under the admin’s name and the station’s name', async () => {
    await call('create', newPoint(), adminToken)
    await call('update', newPoint({ address: '深圳市福田区某路 1 号' }), adminToken)
    await call('setActive', { id: 'shenzhen-legal-aid', active: false }, adminToken)
    await call('setActive', { id: 'shenzhen-legal-aid', active: true }, adminToken)
    await call('importCsv', { csv: fs.readFileSync(EXAMPLE_CSV, 'utf8') }, adminToken)
    const trail = await cloud.post('/api/staff', { action: 'audit', payload: { offset: 0, limit: 50 } }, adminToken)
    const entries = trail.body.data.items.map((e: { actorName: string; action: string; detail?: string }) => [e.actorName, e.action, e.detail])
    expect(entries).toEqual([
      ['管理员甲', 'points.import', expect.stringMatching(/^新增 \d+ 个，更新 \d+ 个$/)],
      ['管理员甲', 'points.activate', '深圳市法律援助中心'],
      ['管理员甲', 'points.deactivate', '深圳市法律援助中心'],
      ['管理员甲', 'points.update', '深圳市法律援助中心'],
      ['管理员甲', 'points.create', '深圳市法律援助中心']
    ])
  })

  it('makes an id for a new point without one, refuses a taken id, and 404s an edit of a missing point', async () => {
    const { id: _id, ...withoutId } = newPoint()
    const created = await call('create', withoutId, adminToken)
    expect(created.body.data.id).toMatch(/^pt-[0-9a-f]{8}$/)
    expect(await call('create', newPoint({ id: 'chengdu-station' }), adminToken)).toMatchObject({ status: 409, body: { error: { code: 'RESOURCE.CONFLICT' } } })
    expect(await call('update', newPoint({ id: 'not-there' }), adminToken)).toMatchObject({ status: 404 })
    expect(await call('setActive', { id: 'not-there', active: false }, adminToken)).toMatchObject({ status: 404 })
  })

  it('refuses a bad point with the field to fix, and stores nothing', async () => {
    const bad = await call('create', newPoint({ location: { lat: 48.85, lng: 2.35 }, hours: [{ days: [1], open: '09:00', close: '09:00' }] }), adminToken)
    expect(bad.status).toBe(400)
    expect(bad.body.error.issues.map((i: { path: string }) => i.path)).toEqual(expect.arrayContaining(['location.lng', 'hours.0']))
    expect((await call('adminList', {}, adminToken)).body.data.items).toHaveLength(county.servicePoints.length)
  })

  it('does not let a citizen, or someone not signed in, write or see the admin list', async () => {
    for (const [action, payload] of [
      ['create', newPoint()],
      ['update', newPoint({ id: 'chengdu-station' })],
      ['setActive', { id: 'chengdu-station', active: false }],
      ['importCsv', { csv: fs.readFileSync(EXAMPLE_CSV, 'utf8') }],
      ['adminList', {}]
    ] as const) {
      expect(await call(action, payload, citizenToken)).toMatchObject({ status: 403, body: { error: { code: 'AUTH.FORBIDDEN' } } })
      expect(await call(action, payload)).toMatchObject({ status: 401, body: { error: { code: 'AUTH.REQUIRED' } } })
    }
    expect((await call('get', { id: 'chengdu-station' })).body.data.active).toBe(true)
    expect((await call('list')).body.data.items).toHaveLength(county.servicePoints.length)
  })

  it('imports the example CSV, and a second import of the same file updates instead of duplicating', async () => {
    const csv = fs.readFileSync(EXAMPLE_CSV, 'utf8')
    expect((await call('importCsv', { csv }, adminToken)).body).toEqual({ ok: true, data: { created: 3, updated: 0 } })
    expect((await call('importCsv', { csv }, adminToken)).body).toEqual({ ok: true, data: { created: 0, updated: 3 } })
    expect((await call('list')).body.data.items).toHaveLength(county.servicePoints.length + 3)
  })

  it('writes nothing when one row of an import is bad, and says which row and column', async () => {
    const lines = fs.readFileSync(EXAMPLE_CSV, 'utf8').trimEnd().split('\n')
    lines[3] = lines[3].replace('29.8683', '九十')
    const answer = await call('importCsv', { csv: lines.join('\n') }, adminToken)
    expect(answer.status).toBe(400)
    expect(answer.body.error).toMatchObject({
      code: 'INPUT.INVALID',
      message: expect.stringContaining('一个站点也没有导入'),
      issues: [{ path: '4.纬度', message: '第 4 行 · 纬度：“九十”要写成数字，比如 30.6574' }]
    })
    const ids = (await call('adminList', {}, adminToken)).body.data.items.map((p: ServicePoint) => p.id)
    expect(ids).not.toContain('dongguan-station')
    expect(ids).toHaveLength(county.servicePoints.length)
  })
})

describe('seeding points and the import command, on SQLite', () => {
  let cloud: RunningCloud
  beforeEach(async () => {
    cloud = await startLocalCloud()
  })
  afterEach(async () => {
    await cloud.stop()
    await cloud.temp.cleanup()
  })

  it('seeds once; a later seed leaves an admin’s edit and deactivation alone', async () => {
    const { store } = cloud.temp
    expect(await seedStore(store)).toMatchObject({ pointsWritten: 0 })
    const chengdu = (await store.points.get('chengdu-station'))!
    const { origin: _o, updatedAt: _u, ...point } = chengdu
    await store.points.update({ ...point, address: '成都市武侯区某街 8 号', sample: false }, new Date().toISOString())
    await store.points.setActive('guangan-station', false, new Date().toISOString())

    expect(await seedStore(store)).toMatchObject({ pointsWritten: 0 })
    expect(await store.points.get('chengdu-station')).toMatchObject({ address: '成都市武侯区某街 8 号', sample: false, origin: 'admin' })
    expect(await store.points.get('guangan-station')).toMatchObject({ active: false })
  })

  it('refreshes a seeded point whose data in the county file changed', async () => {
    const { store } = cloud.temp
    const [first] = county.servicePoints
    expect(await store.points.seed([{ ...first, name: '改了名字的中心' }], new Date().toISOString())).toBe(1)
    expect((await store.points.get(first.id))?.name).toBe('改了名字的中心')
    expect(await store.points.seed([{ ...first, name: '改了名字的中心' }], new Date().toISOString())).toBe(0)
  })

  it('the import command reports each bad row, writes nothing, and then imports the fixed file', async () => {
    const { store, dir } = cloud.temp
    const badFile = path.join(dir, 'bad.csv')
    const lines = fs.readFileSync(EXAMPLE_CSV, 'utf8').trimEnd().split('\n')
    fs.writeFileSync(badFile, [...lines.slice(0, 2), lines[2].replace('法律咨询', '占卜'), lines[3]].join('\n'))
    const refused = await importPointsFile(badFile, store)
    expect(refused.ok).toBe(false)
    expect(refused.report).toEqual([expect.stringContaining('1 处问题'), expect.stringMatching(/^第 3 行 · 服务：没有“占卜”这项服务/)])
    expect(await store.points.get('dongguan-station')).toBeNull()

    expect(await importPointsFile(EXAMPLE_CSV, store, { dryRun: true })).toEqual({ ok: true, report: [expect.stringContaining('试运行')] })
    expect(await store.points.get('dongguan-station')).toBeNull()
    expect(await importPointsFile(EXAMPLE_CSV, store)).toEqual({ ok: true, report: ['已导入 3 个站点：新增 3 个，更新 0 个。'] })
    expect(await store.points.get('ningbo-station')).toMatchObject({ origin: 'admin', sample: true })
  })
})

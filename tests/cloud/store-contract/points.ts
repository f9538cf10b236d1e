/** What every Store adapter must do with service points. */
import type { ServicePoint } from '../../../src/core/county/schema'
import type { OpenStore } from '../../helpers/stores'
import { unique, storeForEachTest } from './support'

const AT = '2026-11-29T08:00:00.000Z'
const LATER = '2026-11-29T09:00:00.000Z'

export const makePoint = (id: string, overrides: Partial<ServicePoint> = {}): ServicePoint => ({
  id,
  kind: 'township-office',
  name: `测试点${id.slice(-6)}`,
  province: '四川省',
  city: '阿坝州',
  address: '测试地址',
  location: { lat: 32.06, lng: 102.99 },
  phones: [{ label: '值班电话', number: '0837-1234567', verified: true }],
  hours: [{ days: [1, 2, 3, 4, 5], open: '09:00', close: '17:00' }],
  closedDates: [],
  services: ['consultation'],
  languages: ['普通话'],
  active: true,
  sample: false,
  ...overrides
})

export const pointsContract = (open: OpenStore) => {
  const opened = storeForEachTest(open)

  it('creates a point as the admin’s, once: a taken id answers null', async () => {
    const { store } = opened.current
    const point = makePoint(`p-${unique()}`)
    expect(await store.points.create(point, AT)).toEqual({ ...point, origin: 'admin', updatedAt: AT })
    expect(await store.points.create(makePoint(point.id, { name: '另一个名字' }), LATER)).toBeNull()
    expect((await store.points.get(point.id))?.name).toBe(point.name)
  })

  it('gives an id to exactly one of three admins creating it at once', async () => {
    const { store } = opened.current
    const id = `p-${unique()}`
    const results = await Promise.all(['甲', '乙', '丙'].map((name) => store.points.create(makePoint(id, { name: `测试点${name}` }), AT).catch(() => 'failed')))
    expect(results.filter((result) => result && result !== 'failed')).toHaveLength(1)
  })

  it('updates and deactivates only a point that exists', async () => {
    const { store } = opened.current
    const point = makePoint(`p-${unique()}`)
    expect(await store.points.update(point, AT)).toBeNull()
    expect(await store.points.setActive(point.id, false, AT)).toBeNull()
    await store.points.create(point, AT)
    expect(await store.points.update({ ...point, name: '新的名字' }, LATER)).toEqual({ ...point, name: '新的名字', origin: 'admin', updatedAt: LATER })
    expect(await store.points.setActive(point.id, false, LATER)).toMatchObject({ active: false, updatedAt: LATER })
    expect(await store.points.setActive(point.id, false, LATER)).toMatchObject({ active: false })
  })

  it('lists active points to everyone, and any change — a deactivation too — moves their date', async () => {
    const { store } = opened.current
    const [kept, closed] = [makePoint(`p-${unique()}`), makePoint(`p-${unique()}`)]
    await store.points.create(kept, AT)
    await store.points.create(closed, AT)
    await store.points.setActive(closed.id, false, '2999-01-01T00:00:00.000Z')
    const { items, updatedAt } = await store.points.listActive()
    expect(items.find((p) => p.id === kept.id)).toEqual(kept)
    expect(items.find((p) => p.id === closed.id)).toBeUndefined()
    expect(updatedAt).toBe('2999-01-01T00:00:00.000Z')
  })

  it('lists every point for admins, active ones first, then by id, more than a read can answer (120)', async () => {
    const { store } = opened.current
    const token = unique()
    const points = Array.from({ length: 120 }, (_unused, n) => makePoint(`p-${token}-${String(n).padStart(3, '0')}`, { active: n % 3 !== 0 }))
    await store.points.importAll(points, AT)
    const mine = (await store.points.listAll()).filter((p) => p.id.includes(token))
    const expected = [...points.filter((p) => p.active), ...points.filter((p) => !p.active)].map((p) => p.id)
    expect(mine.map((p) => p.id)).toEqual(expected)
    expect((await store.points.listActive()).items.filter((p) => p.id.includes(token))).toHaveLength(80)
  })

  it('imports points, creating the new and replacing the known ones as the admin’s', async () => {
    const { store } = opened.current
    const [known, fresh] = [makePoint(`p-${unique()}`), makePoint(`p-${unique()}`)]
    await store.points.seed([known], AT)
    expect(await store.points.importAll([{ ...known, name: '导入的名字' }, fresh], LATER)).toEqual({ created: 1, updated: 1 })
    expect(await store.points.get(known.id)).toEqual({ ...known, name: '导入的名字', origin: 'admin', updatedAt: LATER })
    expect(await store.points.get(fresh.id)).toEqual({ ...fresh, origin: 'admin', updatedAt: LATER })
  })

  it('seeds missing points and refreshes seeded ones, never undoing an admin’s change', async () => {
    const { store } = opened.current
    const [seeded, edited] = [makePoint(`p-${unique()}`), makePoint(`p-${unique()}`)]
    expect(await store.points.seed([seeded, edited], AT)).toBe(2)
    expect(await store.points.seed([seeded, edited], LATER)).toBe(0)
    await store.points.update({ ...edited, name: '管理员改的' }, LATER)
    expect(
      await store.points.seed(
        [
          { ...seeded, name: '县里的新名字' },
          { ...edited, name: '县里的新名字' }
        ],
        LATER
      )
    ).toBe(1)
    expect((await store.points.get(seeded.id))?.name).toBe('县里的新名字')
    expect(await store.points.get(edited.id)).toMatchObject({ name: '管理员改的', origin: 'admin' })
  })
}

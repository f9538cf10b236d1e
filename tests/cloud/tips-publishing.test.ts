import { county } from '@/core/county/current'
import { wordListCheck } from '../../cloudfunctions/content-check/word-list'
import { tips } from '../../cloudfunctions/functions/tips'
import { seedStore } from '../../cloudfunctions/seed'
import { loadSeedTips } from '../../cloudfunctions/seed/tips'
import { makeTip } from '../helpers/sample-tips'
import { ADMIN, LAWYER } from '../helpers/staff'
import { openTempStore, type TempStore } from '../helpers/temp-store'
import { sharedTempFiles } from '../helpers/temp-files'

describe('publishing tips (admins)', () => {
  let temp: TempStore
  const now = new Date('2026-12-01T02:00:00Z')
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const call = (openid: string | null, action: string, payload: object): Promise<any> =>
    tips.handle({ action, payload }, { openid, store: temp.store, county, contentCheck: wordListCheck(), files: sharedTempFiles(), now: () => now })

  beforeEach(async () => {
    temp = openTempStore()
    await seedStore(temp.store)
    for (const m of [ADMIN, LAWYER]) await temp.store.staff.upsert(m)
  })
  afterEach(() => temp.cleanup())

  const { updatedAt: _date, ...draft } = makeTip('heishui-new-tip', 'anti-fraud', { title: '春节返乡防骗要点' })

  it('lets only admins write: citizens and ordinary staff are refused and nothing changes', async () => {
    expect(await call('o-citizen', 'save', { ...draft, published: true })).toMatchObject({ ok: false, error: { code: 'AUTH.FORBIDDEN' } })
    expect(await call(LAWYER.openid, 'save', { ...draft, published: true })).toMatchObject({ ok: false, error: { code: 'AUTH.FORBIDDEN' } })
    expect(await call(null, 'setPublished', { id: loadSeedTips()[0].id, published: false })).toMatchObject({ ok: false, error: { code: 'AUTH.REQUIRED' } })
    expect((await call(null, 'list', {})).data.total).toBe(loadSeedTips().length)
  })

  it('keeps a draft from citizens until it is published, dated the day of the change', async () => {
    expect(await call(ADMIN.openid, 'save', { ...draft, published: false })).toMatchObject({ ok: true, data: { updatedAt: '2026-12-01', published: false } })
    expect(await call(null, 'get', { id: draft.id })).toMatchObject({ ok: false, error: { code: 'RESOURCE.NOT_FOUND' } })
    await call(ADMIN.openid, 'setPublished', { id: draft.id, published: true })
    expect(await call(null, 'get', { id: draft.id })).toMatchObject({ ok: true, data: { title: '春节返乡防骗要点' } })
    expect((await call(ADMIN.openid, 'adminList', {})).data.total).toBe(loadSeedTips().length + 1)
  })

  it('hides an unpublished tip, and a later seed does not undo an admin’s edit', async () => {
    const [seeded] = loadSeedTips()
    await call(ADMIN.openid, 'setPublished', { id: seeded.id, published: false })
    expect((await call(null, 'list', {})).data.total).toBe(loadSeedTips().length - 1)
    const { updatedAt: _u, ...edit } = seeded
    await call(ADMIN.openid, 'save', { ...edit, title: '改过的标题：讨薪时效', published: true })
    expect(await seedStore(temp.store)).toMatchObject({ tipsWritten: 0 })
    expect((await call(null, 'get', { id: seeded.id })).data.title).toBe('改过的标题：讨薪时效')
  })

  it('writes saving, publishing and hiding to the audit trail, naming the tip by its title', async () => {
    await call(ADMIN.openid, 'save', { ...draft, published: false })
    await call(ADMIN.openid, 'setPublished', { id: draft.id, published: true })
    await call(ADMIN.openid, 'setPublished', { id: draft.id, published: false })
    const { items } = await temp.store.audit.list({ offset: 0, limit: 10 })
    expect(items.map((e) => [e.actorName, e.action, e.detail])).toEqual([
      [ADMIN.name, 'tips.unpublish', '春节返乡防骗要点'],
      [ADMIN.name, 'tips.publish', '春节返乡防骗要点'],
      [ADMIN.name, 'tips.save', '春节返乡防骗要点']
    ])
  })
})

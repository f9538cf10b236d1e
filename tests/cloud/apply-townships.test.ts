/**
 * Staff townships on both stores: an admin sets the townships whose mediation requests a
 * member handles (only the county's own), the member's profile shows them, and from then on
 * the member sees that township's requests — and only those.
 */
import type { Store } from '../../cloudfunctions/store/port'
import { addStaff, applyCaller, CITIZEN, mediationForm, ok, STATION_ONLY, dumpOf } from '../helpers/apply'
import { ADMIN, staffCaller } from '../helpers/staff'
import { openStore, STORE_KINDS, type OpenedStore } from '../helpers/stores'

describe.each(STORE_KINDS)('staff townships on %s', (kind) => {
  let opened: OpenedStore
  let store: Store

  beforeEach(async () => {
    opened = await openStore(kind, { seeded: true })
    store = opened.store
    await addStaff(store, ADMIN, STATION_ONLY)
  })
  afterEach(() => opened.done())

  it('lets an admin set county townships, shows them on the profile, and scopes mediation by them', async () => {
    const staff = staffCaller(store)
    const apply = applyCaller(store)
    const request = await ok(apply(CITIZEN, 'createMediation', mediationForm({ township: '卡龙镇' })))
    expect((await ok(apply(STATION_ONLY.openid, 'queue', { kind: 'mediation' }))).total).toBe(0)

    const before = dumpOf(opened)
    expect(await staff(ADMIN.openid, 'setTownships', { openid: STATION_ONLY.openid, townships: ['卡龙镇', '成都市'] })).toMatchObject({
      ok: false,
      error: { code: 'INPUT.INVALID', message: '黑水县没有“成都市”，请重新选择乡镇' }
    })
    expect(await staff(ADMIN.openid, 'setTownships', { openid: 'o-nobody-here', townships: ['卡龙镇'] })).toMatchObject({
      ok: false,
      error: { code: 'RESOURCE.NOT_FOUND' }
    })
    expect(dumpOf(opened)).toEqual(before)

    expect(await ok(staff(ADMIN.openid, 'setTownships', { openid: STATION_ONLY.openid, townships: ['卡龙镇'] }))).toMatchObject({ townships: ['卡龙镇'] })
    expect(await ok(staff(STATION_ONLY.openid, 'me'))).toMatchObject({ townships: ['卡龙镇'] })
    expect((await ok(staff(ADMIN.openid, 'listStaff'))).find((p: { openid: string }) => p.openid === STATION_ONLY.openid)).toMatchObject({
      townships: ['卡龙镇']
    })
    expect((await ok(apply(STATION_ONLY.openid, 'queue', { kind: 'mediation' }))).items.map((i: { id: string }) => i.id)).toEqual([request.id])
    expect((await store.audit.list({ offset: 0, limit: 10 })).items.find((e) => e.action === 'staff.townships')?.detail).toBe('广安站小李：卡龙镇')

    await ok(staff(ADMIN.openid, 'setTownships', { openid: STATION_ONLY.openid, townships: ['芦花镇'] }))
    expect(await apply(STATION_ONLY.openid, 'get', { id: request.id })).toMatchObject({ ok: false, error: { code: 'RESOURCE.NOT_FOUND' } })
  })
})

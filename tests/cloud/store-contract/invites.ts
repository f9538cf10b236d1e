/** What every Store adapter must do with staff invites. */
import type { StoredInvite } from '../../../cloudfunctions/store/port'
import type { OpenStore } from '../../helpers/stores'
import { future, unique, storeForEachTest } from './support'

const AT = '2026-11-29T08:00:00.000Z'

const invite = (id: string, overrides: Partial<StoredInvite> = {}): StoredInvite => ({
  id,
  codeHash: `h-${id}`,
  kind: 'lawyer',
  name: '张律师',
  pointIds: [],
  createdBy: 'o-admin',
  createdAt: AT,
  expiresAt: '2026-12-06T08:00:00.000Z',
  ...overrides
})

export const invitesContract = (open: OpenStore) => {
  const opened = storeForEachTest(open)

  it('redeems an open invite once, for the first person only', async () => {
    const { store } = opened.current
    const id = `i-${unique()}`
    await store.invites.create(invite(id))
    expect(await store.invites.redeem(`h-${id}`, 'o-first', AT)).toEqual({ ...invite(id), usedBy: 'o-first', usedAt: AT })
    expect(await store.invites.redeem(`h-${id}`, 'o-second', AT)).toBeNull()
    expect(await store.invites.redeem(`h-${unique()}`, 'o-second', AT)).toBeNull()
  })

  it('gives an invite to exactly one of five people entering its code at once', async () => {
    const { store } = opened.current
    const id = `i-${unique()}`
    await store.invites.create(invite(id))
    const results = await Promise.all([1, 2, 3, 4, 5].map((n) => store.invites.redeem(`h-${id}`, `o-${n}`, AT)))
    expect(results.filter(Boolean)).toHaveLength(1)
  })

  it('does not redeem an expired or revoked invite, and revokes only an open one', async () => {
    const { store } = opened.current
    const [expired, revoked, used] = [`i-${unique()}`, `i-${unique()}`, `i-${unique()}`]
    await store.invites.create(invite(expired, { expiresAt: AT }))
    await store.invites.create(invite(revoked))
    await store.invites.create(invite(used))
    expect(await store.invites.redeem(`h-${expired}`, 'o-x', AT)).toBeNull()
    expect(await store.invites.revoke(revoked, AT)).toEqual({ ...invite(revoked), revokedAt: AT })
    expect(await store.invites.redeem(`h-${revoked}`, 'o-x', AT)).toBeNull()
    expect(await store.invites.revoke(revoked, AT)).toBeNull()
    await store.invites.redeem(`h-${used}`, 'o-y', AT)
    expect(await store.invites.revoke(used, AT)).toBeNull()
  })

  it('lists every invite newest first, more than a read can answer (105)', async () => {
    const { store } = opened.current
    const token = unique()
    const made = Array.from({ length: 105 }, (_unused, n) => invite(`i-${token}-${n}`, { createdAt: future(n) }))
    for (const one of made) await store.invites.create(one)
    const mine = (await store.invites.list()).filter((one) => one.id.includes(token))
    expect(mine.map((one) => one.id)).toEqual([...made].reverse().map((one) => one.id))
  })
}

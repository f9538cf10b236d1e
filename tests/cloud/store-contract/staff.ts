/** What every Store adapter must do with staff members. */
import type { StaffMember } from '../../../cloudfunctions/store/port'
import type { OpenStore } from '../../helpers/stores'
import { unique, storeForEachTest } from './support'

const lawyer = (openid: string, name = '李律师'): StaffMember => ({ openid, role: 'staff', kind: 'lawyer', pointIds: [], name })

export const staffContract = (open: OpenStore) => {
  const opened = storeForEachTest(open)

  it('knows staff by OPENID and everyone else as no one', async () => {
    const { store } = opened.current
    const openid = `o-${unique()}`
    expect(await store.staff.get(openid)).toBeNull()
    await store.staff.upsert(lawyer(openid))
    expect(await store.staff.get(openid)).toEqual(lawyer(openid))
    await store.staff.upsert({ openid, role: 'admin', kind: 'admin', pointIds: [], name: '李律师' })
    expect((await store.staff.get(openid))?.role).toBe('admin')
  })

  it('keeps the points a station member covers', async () => {
    const { store } = opened.current
    const member: StaffMember = { openid: `o-${unique()}`, role: 'staff', kind: 'station', pointIds: ['p-a', 'p-b'], name: '王站长' }
    await store.staff.upsert(member)
    expect(await store.staff.get(member.openid)).toEqual(member)
  })

  it('lists members in the order they joined; a change does not move a member', async () => {
    const { store } = opened.current
    const token = unique()
    const [first, second] = [`o-${token}-1`, `o-${token}-2`]
    await store.staff.upsert(lawyer(first))
    await new Promise((resolve) => setTimeout(resolve, 5))
    await store.staff.upsert(lawyer(second))
    await new Promise((resolve) => setTimeout(resolve, 5))
    await store.staff.upsert(lawyer(first, '李律师（改名）'))
    const mine = (await store.staff.list()).filter((member) => member.openid.includes(token))
    expect(mine.map((member) => [member.openid, member.name])).toEqual([
      [first, '李律师（改名）'],
      [second, '李律师']
    ])
  })

  it('lists more members than a read can answer (105)', async () => {
    const { store } = opened.current
    const token = unique()
    const openids = Array.from({ length: 105 }, (_unused, n) => `o-${token}-${n}`)
    for (const openid of openids) await store.staff.upsert(lawyer(openid))
    const listed = (await store.staff.list()).filter((member) => member.openid.includes(token))
    expect(listed.map((member) => member.openid).sort()).toEqual([...openids].sort())
  })

  it('removes a member once', async () => {
    const { store } = opened.current
    const openid = `o-${unique()}`
    await store.staff.upsert(lawyer(openid))
    expect(await store.staff.remove(openid)).toBe(true)
    expect(await store.staff.remove(openid)).toBe(false)
    expect(await store.staff.get(openid)).toBeNull()
  })
}

/** What every Store adapter must do with the audit log. */
import type { AuditRecord } from '../../../cloudfunctions/store/port'
import type { OpenStore } from '../../helpers/stores'
import { unique, storeForEachTest } from './support'

const at = (n: number) => new Date(Date.UTC(2026, 10, 1, 0, 0, n)).toISOString()

export const auditContract = (open: OpenStore) => {
  const opened = storeForEachTest(open)

  it('lists entries newest first, filtered by case, actor and time, with the total', async () => {
    const { store } = opened.current
    const actor = `o-${unique()}`
    const entries: AuditRecord[] = [
      { at: at(1), actorOpenid: actor, actorName: '李律师', action: 'consult.claim', consultationId: 'c-1' },
      { at: at(2), actorOpenid: actor, actorName: '李律师', action: 'consult.note', consultationId: 'c-1', detail: '已电话联系' },
      { at: at(3), actorOpenid: actor, actorName: '李律师', action: 'consult.claim', consultationId: 'c-2' }
    ]
    for (const entry of entries) await store.audit.record(entry)
    expect(await store.audit.list({ actorOpenid: actor, offset: 0, limit: 10 })).toEqual({ total: 3, items: [...entries].reverse() })
    expect((await store.audit.list({ actorOpenid: actor, consultationId: 'c-1', offset: 0, limit: 10 })).total).toBe(2)
    const window = await store.audit.list({ actorOpenid: actor, from: at(2), to: at(3), offset: 0, limit: 10 })
    expect(window.items).toEqual([entries[1]])
    expect((await store.audit.list({ actorOpenid: actor, offset: 1, limit: 1 })).items).toEqual([entries[1]])
  })

  it('answers a page larger than a read can answer (150 of 150 entries)', async () => {
    const { store } = opened.current
    const actor = `o-${unique()}`
    for (let n = 0; n < 150; n++) await store.audit.record({ at: at(n), actorOpenid: actor, actorName: '管理员', action: 'points.update' })
    const { total, items } = await store.audit.list({ actorOpenid: actor, offset: 0, limit: 200 })
    expect(total).toBe(150)
    expect(items).toHaveLength(150)
    expect(items[0].at).toBe(at(149))
    expect(items[149].at).toBe(at(0))
  })
}

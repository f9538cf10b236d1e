/**
 * Consultations on CloudBase. Ids are document _ids; conditional updates use
 * where({ _id, status }).update() and check stats.updated, the database's atomic compare-and-set.
 * `unseen` is kept as a field because CloudBase cannot compare two fields in a query.
 */
import type { ConsultationsRepository, StoredConsultation, StoredEvent, StoredMessage } from '../consult-port'
import { awaited } from './awaited'
import type { CloudDatabase } from './types'

type Doc = Omit<StoredConsultation, 'id'> & { _id: string; unseen: boolean }

const toConsultation = ({ _id, unseen: _unseen, ...rest }: Doc): StoredConsultation => ({ id: _id, ...rest })

const WAITING = ['submitted', 'queued']

export const cloudbaseConsultations = (db: CloudDatabase): ConsultationsRepository => {
  const consultations = db.collection('consultations')
  const events = db.collection('consultationEvents')
  const messages = db.collection('consultationMessages')
  const _ = db.command

  const addEvent = (consultationId: string, e: StoredEvent) => awaited(events.add({ data: { consultationId, ...e } }))

  return {
    async nextTicketSequence(date) {
      return db.runTransaction(async (t: { collection(name: string): { doc(id: string): { get(): Promise<{ data?: { last: number } }>; set(o: object): Promise<unknown> } } }) => {
        const doc = t.collection('ticketCounters').doc(date)
        const current = await doc.get().then((r) => r.data?.last ?? 0, () => 0)
        await doc.set({ data: { last: current + 1 } })
        return current + 1
      }) as Promise<number>
    },
    async insert(c, firstEvents) {
      const { id, ...rest } = c
      await awaited(consultations.add({ data: { _id: id, ...rest, unseen: false } }))
      for (const e of firstEvents) await addEvent(id, e)
    },
    async get(id) {
      const { data } = await awaited(consultations.where({ _id: id }).limit(1).get())
      const doc = (data as Doc[])[0]
      return doc ? toConsultation(doc) : null
    },
    async listByOwner(openid, offset, limit) {
      const mine = consultations.where({ ownerOpenid: openid })
      const [{ data }, { total }, { total: unseenCount }] = await Promise.all([
        awaited(mine.orderBy('createdAt', 'desc').skip(offset).limit(limit).get()),
        awaited(mine.count()),
        awaited(consultations.where({ ownerOpenid: openid, unseen: true }).count())
      ])
      return { items: (data as Doc[]).map(toConsultation), total, unseenCount }
    },
    async countOpenByOwner(openid) {
      return (await awaited(consultations.where({ ownerOpenid: openid, status: _.nin(['closed', 'cancelled']) }).count())).total
    },
    async countCreatedByOwnerSince(openid, since) {
      return (await awaited(consultations.where({ ownerOpenid: openid, createdAt: _.gte(since) }).count())).total
    },
    async update(id, expected, patch, event) {
      const { id: _id, ...fields } = patch
      const unseen = patch.statusChangedAt !== undefined && patch.citizenSeenAt === undefined
      const data = { ...fields, updatedAt: event.at, ...(unseen ? { unseen: true } : patch.citizenSeenAt ? { unseen: false } : {}) }
      const { stats } = await awaited(consultations.where({ _id: id, status: _.in([...expected]) }).update({ data }))
      if (stats.updated !== 1) return false
      await addEvent(id, event)
      return true
    },
    async markSeen(id, at) {
      await awaited(consultations.doc(id).update({ data: { citizenSeenAt: at, unseen: false } }))
    },
    async events(id) {
      const { data } = await awaited(events.where({ consultationId: id }).orderBy('at', 'asc').limit(100).get())
      return (data as Array<StoredEvent & { consultationId: string; _id: string }>).map(({ consultationId: _c, _id: _i, ...e }) => e)
    },
    async addMessage(consultationId, { id, ...m }) {
      await awaited(messages.add({ data: { _id: id, consultationId, ...m } }))
    },
    async messages(id) {
      const { data } = await awaited(messages.where({ consultationId: id }).orderBy('at', 'asc').limit(100).get())
      return (data as Array<Omit<StoredMessage, 'id'> & { _id: string; consultationId: string }>).map(({ _id, consultationId: _c, ...m }) => ({ id: _id, ...m }))
    },
    async queuePosition(c) {
      const ahead = await awaited(
        consultations
          .where(
            _.and([
              { status: _.in(WAITING), _id: _.neq(c.id) },
              _.or([
                { priority: _.lt(c.priority) },
                { priority: c.priority, dueAt: _.lt(c.dueAt) },
                { priority: c.priority, dueAt: c.dueAt, createdAt: _.lt(c.createdAt) }
              ])
            ])
          )
          .count()
      )
      return ahead.total + 1
    }
  }
}

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
    async getByTicket(ticket) {
      const { data } = await awaited(consultations.where({ ticket }).limit(1).get())
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
      const data = { ...fields, updatedAt: event?.at ?? new Date().toISOString(), ...(unseen ? { unseen: true } : patch.citizenSeenAt ? { unseen: false } : {}) }
      const { stats } = await awaited(consultations.where({ _id: id, status: _.in([...expected]) }).update({ data }))
      if (stats.updated !== 1) return false
      if (event) await addEvent(id, event)
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
    },
    async queue(q) {
      const scope = {
        ...(q.pointIds ? { pointId: _.in([...q.pointIds]) } : {}),
        ...(q.matter ? { matter: q.matter } : {}),
        ...(q.channel ? { channel: q.channel } : {}),
        ...(q.pointId ? { pointId: q.pointId } : {}),
        ...(q.assigneeOpenid ? { assigneeOpenid: q.assigneeOpenid } : {})
      }
      const query = consultations.where({ ...scope, status: _.in([...q.statuses]) })
      const [{ data }, { total }, counts] = await Promise.all([
        awaited(query.orderBy('priority', 'asc').orderBy('dueAt', 'asc').orderBy('createdAt', 'asc').skip(q.offset).limit(q.limit).get()),
        awaited(query.count()),
        Promise.all(
          (['submitted', 'queued', 'in_progress', 'awaiting_citizen', 'answered', 'closed', 'cancelled'] as const).map(
            async (status) => [status, (await awaited(consultations.where({ ...scope, status }).count())).total] as const
          )
        )
      ])
      return { items: (data as Doc[]).map(toConsultation), total, counts: Object.fromEntries(counts.filter(([, n]) => n > 0)) }
    },
    async openPerEmployer(keys) {
      const entries = await Promise.all(
        keys.map(async (key) => [key, (await awaited(consultations.where({ employerKey: key, status: _.nin(['closed', 'cancelled']) }).count())).total] as const)
      )
      return new Map(entries)
    },
    async createdBetween(from, to) {
      const all: Doc[] = []
      // Cloud functions read at most 1000 documents per query: page through the period.
      for (let offset = 0; ; offset += 1000) {
        const { data } = await awaited(consultations.where({ createdAt: _.gte(from).and(_.lt(to)) }).orderBy('createdAt', 'asc').skip(offset).limit(1000).get())
        all.push(...(data as Doc[]))
        if ((data as Doc[]).length < 1000) return all.map(toConsultation)
      }
    },
    async anonymiseClosedBefore(cutoff, at) {
      const { data } = await awaited(
        consultations.where({ status: _.in(['closed', 'cancelled']), statusChangedAt: _.lt(cutoff), anonymisedAt: _.exists(false) }).limit(1000).get()
      )
      for (const doc of data as Doc[]) {
        await awaited(
          consultations.doc(doc._id).update({
            data: {
              ownerOpenid: 'anonymised',
              description: '（已按保存期限删除）',
              applicant: { name: '', phone: '', township: '', currentCity: '', disputeCity: '' },
              onBehalf: _.remove(),
              wage: _.remove(),
              employerKey: _.remove(),
              internalNotes: [],
              rating: doc.rating ? { score: doc.rating.score } : _.remove(),
              anonymisedAt: at
            }
          })
        )
        await awaited(messages.where({ consultationId: doc._id }).update({ data: { text: '（已删除）' } }))
        await awaited(events.where({ consultationId: doc._id }).update({ data: { note: _.remove() } }))
      }
      return (data as Doc[]).length
    }
  }
}

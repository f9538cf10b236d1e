/**
 * Consultations on CloudBase: the queries lists and screens need. Writes happen in units of
 * work (unit-of-work.ts). A read in a cloud function returns at most 100 documents
 * (read-all.ts): whatever must see more reads page by page.
 */
import type { ConsultationsRepository, StoredRequest } from '../consult-port'
import { awaited } from './awaited'
import { consultationOf, WITHOUT_THREAD, type CaseDoc } from './case-doc'
import { readAll, READ_MAX } from './read-all'
import type { CloudDatabase } from './types'

const WAITING = ['submitted', 'queued']
const CLOSED = ['closed', 'cancelled']

type ListedDoc = Omit<CaseDoc, 'events' | 'messages'>

export const cloudbaseConsultations = (db: CloudDatabase): ConsultationsRepository => {
  const consultations = db.collection('consultations')
  const _ = db.command
  const $ = db.command.aggregate
  const listed = (data: unknown) => (data as ListedDoc[]).map(consultationOf)

  return {
    async get(id) {
      const { data } = await awaited(consultations.doc(id).field(WITHOUT_THREAD).get())
      return data ? consultationOf(data as ListedDoc) : null
    },
    async getByTicket(ticket) {
      const { data } = await awaited(consultations.where({ ticket }).field(WITHOUT_THREAD).limit(1).get())
      return listed(data)[0] ?? null
    },
    async thread(id) {
      const { data } = await awaited(consultations.doc(id).field({ events: true, messages: true }).get())
      const doc = data as Pick<CaseDoc, 'events' | 'messages'> | null
      return { events: doc?.events ?? [], messages: doc?.messages ?? [] }
    },
    async request(key) {
      const { data } = await awaited(db.collection('requests').doc(key).get())
      const doc = data as Omit<StoredRequest, 'key'> | null
      return doc ? { key, fingerprint: doc.fingerprint, resultId: doc.resultId, at: doc.at } : null
    },
    async listByOwner(openid, offset, limit) {
      const mine = consultations.where({ ownerOpenid: openid })
      const [{ data }, { total }, { total: unseenCount }] = await Promise.all([
        awaited(mine.field(WITHOUT_THREAD).orderBy('createdAt', 'desc').skip(offset).limit(limit).get()),
        awaited(mine.count()),
        awaited(consultations.where({ ownerOpenid: openid, unseen: true }).count())
      ])
      return { items: listed(data), total, unseenCount }
    },
    async countOpenByOwner(openid) {
      return (await awaited(consultations.where({ ownerOpenid: openid, status: _.nin(CLOSED) }).count())).total
    },
    async countCreatedByOwnerSince(openid, since) {
      return (await awaited(consultations.where({ ownerOpenid: openid, createdAt: _.gte(since) }).count())).total
    },
    async markSeen(id, at) {
      await awaited(consultations.doc(id).update({ data: { citizenSeenAt: at, unseen: false } }))
    },
    async waitingAhead(c, atMost) {
      // The ids of at most `atMost` cases ahead: one bounded read, where a count would go through
      // every waiting case.
      const { data } = await awaited(
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
          .field({ _id: true })
          .limit(Math.min(atMost, READ_MAX))
          .get()
      )
      return data.length
    },
    async queue(q) {
      // A filter by point narrows the staff member's scope; it never widens it.
      const points = q.pointId ? (q.pointIds && !q.pointIds.includes(q.pointId) ? _.in([]) : q.pointId) : q.pointIds ? _.in([...q.pointIds]) : undefined
      const scope = q.pointIds ? { pointId: _.in([...q.pointIds]) } : {}
      const filter = {
        ...(points !== undefined ? { pointId: points } : {}),
        ...(q.matter ? { matter: q.matter } : {}),
        ...(q.channel ? { channel: q.channel } : {}),
        ...(q.assigneeOpenid ? { assigneeOpenid: q.assigneeOpenid } : {}),
        status: _.in([...q.statuses])
      }
      const query = consultations.where(filter)
      const [{ data }, { total }, grouped] = await Promise.all([
        awaited(query.field(WITHOUT_THREAD).orderBy('priority', 'asc').orderBy('dueAt', 'asc').orderBy('createdAt', 'asc').skip(q.offset).limit(q.limit).get()),
        awaited(query.count()),
        // Counts per status in the scope: one aggregate, however many statuses.
        consultations
          .aggregate()
          .match(scope)
          .group({ _id: '$status', n: $.sum(1) })
          .end()
      ])
      const counts = Object.fromEntries((grouped as { list: Array<{ _id: string; n: number }> }).list.map((g) => [g._id, g.n]))
      return { items: listed(data), total, counts }
    },
    async openPerEmployer(keys) {
      if (keys.length === 0) return new Map()
      const grouped = (await consultations
        .aggregate()
        .match({ employerKey: _.in(keys), status: _.nin(CLOSED) })
        .group({ _id: '$employerKey', n: $.sum(1) })
        .end()) as { list: Array<{ _id: string; n: number }> }
      return new Map(grouped.list.map((g) => [g._id, g.n]))
    },
    async createdBetween(from, to) {
      const query = consultations
        .where({ createdAt: _.gte(from).and(_.lt(to)) })
        .field(WITHOUT_THREAD)
        .orderBy('createdAt', 'asc')
        .orderBy('_id', 'asc')
      return (await readAll<ListedDoc>(query)).map(consultationOf)
    },
    async anonymisable(cutoff, limit) {
      const { data } = await awaited(
        consultations
          .where({ status: _.in(CLOSED), statusChangedAt: _.lt(cutoff), anonymisedAt: _.exists(false) })
          .field({ _id: true })
          .limit(Math.min(limit, READ_MAX))
          .get()
      )
      return (data as Array<{ _id: string }>).map((d) => d._id)
    }
  }
}

/**
 * Applications on CloudBase: the queries lists and screens need. Writes happen in units of
 * work (unit-of-work.ts). A read answers at most 100 documents (read-all.ts), so pages and
 * lists longer than that are read page by page, ordered down to `_id` so pages never overlap.
 */
import type { ApplicationsRepository } from '../application-port'
import { OPEN_APPLICATION_STATUSES, RETENTION_APPLICATION_STATUSES } from '../application-queue'
import { applicationOf, type ApplicationDoc } from './application-doc'
import { awaited } from './awaited'
import { readRange } from './read-all'
import type { CloudDatabase } from './types'

export const cloudbaseApplications = (db: CloudDatabase): ApplicationsRepository => {
  const applications = db.collection('applications')
  const _ = db.command
  const $ = db.command.aggregate
  const listed = (docs: ApplicationDoc[]) => docs.map(applicationOf)

  return {
    async get(id) {
      const { data } = await awaited(applications.doc(id).get())
      return data ? applicationOf(data as ApplicationDoc) : null
    },
    async getByTicket(ticket) {
      const { data } = await awaited(applications.where({ ticket }).limit(1).get())
      return listed(data as ApplicationDoc[])[0] ?? null
    },
    async listByOwner(openid, offset, limit) {
      const mine = applications.where({ ownerOpenid: openid })
      const [items, { total }, { total: unseenCount }] = await Promise.all([
        readRange<ApplicationDoc>(mine.orderBy('createdAt', 'desc').orderBy('_id', 'desc'), offset, limit),
        awaited(mine.count()),
        awaited(applications.where({ ownerOpenid: openid, unseen: true }).count())
      ])
      return { items: listed(items), total, unseenCount }
    },
    async countOpenByOwner(openid) {
      return (await awaited(applications.where({ ownerOpenid: openid, status: _.in(OPEN_APPLICATION_STATUSES) }).count())).total
    },
    async queue(q) {
      // Townships scope mediation only; aid is the county centre's, whatever the list.
      const scoped = q.kind === 'mediation' ? q.townships : null
      const scope = { kind: q.kind, ...(scoped ? { township: _.in([...scoped]) } : {}) }
      const query = applications.where({ ...scope, status: _.in([...q.statuses]) })
      const [items, { total }, grouped] = await Promise.all([
        readRange<ApplicationDoc>(query.orderBy('urgent', 'desc').orderBy('dueAt', 'asc').orderBy('createdAt', 'asc').orderBy('_id', 'asc'), q.offset, q.limit),
        awaited(query.count()),
        // Counts per status in the scope: one aggregate, a group per status (fewer than its default page of 20).
        applications
          .aggregate()
          .match(scope)
          .group({ _id: '$status', n: $.sum(1) })
          .end()
      ])
      const counts = Object.fromEntries((grouped as { list: Array<{ _id: string; n: number }> }).list.map((g) => [g._id, g.n]))
      return { items: listed(items), total, counts }
    },
    async markSeen(id, at) {
      await awaited(applications.doc(id).update({ data: { citizenSeenAt: at, unseen: false } }))
    },
    async anonymisable(cutoff, limit) {
      const query = applications
        .where({ status: _.in(RETENTION_APPLICATION_STATUSES), statusChangedAt: _.lt(cutoff), anonymisedAt: _.exists(false) })
        .field({ _id: true })
        .orderBy('statusChangedAt', 'asc')
        .orderBy('_id', 'asc')
      return (await readRange<{ _id: string }>(query, 0, limit)).map((d) => d._id)
    }
  }
}

import type { InvitesRepository, StoredInvite } from '../port'
import { awaited } from './awaited'
import { readAll } from './read-all'
import type { CloudDatabase } from './types'

type Doc = Omit<StoredInvite, 'id'> & { _id: string }
const toInvite = ({ _id, ...rest }: Doc): StoredInvite => ({ id: _id, ...rest })

export const cloudbaseInvites = (db: CloudDatabase): InvitesRepository => {
  const invites = db.collection('invites')
  const _ = db.command
  const byId = async (id: string) => {
    const { data } = await awaited(invites.doc(id).get())
    return data ? toInvite(data as Doc) : null
  }
  return {
    async create({ id, ...invite }) {
      await awaited(invites.add({ data: { _id: id, ...invite } }))
    },
    async redeem(codeHash, openid, at) {
      const { data } = await awaited(invites.where({ codeHash }).limit(1).get())
      const doc = (data as Doc[])[0]
      if (!doc) return null
      // Compare-and-set on the open state: of two people using one code, one wins.
      const { stats } = await awaited(
        invites
          .where({ _id: doc._id, usedAt: _.exists(false), revokedAt: _.exists(false), expiresAt: _.gt(at) })
          .update({ data: { usedBy: openid, usedAt: at } })
      )
      return stats.updated === 1 ? byId(doc._id) : null
    },
    async list() {
      return (await readAll<Doc>(invites.orderBy('createdAt', 'desc').orderBy('_id', 'asc'))).map(toInvite)
    },
    async revoke(id, at) {
      const { stats } = await awaited(invites.where({ _id: id, usedAt: _.exists(false), revokedAt: _.exists(false) }).update({ data: { revokedAt: at } }))
      return stats.updated === 1 ? byId(id) : null
    }
  }
}

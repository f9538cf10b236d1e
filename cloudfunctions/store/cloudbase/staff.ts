import type { StaffMember, StaffRepository } from '../port'
import { awaited } from './awaited'
import type { CloudDatabase } from './types'

type Doc = Omit<StaffMember, 'openid'> & { _id: string }
const toMember = ({ _id, ...rest }: Doc): StaffMember => ({ openid: _id, ...rest })

export const cloudbaseStaff = (db: CloudDatabase): StaffRepository => {
  const staff = db.collection('staff')
  const get = async (openid: string) => {
    const { data } = await awaited(staff.where({ _id: openid }).limit(1).get())
    const doc = (data as Doc[])[0]
    return doc ? toMember(doc) : null
  }
  return {
    get,
    async list() {
      const { data } = await awaited(staff.limit(100).get())
      return (data as Doc[]).map(toMember)
    },
    async upsert({ openid, ...member }) {
      await awaited(staff.doc(openid).set({ data: { ...member, createdAt: db.serverDate() } }))
    },
    async remove(openid) {
      const { stats } = await awaited(staff.where({ _id: openid }).remove())
      return stats.removed === 1
    }
  }
}

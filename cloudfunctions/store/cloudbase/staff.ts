import type { StaffMember, StaffRepository } from '../port'
import { awaited } from './awaited'
import { readAll } from './read-all'
import type { CloudDatabase } from './types'

/** `createdAt` (when the member joined, set once) orders the list. */
type Doc = Omit<StaffMember, 'openid'> & { _id: string; createdAt: Date }
const toMember = ({ _id, createdAt: _createdAt, ...rest }: Doc): StaffMember => ({ openid: _id, ...rest })

export const cloudbaseStaff = (db: CloudDatabase): StaffRepository => {
  const staff = db.collection('staff')
  const read = async (openid: string): Promise<Doc | null> => (await awaited(staff.doc(openid).get())).data as Doc | null
  return {
    async get(openid) {
      const doc = await read(openid)
      return doc ? toMember(doc) : null
    },
    async list() {
      return (await readAll<Doc>(staff.orderBy('createdAt', 'asc').orderBy('_id', 'asc'))).map(toMember)
    },
    async upsert({ openid, role, name, kind, pointIds, townships }) {
      const joined = (await read(openid))?.createdAt ?? db.serverDate()
      // Written whole; townships only when given, so absent reads back absent (never undefined).
      await awaited(staff.doc(openid).set({ data: { role, name, kind, pointIds, ...(townships ? { townships } : {}), createdAt: joined } }))
    },
    async remove(openid) {
      const { stats } = await awaited(staff.doc(openid).remove())
      return stats.removed === 1
    }
  }
}

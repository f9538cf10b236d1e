import type { Role } from '../../../src/core/roles'
import type { StaffRepository } from '../port'
import { awaited } from './awaited'
import type { CloudDatabase } from './types'

export const cloudbaseStaff = (db: CloudDatabase): StaffRepository => {
  const staff = db.collection('staff')
  return {
    async roleOf(openid) {
      const { data } = await awaited(staff.where({ _id: openid }).limit(1).field({ role: true }).get())
      return ((data as Array<{ role: Role }>)[0]?.role ?? 'citizen') as Role
    },
    async upsert({ openid, role, name }) {
      await awaited(staff.doc(openid).set({ data: { role, name, createdAt: db.serverDate() } }))
    }
  }
}

import type Database from 'better-sqlite3'
import type { Role } from '../../../src/core/roles'
import type { StaffRepository } from '../port'

export const sqliteStaff = (db: Database.Database): StaffRepository => {
  const roleOf = db.prepare<[string], { role: Role }>('SELECT role FROM staff WHERE openid = ?')
  const upsert = db.prepare(
    `INSERT INTO staff (openid, role, name, created_at) VALUES (@openid, @role, @name, @createdAt)
     ON CONFLICT (openid) DO UPDATE SET role = excluded.role, name = excluded.name`
  )
  return {
    async roleOf(openid) {
      return roleOf.get(openid)?.role ?? 'citizen'
    },
    async upsert(member) {
      upsert.run({ ...member, createdAt: new Date().toISOString() })
    }
  }
}

import type Database from 'better-sqlite3'
import type { StaffMember, StaffRepository } from '../port'

interface Row {
  openid: string
  role: StaffMember['role']
  name: string
  kind: StaffMember['kind']
  point_ids: string
}

const toMember = (row: Row): StaffMember => ({
  openid: row.openid,
  role: row.role,
  name: row.name,
  kind: row.kind,
  pointIds: JSON.parse(row.point_ids) as string[]
})

export const sqliteStaff = (db: Database.Database): StaffRepository => {
  const get = db.prepare<[string], Row>('SELECT openid, role, name, kind, point_ids FROM staff WHERE openid = ?')
  const upsert = db.prepare(
    `INSERT INTO staff (openid, role, name, kind, point_ids, created_at) VALUES (@openid, @role, @name, @kind, @pointIds, @createdAt)
     ON CONFLICT (openid) DO UPDATE SET role = excluded.role, name = excluded.name, kind = excluded.kind, point_ids = excluded.point_ids`
  )
  return {
    async get(openid) {
      const row = get.get(openid)
      return row ? toMember(row) : null
    },
    async list() {
      return (db.prepare('SELECT openid, role, name, kind, point_ids FROM staff ORDER BY created_at').all() as Row[]).map(toMember)
    },
    async upsert(member) {
      upsert.run({ ...member, pointIds: JSON.stringify(member.pointIds), createdAt: new Date().toISOString() })
    },
    async remove(openid) {
      return db.prepare('DELETE FROM staff WHERE openid = ?').run(openid).changes === 1
    }
  }
}

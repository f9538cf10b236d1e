import type Database from 'better-sqlite3'
import type { StaffMember, StaffRepository } from '../port'

interface Row {
  openid: string
  role: StaffMember['role']
  name: string
  kind: StaffMember['kind']
  point_ids: string
  /** JSON array, or NULL when the member has none (absent reads back absent). */
  townships: string | null
}

const toMember = (row: Row): StaffMember => ({
  openid: row.openid,
  role: row.role,
  name: row.name,
  kind: row.kind,
  pointIds: JSON.parse(row.point_ids) as string[],
  ...(row.townships !== null ? { townships: JSON.parse(row.townships) as string[] } : {})
})

export const sqliteStaff = (db: Database.Database): StaffRepository => {
  const get = db.prepare<[string], Row>('SELECT openid, role, name, kind, point_ids, townships FROM staff WHERE openid = ?')
  const upsert = db.prepare(
    `INSERT INTO staff (openid, role, name, kind, point_ids, townships, created_at)
     VALUES (@openid, @role, @name, @kind, @pointIds, @townships, @createdAt)
     ON CONFLICT (openid) DO UPDATE SET role = excluded.role, name = excluded.name, kind = excluded.kind, point_ids = excluded.point_ids,
       townships = excluded.townships`
  )
  return {
    async get(openid) {
      const row = get.get(openid)
      return row ? toMember(row) : null
    },
    async list() {
      return (db.prepare('SELECT openid, role, name, kind, point_ids, townships FROM staff ORDER BY created_at').all() as Row[]).map(toMember)
    },
    async upsert(member) {
      upsert.run({
        openid: member.openid,
        role: member.role,
        name: member.name,
        kind: member.kind,
        pointIds: JSON.stringify(member.pointIds),
        townships: member.townships ? JSON.stringify(member.townships) : null,
        createdAt: new Date().toISOString()
      })
    },
    async remove(openid) {
      return db.prepare('DELETE FROM staff WHERE openid = ?').run(openid).changes === 1
    }
  }
}

import type Database from 'better-sqlite3'
import type { InvitesRepository, StoredInvite } from '../port'

interface Row {
  id: string
  code_hash: string
  kind: StoredInvite['kind']
  name: string
  point_ids: string
  created_by: string
  created_at: string
  expires_at: string
  used_by: string | null
  used_at: string | null
  revoked_at: string | null
}

const toInvite = (r: Row): StoredInvite => ({
  id: r.id,
  codeHash: r.code_hash,
  kind: r.kind,
  name: r.name,
  pointIds: JSON.parse(r.point_ids) as string[],
  createdBy: r.created_by,
  createdAt: r.created_at,
  expiresAt: r.expires_at,
  ...(r.used_by ? { usedBy: r.used_by } : {}),
  ...(r.used_at ? { usedAt: r.used_at } : {}),
  ...(r.revoked_at ? { revokedAt: r.revoked_at } : {})
})

export const sqliteInvites = (db: Database.Database): InvitesRepository => ({
  async create(i) {
    db.prepare(
      `INSERT INTO invites (id, code_hash, kind, name, point_ids, created_by, created_at, expires_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`
    ).run(i.id, i.codeHash, i.kind, i.name, JSON.stringify(i.pointIds), i.createdBy, i.createdAt, i.expiresAt)
  },
  async redeem(codeHash, openid, at) {
    // One conditional UPDATE: of two people entering the same code, exactly one gets it.
    const row = db
      .prepare(
        `UPDATE invites SET used_by = ?, used_at = ?
         WHERE code_hash = ? AND used_at IS NULL AND revoked_at IS NULL AND expires_at > ? RETURNING *`
      )
      .get(openid, at, codeHash, at) as Row | undefined
    return row ? toInvite(row) : null
  },
  async list() {
    return (db.prepare('SELECT * FROM invites ORDER BY created_at DESC').all() as Row[]).map(toInvite)
  },
  async revoke(id, at) {
    const row = db.prepare('UPDATE invites SET revoked_at = ? WHERE id = ? AND used_at IS NULL AND revoked_at IS NULL RETURNING *').get(at, id) as
      Row | undefined
    return row ? toInvite(row) : null
  }
})

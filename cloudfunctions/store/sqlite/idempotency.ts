import type Database from 'better-sqlite3'
import type { IdempotencyRepository } from '../consult-port'

export const sqliteIdempotency = (db: Database.Database): IdempotencyRepository => {
  const insert = db.prepare('INSERT INTO idempotency (key, fingerprint, created_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING')
  const read = db.prepare<[string], { fingerprint: string; result_id: string | null }>('SELECT fingerprint, result_id FROM idempotency WHERE key = ?')
  return {
    async claim(key, fingerprint, at) {
      if (insert.run(key, fingerprint, at).changes === 1) return { fresh: true }
      const row = read.get(key)!
      return row.result_id ? { fresh: false, fingerprint: row.fingerprint, resultId: row.result_id } : { fresh: false, fingerprint: row.fingerprint }
    },
    async complete(key, resultId) {
      db.prepare('UPDATE idempotency SET result_id = ? WHERE key = ?').run(resultId, key)
    },
    async forget(key) {
      db.prepare('DELETE FROM idempotency WHERE key = ?').run(key)
    }
  }
}

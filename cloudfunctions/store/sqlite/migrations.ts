/**
 * Schema migrations, applied in order inside one transaction each. The version table records
 * the last applied one. Never edit a shipped migration: add the next numbered file and list it
 * here, in order.
 */
import type Database from 'better-sqlite3'
import tipsAndStaff from './migrations/001-tips-staff'

const MIGRATIONS: readonly string[] = [tipsAndStaff]

export const SCHEMA_VERSION = MIGRATIONS.length

export const migrate = (db: Database.Database): number => {
  db.exec('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL) STRICT')
  const row = db.prepare('SELECT version FROM schema_version').get() as { version: number } | undefined
  if (!row) db.prepare('INSERT INTO schema_version (version) VALUES (0)').run()
  const current = row?.version ?? 0
  if (current > MIGRATIONS.length) {
    throw new Error(`Database schema version ${current} is newer than this code (${MIGRATIONS.length}).`)
  }
  MIGRATIONS.slice(current).forEach((sql, index) => {
    db.transaction(() => {
      db.exec(sql)
      db.prepare('UPDATE schema_version SET version = ?').run(current + index + 1)
    })()
  })
  return MIGRATIONS.length - current
}

/**
 * Schema migrations, applied in order inside one transaction each. The version table records
 * the last applied one. Never edit a shipped migration: add a new one.
 */
import type Database from 'better-sqlite3'

const MIGRATIONS: readonly string[] = [
  // 1: tips and staff
  `CREATE TABLE tips (
     id TEXT PRIMARY KEY,
     category TEXT NOT NULL,
     title TEXT NOT NULL,
     summary TEXT NOT NULL,
     body TEXT NOT NULL,
     citations TEXT NOT NULL,   -- JSON array
     keywords TEXT NOT NULL,    -- JSON array
     updated_at TEXT NOT NULL,  -- ISO date
     published INTEGER NOT NULL DEFAULT 1
   ) STRICT;
   CREATE INDEX tips_category ON tips (category, published, updated_at);
   CREATE TABLE staff (
     openid TEXT PRIMARY KEY,
     role TEXT NOT NULL CHECK (role IN ('staff', 'admin')),
     name TEXT NOT NULL,
     created_at TEXT NOT NULL
   ) STRICT;`
]

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

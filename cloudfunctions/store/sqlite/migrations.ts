/**
 * Schema migrations. Each is a numbered file in migrations/, listed here; each runs once, in
 * its own transaction, and is recorded by name in the schema_migrations table. Recording names
 * (not one counter) lets features developed side by side add theirs in any order. Never edit a
 * shipped migration: add the next numbered file.
 */
import type Database from 'better-sqlite3'
import tipsAndStaff from './migrations/001-tips-staff'
import servicePoints from './migrations/002-service-points'
import consultations from './migrations/003-consultations'
import staffWorkbench from './migrations/004-staff-workbench'
import unitOfWork from './migrations/005-unit-of-work'
import familyFollow from './migrations/006-family-follow'
import flatAtAMillion from './migrations/007-flat-at-a-million'
import applications from './migrations/008-applications'

export const MIGRATIONS: ReadonlyArray<readonly [name: string, sql: string]> = [
  ['001-tips-staff', tipsAndStaff],
  ['002-service-points', servicePoints],
  ['003-consultations', consultations],
  ['004-staff-workbench', staffWorkbench],
  ['005-unit-of-work', unitOfWork],
  ['006-family-follow', familyFollow],
  ['007-flat-at-a-million', flatAtAMillion],
  ['008-applications', applications]
]

/** Applies the missing migrations; answers the names it applied. */
export const migrate = (db: Database.Database): string[] => {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL) STRICT')
  const applied = new Set((db.prepare('SELECT name FROM schema_migrations').all() as Array<{ name: string }>).map((r) => r.name))
  const known = new Set(MIGRATIONS.map(([name]) => name))
  const unknown = [...applied].filter((name) => !known.has(name))
  if (unknown.length > 0) throw new Error(`The database has migrations this code does not know (${unknown.join(', ')}): it is newer than this code.`)
  const record = db.prepare('INSERT INTO schema_migrations (name, applied_at) VALUES (?, ?)')
  const pending = MIGRATIONS.filter(([name]) => !applied.has(name))
  for (const [name, sql] of pending) {
    db.transaction(() => {
      db.exec(sql)
      record.run(name, new Date().toISOString())
    })()
  }
  return pending.map(([name]) => name)
}

import Database from 'better-sqlite3'
import { openSqliteStore } from '../../cloudfunctions/store/sqlite'
import { MIGRATIONS } from '../../cloudfunctions/store/sqlite/migrations'
import { openTempStore, type TempStore } from '../helpers/temp-store'

describe('SQLite store file', () => {
  let temp: TempStore
  beforeEach(() => {
    temp = openTempStore()
  })
  afterEach(() => temp.cleanup())

  it('records each migration by name and runs it only once', async () => {
    await temp.store.close()
    const reopened = openSqliteStore(temp.file)
    await reopened.close()
    const db = new Database(temp.file, { readonly: true })
    expect(db.prepare('SELECT name FROM schema_migrations ORDER BY name').all()).toEqual(MIGRATIONS.map(([name]) => ({ name })))
    db.close()
    temp.store = openSqliteStore(temp.file)
  })

  it('keeps the audit trail append-only: the file itself refuses to edit or delete an entry', async () => {
    await temp.store.audit.record({ at: '2026-12-01T01:00:00.000Z', actorOpenid: 'o-lawyer', actorName: '王律师', action: 'view', consultationId: 'case-0001' })
    await temp.store.close()
    const db = new Database(temp.file)
    expect(() => db.prepare('DELETE FROM audit').run()).toThrow(/cannot be deleted/)
    expect(() => db.prepare("UPDATE audit SET action = 'claim'").run()).toThrow()
    db.close()
    temp.store = openSqliteStore(temp.file)
  })

  it('uses WAL with full sync, so every acknowledged write survives', async () => {
    await temp.store.close()
    const db = new Database(temp.file)
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
    db.close()
    temp.store = openSqliteStore(temp.file)
  })

  it('refuses to open a database made by newer code', async () => {
    await temp.store.close()
    const db = new Database(temp.file)
    db.prepare("INSERT INTO schema_migrations (name, applied_at) VALUES ('999-from-the-future', '2030-01-01')").run()
    db.close()
    expect(() => openSqliteStore(temp.file)).toThrow(/newer than this code/)
    const fix = new Database(temp.file)
    fix.prepare("DELETE FROM schema_migrations WHERE name = '999-from-the-future'").run()
    fix.close()
    temp.store = openSqliteStore(temp.file)
  })
})

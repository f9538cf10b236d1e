import Database from 'better-sqlite3'
import { openSqliteStore } from '../../cloudfunctions/store/sqlite'
import { SCHEMA_VERSION } from '../../cloudfunctions/store/sqlite/migrations'
import { openTempStore, type TempStore } from '../helpers/temp-store'

describe('SQLite store file', () => {
  let temp: TempStore
  beforeEach(() => {
    temp = openTempStore()
  })
  afterEach(() => temp.cleanup())

  it('records the schema version and runs migrations only once', async () => {
    await temp.store.close()
    const reopened = openSqliteStore(temp.file)
    await reopened.close()
    const db = new Database(temp.file, { readonly: true })
    expect(db.prepare('SELECT version FROM schema_version').all()).toEqual([{ version: SCHEMA_VERSION }])
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
    db.prepare('UPDATE schema_version SET version = ?').run(SCHEMA_VERSION + 1)
    db.close()
    expect(() => openSqliteStore(temp.file)).toThrow(/newer than this code/)
    const fix = new Database(temp.file)
    fix.prepare('UPDATE schema_version SET version = ?').run(SCHEMA_VERSION)
    fix.close()
    temp.store = openSqliteStore(temp.file)
  })
})

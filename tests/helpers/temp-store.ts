/** A real SQLite store in a fresh temporary folder, removed after the test. */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { seedStore } from '../../cloudfunctions/seed'
import { openSqliteStore, type SqliteStore } from '../../cloudfunctions/store/sqlite'

export interface TempStore {
  store: SqliteStore
  dir: string
  file: string
  cleanup(): Promise<void>
}

export const openTempStore = (): TempStore => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'falv-store-'))
  const file = path.join(dir, 'test.sqlite')
  const store = openSqliteStore(file)
  return {
    store,
    dir,
    file,
    async cleanup() {
      await store.close()
      fs.rmSync(dir, { recursive: true, force: true })
    }
  }
}

/** A temporary store seeded like the local cloud's: the county's tips and service points. */
export const openSeededTempStore = async (): Promise<TempStore> => {
  const temp = openTempStore()
  await seedStore(temp.store)
  return temp
}

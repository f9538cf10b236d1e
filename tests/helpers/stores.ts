/**
 * The two stores every store-level and use-case-level suite runs on: SQLite in a temporary
 * file, and the CloudBase adapter through the real wx-server-sdk over the database fake
 * (tests/helpers/cloudbase-fake), where concurrent calls really interleave.
 */
import Database from 'better-sqlite3'
import { seedStore } from '../../cloudfunctions/seed'
import { cloudbaseStore } from '../../cloudfunctions/store/cloudbase'
import type { Store } from '../../cloudfunctions/store/port'
import { openFakeCloud, type FakeCloud } from './cloudbase-fake'
import { openTempStore } from './temp-store'

export interface OpenedStore {
  store: Store
  /** The fake server behind a CloudBase store (request log, injected failures); absent on SQLite. */
  fake?: FakeCloud
  /** How many rows (SQLite) or documents (CloudBase) a table or collection of the same name holds. */
  count(name: 'consultations' | 'requests' | 'slots'): number
  done(): Promise<void>
}

export type StoreKind = 'sqlite' | 'cloudbase'

export const openStore = async (kind: StoreKind, { seeded = true, seed = 1 } = {}): Promise<OpenedStore> => {
  if (kind === 'sqlite') {
    const temp = openTempStore()
    if (seeded) await seedStore(temp.store)
    const count = (name: string) => {
      const db = new Database(temp.file, { readonly: true })
      const n = (db.prepare(`SELECT COUNT(*) AS n FROM ${name}`).get() as { n: number }).n
      db.close()
      return n
    }
    return { store: temp.store, count, done: () => temp.cleanup() }
  }
  const fake = openFakeCloud({ seed })
  const store = cloudbaseStore(fake.db)
  if (seeded) await seedStore(store)
  return {
    store,
    fake,
    count: (name) => (fake.dump()[name] ?? []).length,
    async done() {
      fake.close()
    }
  }
}

export const STORE_KINDS: StoreKind[] = ['sqlite', 'cloudbase']

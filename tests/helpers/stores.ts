/**
 * The two stores every store-level and use-case-level suite runs on: SQLite in a temporary
 * file, and the CloudBase adapter through the real wx-server-sdk over the database fake
 * (tests/helpers/cloudbase-fake), where concurrent calls really interleave.
 */
import { seedStore } from '../../cloudfunctions/seed'
import { cloudbaseStore } from '../../cloudfunctions/store/cloudbase'
import type { Store } from '../../cloudfunctions/store/port'
import { openFakeCloud, type FakeCloud } from './cloudbase-fake'
import { openTempStore } from './temp-store'

export interface OpenedStore {
  store: Store
  /** The fake server behind a CloudBase store (request log, injected failures); absent on SQLite. */
  fake?: FakeCloud
  done(): Promise<void>
}

export type StoreKind = 'sqlite' | 'cloudbase'

export const openStore = async (kind: StoreKind, { seeded = true, seed = 1 } = {}): Promise<OpenedStore> => {
  if (kind === 'sqlite') {
    const temp = openTempStore()
    if (seeded) await seedStore(temp.store)
    return { store: temp.store, done: () => temp.cleanup() }
  }
  const fake = openFakeCloud({ seed })
  const store = cloudbaseStore(fake.db)
  if (seeded) await seedStore(store)
  return {
    store,
    fake,
    async done() {
      fake.close()
    }
  }
}

export const STORE_KINDS: StoreKind[] = ['sqlite', 'cloudbase']

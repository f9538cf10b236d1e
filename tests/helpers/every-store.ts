/**
 * Runs one suite on every Store adapter that can run here: SQLite (a real file) and
 * CloudBase (the real wx-server-sdk answered by the fake database server, whose calls
 * interleave). A suite gets `open()`; on CloudBase the opened store also carries its fake,
 * for failure injection and request counts.
 */
import { cloudbaseStore } from '../../cloudfunctions/store/cloudbase'
import type { Store } from '../../cloudfunctions/store/port'
import { openFakeCloud, type FakeCloud, type FakeCloudSettings } from './cloudbase-fake'
import { openTempStore } from './temp-store'

export interface OpenedStore {
  store: Store
  done(): Promise<void>
  /** Present on the CloudBase fake only. */
  fake?: FakeCloud
}

export type OpenStore = () => Promise<OpenedStore>

export const openSqliteStore = async (): Promise<OpenedStore> => {
  const temp = openTempStore()
  return { store: temp.store, done: temp.cleanup }
}

export const openFakeCloudStore = async (settings: Partial<FakeCloudSettings> = {}): Promise<OpenedStore> => {
  const fake = openFakeCloud(settings)
  return { store: cloudbaseStore(fake.db), fake, done: async () => fake.close() }
}

export const describeOnEveryStore = (name: string, suite: (open: OpenStore) => void): void => {
  describe(`${name} — SQLite`, () => suite(openSqliteStore))
  describe(`${name} — CloudBase (real wx-server-sdk, fake server)`, () => suite(() => openFakeCloudStore()))
}

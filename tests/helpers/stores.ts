/**
 * The two stores every store-level and use-case-level suite runs on: SQLite in a temporary
 * file, and the CloudBase adapter through the real wx-server-sdk over the database fake
 * (tests/helpers/cloudbase-fake), where concurrent calls really interleave. On CloudBase the
 * opened store also carries its fake, for failure injection and request counts.
 */
import Database from 'better-sqlite3'
import { seedStore } from '../../cloudfunctions/seed'
import { cloudbaseStore } from '../../cloudfunctions/store/cloudbase'
import type { Store } from '../../cloudfunctions/store/port'
import { openFakeCloud, type FakeCloud, type FakeCloudSettings } from './cloudbase-fake'
import { openTempStore } from './temp-store'

export interface OpenedStore {
  store: Store
  /** The fake server behind a CloudBase store (request log, injected failures); absent on SQLite. */
  fake?: FakeCloud
  /** How many rows (SQLite) or documents (CloudBase) a table or collection of the same name holds. */
  count(name: 'consultations' | 'requests' | 'slots'): number
  /** Every row of every table (SQLite) or every document (CloudBase fake): to show a refused call wrote nothing. Absent on a real env. */
  dump?(): unknown
  done(): Promise<void>
}

export type StoreKind = 'sqlite' | 'cloudbase'

export type OpenStore = () => Promise<OpenedStore>

interface OpenOptions {
  /** With the county's tips and service points (default). */
  seeded?: boolean
  /** The fake server's rules, where a test needs other than the defaults. */
  fake?: Partial<FakeCloudSettings>
}

/** Every row of every table of a SQLite file. */
export const dumpTables = (file: string): Record<string, unknown[]> => {
  const db = new Database(file, { readonly: true })
  try {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as Array<{ name: string }>
    return Object.fromEntries(tables.map(({ name }) => [name, db.prepare(`SELECT * FROM "${name}"`).all()]))
  } finally {
    db.close()
  }
}

export const openStore = async (kind: StoreKind, { seeded = true, fake: settings = {} }: OpenOptions = {}): Promise<OpenedStore> => {
  if (kind === 'sqlite') {
    const temp = openTempStore()
    if (seeded) await seedStore(temp.store)
    const count = (name: string) => {
      const db = new Database(temp.file, { readonly: true })
      const n = (db.prepare(`SELECT COUNT(*) AS n FROM ${name}`).get() as { n: number }).n
      db.close()
      return n
    }
    return { store: temp.store, count, dump: () => dumpTables(temp.file), done: () => temp.cleanup() }
  }
  const fake = openFakeCloud(settings)
  const store = cloudbaseStore(fake.db)
  if (seeded) await seedStore(store)
  return {
    store,
    fake,
    count: (name) => (fake.dump()[name] ?? []).length,
    dump: () => fake.dump(),
    async done() {
      fake.close()
    }
  }
}

export const STORE_KINDS: StoreKind[] = ['sqlite', 'cloudbase']

export const openSqliteStore: OpenStore = () => openStore('sqlite', { seeded: false })
export const openFakeCloudStore = (settings: Partial<FakeCloudSettings> = {}) => openStore('cloudbase', { seeded: false, fake: settings })

/** Runs one suite on each store, each test opening its own through `open`. */
export const describeOnEveryStore = (name: string, suite: (open: OpenStore) => void): void => {
  describe(`${name} — SQLite`, () => suite(openSqliteStore))
  describe(`${name} — CloudBase (real wx-server-sdk, fake server)`, () => suite(() => openFakeCloudStore()))
}

/**
 * Runs `race` and, on the CloudBase fake, answers whether two of the transactions it started
 * were open at the same time (one's first request arrived before another's last answer left):
 * the proof that the calls interleaved rather than ran one after the other. On SQLite every
 * unit waits behind one gate, so there is nothing to show: null.
 */
export const raceOverlap = async <T>(opened: OpenedStore, race: () => Promise<T>): Promise<{ result: T; overlapped: boolean | null }> => {
  const since = opened.fake?.requests.length ?? 0
  const result = await race()
  if (!opened.fake) return { result, overlapped: null }
  const spans = new Map<string, { from: number; to: number }>()
  for (const r of opened.fake.requests.slice(since)) {
    if (!r.transactionId) continue
    const span = spans.get(r.transactionId) ?? { from: r.arrived, to: r.answered ?? r.arrived }
    spans.set(r.transactionId, { from: Math.min(span.from, r.arrived), to: Math.max(span.to, r.answered ?? r.arrived) })
  }
  const list = [...spans.values()]
  return { result, overlapped: list.some((a, i) => list.some((b, j) => i < j && a.from < b.to && b.from < a.to)) }
}

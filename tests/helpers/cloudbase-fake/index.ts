/**
 * A CloudBase database for tests: the real wx-server-sdk (and beneath it @cloudbase/node-sdk
 * and @cloudbase/database with their serializer) talks to an in-memory server that applies
 * queries, update operators and aggregations with `mingo`. See transport.ts for the one SDK
 * method it replaces, and settings.ts for every server rule it applies and its default.
 *
 *   const cloud = openFakeCloud({ seed: 7 })
 *   const store = cloudbaseStore(cloud.db)      // db = the SDK's cloud.database(), wired to the fake
 *   cloud.injectFailure({ at: 3, when: 'after' }) // the 3rd request from now is applied, its answer lost
 *   cloud.requests                              // [{ position, action, collection, count, failed }]
 *   cloud.dump()                                // every collection's documents
 *   cloud.reset(); cloud.close()
 *   cloudStorageFiles(cloud.sdk)                // the SDK's storage calls, answered by cloud.storage (storage.ts)
 *
 * Server rules (details and defaults in settings.ts, transactions.ts, operations.ts):
 * - a `get` answers at most `readCap` (100) documents, whatever the limit; an aggregation
 *   without a $limit stage answers at most `aggregateDefaultLimit` (20);
 * - inserting an existing `_id`, or breaking a unique index of collections.json, is refused
 *   with DATABASE_DUPLICATE_WRITE; a missing field counts as null in a unique index;
 * - `doc(id).get()` of a missing document answers an empty list (the SDK then gives
 *   `data: null`, as `db` is opened like production with `throwOnNotFound: false`);
 * - updates apply the operators the serializer sends: undefined fields never arrive, nested
 *   objects arrive flattened to dotted paths, `_.remove()` arrives as $unset, `_.set()` as a
 *   whole-object $set; `doc.set()` replaces the document (upsert);
 * - transactions: snapshot reads, document operations only (a `where` inside one is
 *   refused), a write to a document locked by another transaction or changed since the
 *   snapshot answers DATABASE_TRANSACTION_CONFLICT, plain writes wait for a lock, commit is
 *   atomic, an unfinished transaction is rolled back after `transactionLifetimeMs`;
 * - every answer arrives after a seeded random delay of `latencyMs`, before and after the
 *   request is applied, so concurrent calls interleave;
 * - an injected failure is a network error (ECONNRESET), which wx-server-sdk reports as
 *   errCode -501001 like any lost connection.
 *
 * Platform facts checked in documentation: transaction semantics (WeChat guide "事务":
 * snapshot isolation, locks, other transactions' writes fail, plain writes block, doc()
 * operations only), runTransaction retries only on a conflict (WeChat API reference
 * Database.runTransaction), DATABASE_DUPLICATE_WRITE for a duplicate _id or unique index key
 * (docs.cloudbase.net error code list). Read from the SDK's code: the missing-document get,
 * the serializer's handling of undefined, nested objects, _.remove(), _.set() and
 * serverDate(), and that wx-server-sdk maps unknown server codes (including
 * DATABASE_TRANSACTION_CONFLICT and DATABASE_DUPLICATE_WRITE) to errCode -501001, keeping the
 * server's text in errMsg only — so a conflict raised inside a runTransaction callback is not
 * retried (with today's consult code the fake gives issue 8's figure: of 30 first bookings of a
 * day, 1 succeeds and 29 fail).
 * Not settled by documentation, asserted by tests/cloud/cloudbase-calibration.test.ts against a
 * real env: the read cap (WeChat's Collection.limit page says 1000 in cloud functions, its
 * older server API page and community measurements say 100; the fake keeps 100), the
 * aggregation default of 20 (community measurements only), the exact refusal codes, that a
 * conflict is answered at the write (as MongoDB does) rather than at commit, and where() being
 * refused in a transaction. Not checked anywhere: the transaction lifetime (the fake uses 2 s),
 * the server's error texts (the fake's are its own: never match on them), and the natural
 * order of unordered reads.
 */
import { DocumentStore } from './documents'
import { FakeServer, type FailureTiming, type LoggedRequest } from './server'
import { defaultSettings, type FakeCloudSettings } from './settings'
import { Transactions } from './transactions'
import { FakeStorage } from './storage'
import { connect } from './transport'
import type { Doc } from './codec'
import { storeDatabaseConfig, type CloudDatabase } from '../../../cloudfunctions/store/cloudbase/types'

export type { FakeCloudSettings } from './settings'
export type { LoggedRequest } from './server'
export type { FakeStorage } from './storage'

export interface FakeCloud {
  /** The real wx-server-sdk's database, opened as the store opens it in production, answered by this fake. */
  db: CloudDatabase
  /**
   * The real wx-server-sdk, as an instance of its own initialised for this fake's env: its
   * storage calls (uploadFile, downloadFile, getTempFileURL, deleteFile) reach `storage`.
   */
  sdk: typeof import('wx-server-sdk')
  /** Cloud storage standing in for WeChat's: its files, its request log, its clock. */
  storage: FakeStorage
  /** Every request since opening or the last reset, in arrival order. */
  requests: LoggedRequest[]
  /** The request `at` positions from now (1 = the next) fails: 'before' = not applied, 'after' = applied, answer lost. */
  injectFailure(failure: { at: number; when: FailureTiming }): void
  /** Every collection and its documents (copies). */
  dump(): Record<string, Doc[]>
  /** Empties the database, the log, pending failures and transactions; replays the same delays. */
  reset(): void
  close(): void
  settings: FakeCloudSettings
}

export const openFakeCloud = (options: Partial<FakeCloudSettings> = {}): FakeCloud => {
  const settings = { ...defaultSettings(), ...options }
  const store = new DocumentStore()
  const transactions = new Transactions(store, settings)
  const server = new FakeServer(settings, store, transactions)
  const route = connect(server, (env) => new FakeStorage(env))
  // Loaded only when a fake opens: its requests never leave the process, so the SDK never
  // reaches for credentials (offline, a real request raises an unhandled rejection).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const cloud = require('wx-server-sdk') as typeof import('wx-server-sdk')
  cloud.init({ env: route.env })
  return {
    db: cloud.database({ ...storeDatabaseConfig, env: route.env }),
    // `init` takes effect once per process (later calls are ignored), and storage calls take the
    // env from it: each fake gets its own SDK instance (wx-server-sdk's createNewInstance).
    sdk: (cloud as unknown as { createNewInstance(config: { env: string }): typeof cloud }).createNewInstance({ env: route.env }),
    storage: route.storage,
    requests: server.log,
    injectFailure: ({ at, when }) => server.injectFailure(at, when),
    dump: () => store.dump(),
    reset() {
      store.clear()
      transactions.clear()
      server.reset()
    },
    close: route.disconnect,
    settings
  }
}

/**
 * Every rule the fake applies on behalf of the CloudBase database server, as one explicit
 * setting with its default. Where a default comes from WeChat's documentation or from the
 * SDK's own code it says so; the rest is asserted against a real env by
 * tests/cloud/cloudbase-calibration.test.ts.
 */
import collectionsFile from '../../../cloudfunctions/database/collections.json'

export interface IndexSpec {
  collection: string
  name: string
  unique: boolean
  fields: string[]
}

export interface FakeCloudSettings {
  /**
   * Most documents one `get` answers, whatever `limit` asks (the SDK itself sends at most
   * 1000). WeChat's Collection.limit page says 1000 for cloud functions; its older server
   * API page, developers' measurements in WeChat's community and issue 8 say 100: the fake
   * keeps the stricter figure, so an adapter that does not page fails here first.
   */
  readCap: number
  /**
   * Documents an aggregation answers when its pipeline has no $limit stage. Not in WeChat's
   * reference; measured by developers in WeChat's community (cloud function side: 20).
   */
  aggregateDefaultLimit: number
  /** Delay before a request reaches the store and again before its answer arrives (ms, inclusive). */
  latencyMs: { min: number; max: number }
  /** Seed of the delays and of the read order, so a run can be replayed. */
  seed: number
  /**
   * MongoDB promises no order without orderBy, nor among equal sort keys. 'shuffled' (the
   * default) answers such documents in a seeded random order, so code that relies on an
   * order it did not ask for fails here; 'insertion' keeps the order they were written in.
   */
  unorderedReads: 'shuffled' | 'insertion'
  /**
   * Indexes of the deployed collections. Unique ones are enforced like MongoDB's (a missing
   * field counts as null, so two documents without it collide); `_id` is always unique.
   */
  indexes: IndexSpec[]
  /**
   * A transaction not committed within this time is rolled back and its locks released.
   * WeChat documents that plain writes block on a transaction's lock "until it is released or
   * times out" without naming the time; the fake uses a short one so tests do not wait.
   */
  transactionLifetimeMs: number
}

interface CollectionsFile {
  collections: Array<{ name: string; indexes: Array<{ name: string; unique: boolean; keys: Array<{ field: string }> }> }>
}

/** The indexes declared in cloudfunctions/database/collections.json (what `npm run deploy` prints). */
export const deployedIndexes = (): IndexSpec[] =>
  (collectionsFile as CollectionsFile).collections.flatMap((collection) =>
    collection.indexes.map((index) => ({
      collection: collection.name,
      name: index.name,
      unique: index.unique,
      fields: index.keys.map((key) => key.field)
    }))
  )

export const defaultSettings = (): FakeCloudSettings => ({
  readCap: 100,
  aggregateDefaultLimit: 20,
  latencyMs: { min: 0, max: 3 },
  seed: 1,
  unorderedReads: 'shuffled',
  indexes: deployedIndexes(),
  transactionLifetimeMs: 2000
})

/**
 * The points import on CloudBase is all or nothing: with one transient failure injected at
 * every request position of an import (before the server applies it, or after, losing the
 * answer), the database holds the old set or the whole new one, never a mix; and importing
 * the same file again then completes. Runs on the fake (WeChat's servers are the edge).
 */
import type { ServicePoint } from '../../src/core/county/schema'
import { openFakeCloudStore, type OpenedStore } from '../helpers/stores'
import { makePoint } from './store-contract/points'

const OLD = ['p-a', 'p-b', 'p-c'].map((id) => makePoint(id, { name: '旧的名字' }))
const NEW = ['p-b', 'p-c', 'p-d'].map((id) => makePoint(id, { name: '新的名字' }))
const AT = '2026-11-29T08:00:00.000Z'
const LATER = '2026-11-29T09:00:00.000Z'
// Short, so a transaction whose rollback was lost soon frees its locks for the retry.
const TRANSACTION_LIFETIME_MS = 1000
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Imports again until it goes through (a lock left by a lost rollback lasts one transaction lifetime). */
const importUntilDone = async ({ store }: OpenedStore): Promise<void> => {
  for (const started = Date.now(); ; await sleep(50)) {
    const done = await store.points.importAll(NEW, LATER).then(
      () => true,
      (error: unknown) => {
        if (Date.now() - started > 2 * TRANSACTION_LIFETIME_MS) throw error
        return false
      }
    )
    if (done) return
  }
}

const namesOf = async ({ store }: OpenedStore) => Object.fromEntries((await store.points.listAll()).map((p) => [p.id, p.name]))
const expectedNames = (points: ServicePoint[]) => Object.fromEntries(points.map((p) => [p.id, p.name]))
const OLD_STATE = expectedNames(OLD)
const NEW_STATE = { ...OLD_STATE, ...expectedNames(NEW) }

const withOldSet = async (): Promise<OpenedStore> => {
  const opened = await openFakeCloudStore({ transactionLifetimeMs: TRANSACTION_LIFETIME_MS })
  await opened.store.points.importAll(OLD, AT)
  return opened
}

describe('points import on CloudBase (fake server): all or nothing', () => {
  let requestsPerImport = 0

  beforeAll(async () => {
    const opened = await withOldSet()
    const before = opened.fake!.requests.length
    await opened.store.points.importAll(NEW, LATER)
    requestsPerImport = opened.fake!.requests.length - before
    await opened.done()
  })

  it('counts the requests of one import, the positions the next tests fail one by one', () => {
    expect(requestsPerImport).toBeGreaterThan(NEW.length)
  })

  it.each(['before', 'after'] as const)(
    'leaves the old set or the whole new one when any request fails %s it is applied',
    async (when) => {
      for (let position = 1; position <= requestsPerImport; position++) {
        const opened = await withOldSet()
        try {
          opened.fake!.injectFailure({ at: position, when })
          const answered = await opened.store.points.importAll(NEW, LATER).then(
            () => true,
            () => false
          )
          const names = await namesOf(opened)
          expect([OLD_STATE, NEW_STATE]).toContainEqual(names)
          if (answered) expect(names).toEqual(NEW_STATE)
          await importUntilDone(opened)
          expect(await namesOf(opened)).toEqual(NEW_STATE)
        } finally {
          await opened.done()
        }
      }
    },
    60_000
  )

  it('never undoes an admin’s change made while an import runs: the import is refused instead', async () => {
    const outcomes = new Set<string>()
    for (let seed = 1; seed <= 10; seed++) {
      const opened = await openFakeCloudStore({ seed, transactionLifetimeMs: TRANSACTION_LIFETIME_MS })
      try {
        await opened.store.points.importAll(OLD, AT)
        const [imported, closed] = await Promise.all([
          opened.store.points.importAll(NEW, LATER).then(
            () => 'imported',
            () => 'refused'
          ),
          opened.store.points.setActive('p-a', false, LATER).then(
            (point) => (point ? 'closed' : 'missing'),
            () => 'failed'
          )
        ])
        outcomes.add(`${imported} ${closed}`)
        if (closed === 'closed') expect((await opened.store.points.get('p-a'))?.active).toBe(false)
        if (imported === 'imported') expect(await namesOf(opened)).toEqual(NEW_STATE)
      } finally {
        await opened.done()
      }
    }
    expect(outcomes).toContain('refused closed')
  }, 60_000)
})

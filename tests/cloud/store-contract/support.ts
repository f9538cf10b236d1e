/**
 * What every repository contract shares: a store opened fresh for each test, and tokens
 * unique to the run, so the suites also run against a shared real CloudBase env.
 */
import crypto from 'node:crypto'
import type { OpenedStore, OpenStore } from '../../helpers/stores'

/** A token of letters only, that appears nowhere else. */
export const unique = (): string => crypto.randomBytes(6).toString('hex').replace(/[0-9]/g, 'x')

/** Opens a store before each test and closes it after; read `.current` inside a test. */
export const storeForEachTest = (open: OpenStore): { current: OpenedStore } => {
  const opened = {} as { current: OpenedStore }
  beforeEach(async () => {
    opened.current = await open()
  })
  afterEach(() => opened.current.done())
  return opened
}

/** A moment far ahead, so this run's rows come first in a newest-first list on a shared env. */
export const future = (n: number): string => new Date(Date.UTC(2999, 0, 1) + n * 1000).toISOString()

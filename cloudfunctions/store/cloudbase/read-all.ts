/**
 * CloudBase answers at most 100 documents per get from a cloud function, whatever the limit
 * (issue 8; asserted by tests/cloud/cloudbase-calibration.test.ts). Longer reads go page by
 * page, until the range is full or a page comes back empty — never stopping at a short page,
 * which a lower cap would make look like the end. The query must be ordered by a unique key,
 * or pages may overlap.
 */
import { awaited } from './awaited'
import type { CloudDatabase } from './types'

export const READ_MAX = 100

export type CloudQuery = ReturnType<ReturnType<CloudDatabase['collection']>['where']>

/** The documents from `offset`, at most `limit` of them (all when limit is Infinity). */
export const readRange = async <T>(query: CloudQuery, offset: number, limit: number): Promise<T[]> => {
  const found: T[] = []
  while (found.length < limit) {
    const { data } = await awaited(
      query
        .skip(offset + found.length)
        .limit(Math.min(READ_MAX, limit - found.length))
        .get()
    )
    if (!data.length) break
    found.push(...(data as T[]))
  }
  return found
}

export const readAll = <T>(query: CloudQuery): Promise<T[]> => readRange<T>(query, 0, Infinity)

/**
 * Service points as the pages read them. The list is kept on the phone (with the time it
 * arrived) so a worker on a weak connection sees stations at once and offline; admin writes
 * always go to the cloud and are never served from the phone's copy.
 */
import type { PayloadOf } from '@/core/contracts/action'
import type { PointsListResult } from '@/core/contracts/points'
import { pointsContract } from '@/core/contracts/points'
import type { ServicePoint } from '@/core/county/schema'
import { callCloud } from './cloud'
import { cachedCall, uncached, type CachedResult } from './offline-cache'
import { readStored } from './storage'

const LIST_KEY = 'points:list'

export const loadPointList = () => cachedCall(LIST_KEY, () => callCloud('points', 'list', {}))

/**
 * The copy of the list kept by the last good load (cachedCall stores it under `cache:<key>`),
 * to show immediately while the network answers.
 */
export const keptPointList = (): { data: PointsListResult; savedAt: string } | undefined =>
  readStored<{ data: PointsListResult; savedAt: string }>(`cache:${LIST_KEY}`)

/** One point; offline, from its own kept copy or else from the kept list. */
export const loadPoint = async (id: string): Promise<CachedResult<ServicePoint>> => {
  const result = await cachedCall(`points:get:${id}`, () => callCloud('points', 'get', { id }))
  if (result.ok || result.error.code !== 'NETWORK.OFFLINE') return result
  const kept = keptPointList()
  const point = kept?.data.items.find((p) => p.id === id)
  return kept && point ? { ok: true, data: point, savedAt: kept.savedAt, fromCache: true } : result
}

/** Admin screens are always live. */
export const loadAdminPoints = () => uncached(callCloud('points', 'adminList', {}))

export const createPoint = (point: PayloadOf<typeof pointsContract.create>) => callCloud('points', 'create', point)

export const updatePoint = (point: PayloadOf<typeof pointsContract.update>) => callCloud('points', 'update', point)

export const setPointActive = (id: string, active: boolean) => callCloud('points', 'setActive', { id, active })

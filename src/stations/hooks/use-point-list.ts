/**
 * The list of points for the nearest-first page: the copy kept on the phone is shown at once
 * (seconds count on a weak connection), then replaced by the cloud's answer. If the network
 * fails, the kept copy stays, marked as offline with the time it was saved.
 */
import { useCallback, useEffect, useRef, useState } from 'react'
import type { PointsListResult } from '@/core/contracts/points'
import type { LoadState } from '@/hooks/use-loader'
import { keptPointList, loadPointList } from '@/services/points'

export const usePointList = () => {
  const [state, setState] = useState<LoadState<PointsListResult>>(() => {
    const kept = keptPointList()
    return kept ? { status: 'loaded', data: kept.data, savedAt: kept.savedAt, fromCache: false } : { status: 'loading' }
  })
  const [refreshing, setRefreshing] = useState(true)
  const latest = useRef(0)

  const reload = useCallback(async () => {
    const ticket = ++latest.current
    setRefreshing(true)
    setState((current) => (current.status === 'failed' ? { status: 'loading' } : current))
    const result = await loadPointList()
    if (ticket !== latest.current) return
    setRefreshing(false)
    setState(
      result.ok ? { status: 'loaded', data: result.data, savedAt: result.savedAt, fromCache: result.fromCache } : { status: 'failed', error: result.error }
    )
  }, [])

  useEffect(() => {
    void reload()
  }, [reload])

  return { state, refreshing, reload }
}

/**
 * The service points as the store holds them (an admin's additions, edits and deactivations
 * included), for the workbench's filters, hand-over and invites: the copy kept on the phone
 * first, then the cloud's answer. Until either arrives the list is empty.
 */
import { useEffect, useState } from 'react'
import type { ServicePoint } from '@/core/county/schema'
import { keptPointList, loadPointList } from '@/services/points'

/** One load for every component of a page that asks at once (a page and its form both do). */
let loading: ReturnType<typeof loadPointList> | null = null
const loadShared = () => {
  loading ??= loadPointList().finally(() => {
    loading = null
  })
  return loading
}

export const useStorePoints = (): ServicePoint[] => {
  const [points, setPoints] = useState<ServicePoint[]>(() => keptPointList()?.data.items ?? [])
  useEffect(() => {
    let live = true
    void loadShared().then((result) => {
      if (live && result.ok) setPoints(result.data.items)
    })
    return () => {
      live = false
    }
  }, [])
  return points
}

/** A point's name from the list, or its id while the list has not arrived. */
export const nameOfPoint = (points: readonly ServicePoint[], id: string): string => points.find((p) => p.id === id)?.name ?? id

/**
 * The one pager of the app's growing lists: tips, 我的咨询, the staff queue and audit trail
 * (pages from the cloud), and the stations (already on the phone, ranked there). A list shows
 * one page and grows by one page per "show more". On WeChat, Taro's setData sends only what
 * changed, so a first screen or a "show more" sends one page of nodes: no setData grows with
 * the data, whatever the number of points or cases.
 */
import { useState } from 'react'
import Taro from '@tarojs/taro'
import { useLoader, type LoadState } from '@/hooks/use-loader'
import type { CachedResult } from '@/services/offline-cache'

export interface Paged<T> {
  items: T[]
  total: number
}

export interface Pager<T> {
  items: T[]
  total: number
  hasMore: boolean
  loadingMore: boolean
  showMore: () => Promise<void>
}

/** Pages from the cloud: `load(offset)` answers the page that starts there. */
export const usePager = <R extends Paged<unknown>>(load: (offset: number) => Promise<CachedResult<R>>, deps: readonly unknown[]) => {
  type T = R['items'][number]
  const { state, reload } = useLoader(() => load(0), deps)
  // The pages after the first, tied to the first page they follow: a reload drops them at once.
  const [more, setMore] = useState<{ after: LoadState<R> | null; items: T[]; ended: boolean }>({ after: null, items: [], ended: false })
  const [loadingMore, setLoadingMore] = useState(false)
  const current = more.after === state ? more : { items: [], ended: false }
  const items = state.status === 'loaded' ? [...state.data.items, ...current.items] : []
  const total = state.status === 'loaded' ? state.data.total : 0
  // A page that comes back empty (the list shrank meanwhile) ends the list.
  const hasMore = !current.ended && items.length < total

  const showMore = async () => {
    if (state.status !== 'loaded' || loadingMore || !hasMore) return
    setLoadingMore(true)
    const page = await load(items.length)
    setLoadingMore(false)
    if (!page.ok) {
      void Taro.showToast({ title: page.error.message, icon: 'none' })
      return
    }
    setMore({ after: state, items: [...current.items, ...page.data.items], ended: page.data.items.length === 0 })
  }

  const pager: Pager<T> = { items, total, hasMore, loadingMore, showMore }
  return { state, reload, pager }
}

/** A list already on the phone (stations, ranked offline): shown one page at a time too. */
export const useLocalPager = <T>(all: readonly T[], pageSize: number): Pager<T> => {
  // The count belongs to the list it was counted on: a new ranking starts at one page again.
  const [shown, setShown] = useState<{ of: readonly T[]; count: number }>({ of: all, count: pageSize })
  const count = shown.of === all ? shown.count : pageSize
  return {
    items: all.slice(0, count),
    total: all.length,
    hasMore: count < all.length,
    loadingMore: false,
    showMore: async () => setShown({ of: all, count: count + pageSize })
  }
}

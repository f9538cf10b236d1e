/**
 * Loads data for a screen and tracks its state: loading, loaded (possibly from the offline
 * copy), or failed with the cloud's message. `reload` retries after an error.
 */
import { useCallback, useEffect, useRef, useState } from 'react'
import type { AppError } from '@/core/envelope'
import type { CachedResult } from '@/services/offline-cache'

export type LoadState<T> = { status: 'loading' } | { status: 'loaded'; data: T; savedAt: string; fromCache: boolean } | { status: 'failed'; error: AppError }

export const useLoader = <T>(load: () => Promise<CachedResult<T>>, deps: readonly unknown[]) => {
  const [state, setState] = useState<LoadState<T>>({ status: 'loading' })
  const latest = useRef(0)

  const run = useCallback(async () => {
    const ticket = ++latest.current
    setState({ status: 'loading' })
    const result = await load()
    // A slower earlier request must not overwrite a newer one.
    if (ticket !== latest.current) return
    setState(
      result.ok ? { status: 'loaded', data: result.data, savedAt: result.savedAt, fromCache: result.fromCache } : { status: 'failed', error: result.error }
    )
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps)

  useEffect(() => {
    void run()
  }, [run])

  return { state, reload: run }
}

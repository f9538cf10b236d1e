/**
 * Read-through cache for what citizens read (tips, stations): every good answer is kept on
 * the phone with the time it arrived; when the network fails, the kept copy is shown with
 * that time, so the app still works in the mountains.
 */
import type { AppError, Envelope } from '@/core/envelope'
import { readStored, writeStored } from './storage'

interface Kept<T> {
  data: T
  savedAt: string
}

export type CachedResult<T> = { ok: true; data: T; savedAt: string; fromCache: boolean } | { ok: false; error: AppError }

/** Errors after which an older copy is better than nothing. */
const worthFallingBack = (error: AppError): boolean => error.code === 'NETWORK.OFFLINE' || error.code.startsWith('SERVER.') || error.code === 'REQUEST.TOO_MANY'

export const cachedCall = async <T>(key: string, load: () => Promise<Envelope<T>>): Promise<CachedResult<T>> => {
  const storageKey = `cache:${key}`
  const envelope = await load()
  if (envelope.ok) {
    const kept: Kept<T> = { data: envelope.data, savedAt: new Date().toISOString() }
    writeStored(storageKey, kept)
    return { ok: true, ...kept, fromCache: false }
  }
  const kept = worthFallingBack(envelope.error) ? readStored<Kept<T>>(storageKey) : undefined
  return kept ? { ok: true, ...kept, fromCache: true } : envelope
}

/** For screens that must show current data only (a citizen's own cases): never from the phone's copy. */
export const uncached = async <T>(load: Promise<Envelope<T>>): Promise<CachedResult<T>> => {
  const envelope = await load
  return envelope.ok ? { ok: true, data: envelope.data, savedAt: new Date().toISOString(), fromCache: false } : envelope
}

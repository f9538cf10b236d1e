/**
 * The local cloud's sign-in, kept on the device (h5 build only). On WeChat there is no
 * session here: the platform tells the cloud who is calling.
 */
import type { LocalSession } from '@/core/contracts/local'
import { readStored, removeStored, writeStored } from './storage'

const KEY = 'local-session'

export interface StoredSession extends LocalSession {
  name: string
}

export const currentSession = (): StoredSession | undefined => readStored<StoredSession>(KEY)
export const saveSession = (session: StoredSession): void => writeStored(KEY, session)
export const clearSession = (): void => removeStored(KEY)

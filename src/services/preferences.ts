/**
 * Display preferences shared by every page: 长辈模式 (elderly mode), persisted on the phone.
 * A tiny observable so a switch on one page updates every page already open.
 */
import { readStored, writeStored } from './storage'

const KEY = 'elderly-mode'
const listeners = new Set<() => void>()
let elderly = readStored<boolean>(KEY) === true

export const isElderlyMode = (): boolean => elderly

export const setElderlyMode = (on: boolean): void => {
  elderly = on
  writeStored(KEY, on)
  listeners.forEach((listener) => listener())
}

export const subscribePreferences = (listener: () => void): (() => void) => {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** Typed access to the phone's local storage (Taro storage: wx storage on weapp, localStorage on h5). */
import Taro from '@tarojs/taro'

export const readStored = <T>(key: string): T | undefined => {
  try {
    const value: unknown = Taro.getStorageSync(key)
    return value === '' || value === undefined || value === null ? undefined : (value as T)
  } catch {
    return undefined
  }
}

export const writeStored = <T>(key: string, value: T): void => {
  try {
    Taro.setStorageSync(key, value)
  } catch {
    // Storage full or unavailable: the app still works, it only forgets across restarts.
  }
}

export const removeStored = (key: string): void => {
  try {
    Taro.removeStorageSync(key)
  } catch {
    // Nothing to remove is fine.
  }
}

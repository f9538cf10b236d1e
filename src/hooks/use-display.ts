/**
 * How pages are drawn for this person: elderly mode (from the switch) and the system font
 * scale (WeChat's font size setting / 关怀模式 on weapp; the browser's own zoom on h5).
 */
import { useSyncExternalStore } from 'react'
import Taro from '@tarojs/taro'
import { isElderlyMode, setElderlyMode, subscribePreferences } from '@/services/preferences'

/** WeChat's standard body size; a larger setting scales the app's text by the same ratio. */
const WECHAT_STANDARD_FONT_PX = 16
const MAX_SCALE = 1.6

const readSystemFontScale = (): number => {
  // The weapp-only part sits inside the `if`: webpack drops it from the h5 build, and with it
  // Taro's browser system-info code (a user-agent parser) from the home page's download.
  if (process.env.TARO_ENV === 'weapp') {
    try {
      // WeChat's getAppBaseInfo() answers fontSizeSetting; Taro's type omits it.
      const setting = (Taro.getAppBaseInfo() as { fontSizeSetting?: number }).fontSizeSetting ?? WECHAT_STANDARD_FONT_PX
      return Math.min(MAX_SCALE, Math.max(1, setting / WECHAT_STANDARD_FONT_PX))
    } catch {
      return 1
    }
  }
  return 1
}

const systemFontScale = readSystemFontScale()

export const useDisplay = () => {
  const elderly = useSyncExternalStore(subscribePreferences, isElderlyMode, isElderlyMode)
  return { elderly, fontScale: systemFontScale, setElderly: setElderlyMode }
}

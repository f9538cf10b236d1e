/**
 * The user's position, asked for only when they want nearest-first, and used only on the
 * phone: it is never sent to the cloud nor kept in storage. WeChat answers GCJ-02 directly;
 * a browser answers WGS-84, which is shifted to GCJ-02 to match our data.
 */
import Taro from '@tarojs/taro'
import type { GeoPoint } from '@/core/county/schema'
import { wgs84ToGcj02 } from '@/core/domain/geo'

export type Located = { ok: true; position: GeoPoint } | { ok: false; reason: 'denied' | 'unavailable' }

const H5_TIMEOUT_MS = 10_000
/** A position up to 5 minutes old is good enough to rank stations, and answers instantly. */
const H5_MAX_AGE_MS = 5 * 60_000

const locateInBrowser = (): Promise<Located> =>
  new Promise((resolve) => {
    if (typeof navigator === 'undefined' || !navigator.geolocation) {
      resolve({ ok: false, reason: 'unavailable' })
      return
    }
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => resolve({ ok: true, position: wgs84ToGcj02({ lat: coords.latitude, lng: coords.longitude }) }),
      (error) => resolve({ ok: false, reason: error.code === error.PERMISSION_DENIED ? 'denied' : 'unavailable' }),
      { enableHighAccuracy: false, timeout: H5_TIMEOUT_MS, maximumAge: H5_MAX_AGE_MS }
    )
  })

const locateInWeChat = async (): Promise<Located> => {
  try {
    const { latitude, longitude } = await Taro.getLocation({ type: 'gcj02' })
    return { ok: true, position: { lat: latitude, lng: longitude } }
  } catch (error) {
    const message = String((error as { errMsg?: string })?.errMsg ?? error)
    return { ok: false, reason: /auth|deny|denied|authorize/i.test(message) ? 'denied' : 'unavailable' }
  }
}

export const locate = (): Promise<Located> => (process.env.TARO_ENV === 'weapp' ? locateInWeChat() : locateInBrowser())

/** True only when the user already allowed location, so the page may locate without asking. */
export const locationAlreadyAllowed = async (): Promise<boolean> => {
  try {
    if (process.env.TARO_ENV === 'weapp') {
      const { authSetting } = await Taro.getSetting()
      return authSetting['scope.userLocation'] === true
    }
    if (typeof navigator === 'undefined' || !navigator.permissions) return false
    const status = await navigator.permissions.query({ name: 'geolocation' })
    return status.state === 'granted'
  } catch {
    return false
  }
}

/** WeChat remembers a refusal: the settings page is the only way to change one's mind. */
export const openLocationSettings = async (): Promise<void> => {
  if (process.env.TARO_ENV !== 'weapp') return
  await Taro.openSetting().catch(() => undefined)
}

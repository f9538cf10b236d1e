/**
 * Getting to a service point: WeChat's own map on weapp (GCJ-02, what its map uses), Amap's
 * public marker link in a browser (it takes GCJ-02 directly and offers its app or web map).
 */
import Taro from '@tarojs/taro'
import type { Phone, ServicePoint } from '@/core/county/schema'

export const navigateToPoint = (point: ServicePoint): void => {
  if (process.env.TARO_ENV === 'weapp') {
    void Taro.openLocation({ latitude: point.location.lat, longitude: point.location.lng, name: point.name, address: point.address, scale: 16 })
    return
  }
  const url = `https://uri.amap.com/marker?position=${point.location.lng},${point.location.lat}&name=${encodeURIComponent(point.name)}&coordinate=gaode&callnative=1`
  window.open(url, '_blank', 'noopener')
}

export const callPhone = (phone: Phone): void => {
  Taro.makePhoneCall({ phoneNumber: phone.number }).catch(() => {
    // The dialer was closed: nothing to do.
  })
}

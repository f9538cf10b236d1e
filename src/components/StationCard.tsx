/** One service point in a list: name, kind and place, open now, distance, services. Tap for the detail. */
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { SERVICE_POINT_KINDS, SERVICES, type County, type ServicePoint } from '@/core/county/schema'
import { describeOpenState, openState } from '@/core/domain/opening-hours'
import { routeUrl } from '@/routes'

interface Props {
  point: ServicePoint
  calendar: Pick<County, 'holidays' | 'makeupWorkdays'>
  now: Date
  /** "1.2 公里", "在本市", or nothing when there is no position to measure from. */
  distanceText?: string
}

export default function StationCard({ point, calendar, now, distanceText }: Props) {
  const status = describeOpenState(openState(point, calendar, now), now)
  const open = () => void Taro.navigateTo({ url: routeUrl('station', { id: point.id }) })
  return (
    <View className='card station-card' role='link' hoverClass='pressed' onClick={open}>
      <View className='station-card-head'>
        <Text className='text-title station-name'>{point.name}</Text>
        {point.sample && <Text className='badge-sample'>示例</Text>}
      </View>
      <Text className='text-small'>
        {SERVICE_POINT_KINDS[point.kind]} · {point.province}
        {point.city}
      </Text>
      <View className='station-card-facts'>
        <Text className={status.open ? 'station-status station-open' : 'station-status station-closed'}>{status.headline}</Text>
        <Text className='text-small station-status-detail'>{status.detail}</Text>
        {distanceText && <Text className='station-distance'>{distanceText}</Text>}
      </View>
      <Text className='text-small'>{point.services.map((s) => SERVICES[s]).join('、')}</Text>
    </View>
  )
}

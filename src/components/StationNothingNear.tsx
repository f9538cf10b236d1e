/**
 * When no out-of-county station is within reach: say so plainly, then show the help that is
 * near (that city's legal-aid centre, the county's offices when at home), the county's
 * hotline, and booking a consultation by phone or in writing.
 */
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { Phone } from '@/core/county/schema'
import { formatDistance } from '@/core/domain/geo'
import { NEAR_KM, type RankedPoint } from '@/core/domain/nearest'
import HotlineButton from './HotlineButton'

interface Props {
  nearestStation: RankedPoint | null
  localHelp: RankedPoint[]
  hotline: Phone
  /** What the distances are measured from: "您" or a city name. */
  from: string
}

const book = (channel: 'phone' | 'written') => {
  Taro.navigateTo({ url: `/consult/pages/book/index?channel=${channel}` }).catch(() => {
    void Taro.showToast({ title: '预约即将开放，请先拨打热线', icon: 'none' })
  })
}

export default function StationNothingNear({ nearestStation, localHelp, hotline, from }: Props) {
  return (
    <View className='card stack station-nothing-near' role='status'>
      <Text className='text-title'>{NEAR_KM} 公里内没有驻外法律服务工作站</Text>
      {nearestStation?.km != null ? (
        <Text>
          离{from}最近的是{nearestStation.point.name}，约 {formatDistance(nearestStation.km)}。
        </Text>
      ) : (
        <Text>{from}附近还没有我们的工作站。</Text>
      )}
      <Text>别着急，这些帮助离您很近：</Text>
      {localHelp.map(({ point, km }) => (
        <View
          key={point.id}
          className='row tap station-near-help'
          role='link'
          onClick={() => void Taro.navigateTo({ url: `/stations/pages/detail/index?id=${point.id}` })}
        >
          <Text>
            {point.name}
            {km != null ? `（${formatDistance(km)}）` : ''}
          </Text>
          <Text aria-hidden='true'>›</Text>
        </View>
      ))}
      <Text className='text-small'>打当地的 12348 也能问到当地的法律援助中心。也可以打家乡的热线：</Text>
      <HotlineButton phone={hotline} />
      <View className='station-book-row'>
        <View className='button station-book' role='button' onClick={() => book('phone')}>
          <Text>预约电话咨询</Text>
        </View>
        <View className='button station-book' role='button' onClick={() => book('written')}>
          <Text>留言咨询</Text>
        </View>
      </View>
    </View>
  )
}

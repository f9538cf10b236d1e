/**
 * When no out-of-county station is within reach: say so plainly, then list the help there is,
 * never an empty list: that city's legal-aid centre when known, the local 12348 (dialled there
 * it reaches that city's line, not the county's), the county's own lawyers by callback or in
 * writing, the county's hotline when it can be dialled from afar, and the nearest station
 * however far.
 */
import Taro from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import type { Phone } from '@/core/county/schema'
import { county } from '@/core/county/current'
import { formatDistance } from '@/core/domain/geo'
import { NEAR_KM, type RankedPoint } from '@/core/domain/nearest'
import { routeUrl } from '@/routes'
import HotlineButton from './HotlineButton'

interface Props {
  nearestStation: RankedPoint | null
  localHelp: RankedPoint[]
  hotline: Phone
  /** What the distances are measured from: "您" or a city name. */
  from: string
}

/** 12348 is one number everywhere; each place answers it with its own line. */
const NATIONAL_LINE = '12348'

const book = (channel: 'phone' | 'written') => {
  Taro.navigateTo({ url: routeUrl('book', { channel }) }).catch(() => {
    void Taro.showToast({ title: '预约即将开放，请先拨打热线', icon: 'none' })
  })
}

const openPoint = (id: string) => void Taro.navigateTo({ url: routeUrl('station', { id }) })

export default function StationNothingNear({ nearestStation, localHelp, hotline, from }: Props) {
  // Where the person is, and that place's name for its own services.
  const here = from === '您' ? '您现在所在的城市' : from
  const local = from === '您' ? '当地' : from
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
      <Text>别着急，您可以这样求助：</Text>
      <View className='stack' role='list'>
        {localHelp.map(({ point, km }) => (
          <View key={point.id} className='row tap station-near-help' role='listitem' onClick={() => openPoint(point.id)}>
            <Text>
              {point.name}
              {km != null ? `（${formatDistance(km)}）` : ''}
            </Text>
            <Text aria-hidden='true'>›</Text>
          </View>
        ))}
        <View className='stack station-help-local-line' role='listitem'>
          <Text>
            在{here}拨打 {NATIONAL_LINE}，接通的是{local}的公共法律服务热线（不是{county.name}的）。欠薪、劳动合同这些事，当地的热线最清楚当地的办法，免费。
          </Text>
          <HotlineButton phone={{ label: `${local}的公共法律服务热线`, number: NATIONAL_LINE, verified: true }} />
        </View>
        <View className='stack station-help-home' role='listitem'>
          <Text>想找{county.name}的律师：预约电话咨询，律师在上班时间给您打回来；或者留言咨询，把事情写下来，律师会回复。</Text>
          <View className='station-book-row'>
            <Button className='button station-book' onClick={() => book('phone')}>
              预约电话咨询
            </Button>
            <Button className='button station-book' onClick={() => book('written')}>
              留言咨询
            </Button>
          </View>
        </View>
        {hotline.number !== NATIONAL_LINE && (
          <View className='stack station-help-county-line' role='listitem'>
            <Text>{county.name}的热线在外地也能打通：</Text>
            <HotlineButton phone={hotline} />
          </View>
        )}
        {nearestStation && (
          <View className='row tap station-near-help' role='listitem' onClick={() => openPoint(nearestStation.point.id)}>
            <Text>
              最近的工作站：{nearestStation.point.name}
              {nearestStation.km != null ? `（约 ${formatDistance(nearestStation.km)}）` : ''}
            </Text>
            <Text aria-hidden='true'>›</Text>
          </View>
        )}
      </View>
    </View>
  )
}

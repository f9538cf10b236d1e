/** One application in the 申请 list: who, what, where, the urgent flag and the clock, all in words. */
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { StaffApplicationItem } from '@/core/contracts/apply'
import { formatShanghaiTime } from '@/core/domain/time'
import { routeUrl } from '@/routes'
import { applicationStatusLabel, clockState, clockText, urgentText } from '../application-labels'

export default function ApplicationItemCard({ item, now = new Date() }: { item: StaffApplicationItem; now?: Date }) {
  const late = item.clock ? clockState(item.clock, now) : null
  return (
    <View
      className={`card stack staff-item${late ? ` sla-${late}` : ''}`}
      // Named by its own words (no aria-label), so what a screen reader says is what is seen.
      role='link'
      onClick={() => void Taro.navigateTo({ url: routeUrl('staffApplication', { id: item.id }) })}
    >
      <View className='row'>
        <Text className='text-title'>
          {item.title} · {applicationStatusLabel(item.kind, item.status)}
        </Text>
        <Text className='text-small staff-ticket'>{item.ticket}</Text>
      </View>
      {item.urgent && (
        <View className='staff-tags'>
          <Text className='staff-tag urgent'>{urgentText(item.urgent)}</Text>
        </View>
      )}
      <Text>
        {item.applicantName} · {item.township}
      </Text>
      {item.clock && <Text className={`text-small staff-clock sla-${late}`}>{clockText(item.clock, now)}</Text>}
      <Text className='text-small'>
        {formatShanghaiTime(item.createdAt)} 提交 · {item.handler ? `${item.handler.name} 在处理` : '还没有人领取'}
      </Text>
    </View>
  )
}

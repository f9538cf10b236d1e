/** One consultation in the queue: who, what, how late — urgency said in words. */
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { QueueItem } from '@/core/contracts/staff'
import { county } from '@/core/county/current'
import { isOpen } from '@/core/domain/consult-status'
import { matterLabel } from '@/core/domain/matters'
import { formatShanghaiTime } from '@/core/domain/time'
import { workingClockStart } from '@/core/domain/working-time'
import { routeUrl } from '@/routes'
import { channelName, SLA_LABEL, STAFF_STATUS_LABEL, timeLeftText } from '../labels'

/** The clock that matters is the one to the first answer; after that it says nothing useful. */
const clockRuns = (item: QueueItem) => isOpen(item.status) && item.status !== 'answered'

/** Callbacks are answered in the callback point's hours (the cloud counts time left by them too). */
const CALLBACK_POINT = county.servicePoints.find((p) => p.id === county.booking.callbackPointId)!

/** When the working clock is stopped (night, weekend, holiday): the time it starts again. */
const clockStopsUntil = (now: Date): Date | undefined => {
  const start = workingClockStart(county, CALLBACK_POINT, now)
  return start.getTime() > now.getTime() ? start : undefined
}

export default function QueueItemCard({ item }: { item: QueueItem }) {
  const late = clockRuns(item) ? item.sla : null
  return (
    <View
      className={`card stack staff-item${late ? ` sla-${late}` : ''}`}
      // Named by its own words (no aria-label), so what a screen reader says is what is seen.
      role='link'
      onClick={() => void Taro.navigateTo({ url: routeUrl('staffCase', { id: item.id }) })}
    >
      <View className='row'>
        <Text className='text-title'>
          {matterLabel(item.matter)} · {STAFF_STATUS_LABEL[item.status]}
        </Text>
        <Text className='text-small staff-ticket'>{item.ticket}</Text>
      </View>
      <View className='staff-tags'>
        {item.priority === 1 && <Text className='staff-tag urgent'>紧急</Text>}
        {late && <Text className={`staff-tag sla-${late}`}>{SLA_LABEL[late]}</Text>}
        {item.heldForReview && <Text className='staff-tag held'>待核对</Text>}
        {item.languageHelp && <Text className='staff-tag language'>需要说{item.languageHelp}</Text>}
        {item.employerGroup && item.employerGroup.count > 1 && <Text className='staff-tag group'>群体讨薪 {item.employerGroup.count} 人</Text>}
      </View>
      <Text>
        {item.applicantName} · {item.phone} · {channelName(item.channel)}
      </Text>
      {late && (
        <Text className='text-small'>
          {timeLeftText(item.minutesLeft, clockStopsUntil(new Date()))}（应在 {formatShanghaiTime(item.dueAt)} 前答复）
        </Text>
      )}
      <Text className='text-small'>
        {formatShanghaiTime(item.createdAt)} 提交
        {item.point ? ` · ${item.point.name}` : ''}
        {item.assignee ? ` · ${item.assignee.name} 在处理` : ''}
      </Text>
    </View>
  )
}

/** One consultation: where it stands, its timeline, the conversation, and what can be done. */
import { useEffect, useState } from 'react'
import { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { channelLabel, type ConsultationDetail } from '@/core/contracts/consult'
import { STATUS_TEXT } from '@/core/domain/consult-status'
import { matterLabel } from '@/core/domain/matters'
import { queueAheadText } from '@/core/domain/queue-position'
import { formatShanghaiTime } from '@/core/domain/time'
import LoadStateView from '@/components/LoadStateView'
import PageShell from '@/components/PageShell'
import Timeline from '@/components/Timeline'
import { useLoader } from '@/hooks/use-loader'
import { loadMyConsultation } from '@/services/consult'
import { uncached } from '@/services/offline-cache'
import CaseActions from '../../components/CaseActions'
import DeadlineNotice from '../../components/DeadlineNotice'
import MessageThread from '../../components/MessageThread'
import RatingForm from '../../components/RatingForm'
import '../book/index.scss'
import './index.scss'

export default function DetailPage() {
  const { params } = useRouter()
  const id = params.id ?? ''
  const { state, reload } = useLoader(() => uncached(loadMyConsultation(id)), [id])
  // After an action the cloud answers the new state: show it without reloading.
  const [latest, setLatest] = useState<ConsultationDetail | null>(null)
  useEffect(() => setLatest(null), [state])

  return (
    <PageShell>
      <LoadStateView state={state} onRetry={reload}>
        {(loaded) => {
          const c = latest ?? loaded
          return (
            <View className='stack'>
              <View className='card stack' role='status'>
                <Text className='text-small'>{c.ticket}</Text>
                <Text className='text-hero case-status'>{STATUS_TEXT[c.status].label}</Text>
                <Text>{STATUS_TEXT[c.status].next}</Text>
                <Text className='text-small'>
                  {matterLabel(c.matter)} · {channelLabel(c.channel)}
                  {c.point ? ` · ${c.point.name}` : ''}
                </Text>
                {c.slot && <Text>预约时间：{formatShanghaiTime(c.slot.start)}</Text>}
                {c.queuePosition && <Text>{queueAheadText(c.queuePosition)}</Text>}
              </View>
              {c.deadline && c.status !== 'closed' && c.status !== 'cancelled' && <DeadlineNotice deadline={c.deadline} />}
              <CaseActions consultation={c} onChanged={setLatest} />
              <RatingForm consultation={c} onChanged={setLatest} />
              <MessageThread consultation={c} onChanged={setLatest} />
              <Timeline events={c.events} />
            </View>
          )
        }}
      </LoadStateView>
    </PageShell>
  )
}

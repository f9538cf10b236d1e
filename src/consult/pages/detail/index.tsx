/** One consultation: where it stands, its timeline, the conversation, what can be done, and the way on to legal aid or mediation. */
import { useEffect, useState } from 'react'
import { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { channelLabel, isInPerson, type ConsultationDetail } from '@/core/contracts/consult'
import { isOpen, nextStepText, STATUS_TEXT } from '@/core/domain/consult-status'
import { matterLabel } from '@/core/domain/matters'
import { queueAheadText } from '@/core/domain/queue-position'
import { formatShanghaiTime } from '@/core/domain/time'
import LoadStateView from '@/components/LoadStateView'
import PageShell from '@/components/PageShell'
import ReadAloudButton from '@/components/ReadAloudButton'
import Timeline from '@/components/Timeline'
import { useLoader } from '@/hooks/use-loader'
import { loadMyConsultation } from '@/services/consult'
import { uncached } from '@/services/offline-cache'
import ApplyFromConsultation from '../../components/ApplyFromConsultation'
import CaseActions from '../../components/CaseActions'
import DeadlineNotice from '../../components/DeadlineNotice'
import FamilyFollowSwitch from '../../components/FamilyFollowSwitch'
import MessageThread from '../../components/MessageThread'
import RatingForm from '../../components/RatingForm'
import VisitPlace from '../../components/VisitPlace'
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
          const answer = c.messages.filter((m) => m.from === 'staff').pop()
          return (
            <View className='stack'>
              <View className='card stack' role='status'>
                <Text className='text-small'>{c.ticket}</Text>
                <Text className='text-hero case-status'>{STATUS_TEXT[c.status].label}</Text>
                <Text>{nextStepText(c.status, c.channel, c.asap)}</Text>
                <Text className='text-small'>
                  {matterLabel(c.matter)} · {channelLabel(c.channel)}
                  {c.point ? ` · ${c.point.name}` : ''}
                </Text>
                {c.slot && <Text>预约时间：{formatShanghaiTime(c.slot.start)}</Text>}
                {c.queuePosition && <Text>{queueAheadText(c.queuePosition)}</Text>}
              </View>
              {answer && (
                <View className='card stack latest-answer'>
                  <Text className='text-title'>工作人员最新的答复</Text>
                  <Text>{answer.text}</Text>
                  <ReadAloudButton what='工作人员的答复' text={`工作人员的答复：${answer.text}`} />
                </View>
              )}
              {isInPerson(c.channel) && c.point && isOpen(c.status) && <VisitPlace pointId={c.point.id} />}
              {c.deadline && c.status !== 'closed' && c.status !== 'cancelled' && <DeadlineNotice deadline={c.deadline} />}
              <CaseActions consultation={c} onChanged={setLatest} />
              <RatingForm consultation={c} onChanged={setLatest} />
              <MessageThread consultation={c} onChanged={setLatest} />
              {c.status !== 'cancelled' && <ApplyFromConsultation consultationId={c.id} />}
              <Timeline events={c.events} />
              <FamilyFollowSwitch consultation={c} onChanged={setLatest} />
            </View>
          )
        }}
      </LoadStateView>
    </PageShell>
  )
}

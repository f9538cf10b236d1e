/** 预约成功: the ticket, when and how, the place in the queue, what to prepare, the deadline. */
import Taro, { useRouter } from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { channelLabel, isInPerson, type ConsultationDetail } from '@/core/contracts/consult'
import { CHECKLISTS } from '@/core/domain/matters'
import { queueAheadText } from '@/core/domain/queue-position'
import { formatShanghaiTime } from '@/core/domain/time'
import LoadStateView from '@/components/LoadStateView'
import PageShell from '@/components/PageShell'
import ReadAloudButton from '@/components/ReadAloudButton'
import { useLoader } from '@/hooks/use-loader'
import { loadMyConsultation } from '@/services/consult'
import { uncached } from '@/services/offline-cache'
import { nextStepText } from '@/core/domain/consult-status'
import { routeUrl } from '@/routes'
import DeadlineNotice from '../../components/DeadlineNotice'
import VisitPlace from '../../components/VisitPlace'
import '../book/index.scss'

/** The confirmation as one text to read aloud: what is on the ticket, in the order shown. */
const confirmationText = (c: ConsultationDetail): string =>
  [
    c.heldForReview ? '已提交，等待核对' : '预约成功',
    `您的咨询编号是 ${c.ticket.split('').join(' ')}`,
    `${channelLabel(c.channel)}${c.point ? `，${c.point.name}` : ''}`,
    c.slot ? `时间：${formatShanghaiTime(c.slot.start)}` : c.asap ? '尽快回电' : '书面答复',
    nextStepText(c.status, c.channel, c.asap),
    `请提前准备：${CHECKLISTS[c.matter].join('；')}`
  ].join('。') + '。'

export default function DonePage() {
  const { params } = useRouter()
  const id = params.id ?? ''
  const { state, reload } = useLoader(() => uncached(loadMyConsultation(id)), [id])

  return (
    <PageShell>
      <LoadStateView state={state} onRetry={reload}>
        {(c) => (
          <View className='stack'>
            <ReadAloudButton what='预约结果' text={confirmationText(c)} />
            <View className='card stack done-ticket' role='status'>
              <Text className='text-title'>{c.heldForReview ? '已提交，等待核对' : '预约成功'}</Text>
              <Text className='text-small'>您的咨询编号</Text>
              <Text className='text-hero ticket'>{c.ticket}</Text>
              <Text>
                {channelLabel(c.channel)}
                {c.point ? ` · ${c.point.name}` : ''}
              </Text>
              <Text>{c.slot ? `时间：${formatShanghaiTime(c.slot.start)}` : c.asap ? '时间：尽快回电' : '书面答复'}</Text>
              {c.queuePosition && <Text>{queueAheadText(c.queuePosition)}</Text>}
              <Text>{nextStepText(c.status, c.channel, c.asap)}</Text>
              {!isInPerson(c.channel) && <Text>预计最晚 {formatShanghaiTime(c.dueAt)} 前第一次答复您</Text>}
            </View>
            {isInPerson(c.channel) && c.point && <VisitPlace pointId={c.point.id} />}
            {c.deadline && <DeadlineNotice deadline={c.deadline} />}
            <View className='card stack'>
              <Text className='text-title'>请提前准备</Text>
              {CHECKLISTS[c.matter].map((item) => (
                <Text key={item}>· {item}</Text>
              ))}
            </View>
            <Button className='button primary' onClick={() => void Taro.redirectTo({ url: routeUrl('consultation', { id: c.id }) })}>
              查看进度
            </Button>
            <Button className='button' onClick={() => void Taro.reLaunch({ url: routeUrl('home') })}>
              回首页
            </Button>
          </View>
        )}
      </LoadStateView>
    </PageShell>
  )
}

/**
 * 我的咨询: every consultation with its status and next step; a dot marks news. What waits on
 * the phone to be sent comes first, also with no network (the list itself needs the network).
 */
import { useEffect } from 'react'
import Taro, { useDidShow } from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { channelLabel, isInPerson, type ConsultationSummary } from '@/core/contracts/consult'
import { nextStepText, STATUS_TEXT } from '@/core/domain/consult-status'
import { matterLabel } from '@/core/domain/matters'
import { formatShanghaiTime } from '@/core/domain/time'
import LoadStateView from '@/components/LoadStateView'
import PageShell from '@/components/PageShell'
import SignInFirst from '@/components/SignInFirst'
import ShowMoreButton from '@/components/ShowMoreButton'
import { useOutbox } from '@/hooks/use-outbox'
import { usePager } from '@/hooks/use-pager'
import { loadMyConsultations, MY_CONSULTATIONS_PAGE } from '@/services/consult'
import { uncached } from '@/services/offline-cache'
import { subscribeOutbox } from '@/services/outbox'
import OutboxList from '../../components/OutboxList'
import { routeUrl } from '@/routes'
import '../book/index.scss'

const book = () => void Taro.navigateTo({ url: routeUrl('book') })

function ConsultationList({ items }: { items: ConsultationSummary[] }) {
  return (
    <View className='stack mine-list'>
      {items.map((c) => (
        <View key={c.id} className='card stack mine-item' role='link' onClick={() => void Taro.navigateTo({ url: routeUrl('consultation', { id: c.id }) })}>
          <View className='row'>
            <Text className='text-title'>
              {matterLabel(c.matter)} · {STATUS_TEXT[c.status].label}
            </Text>
            {c.unseen && (
              <Text className='badge-new' aria-label='有新进展'>
                新
              </Text>
            )}
          </View>
          <Text className='text-small'>
            {c.ticket} · {channelLabel(c.channel)}
            {c.slot ? ` · ${formatShanghaiTime(c.slot.start)}` : ''}
          </Text>
          {c.point && isInPerson(c.channel) && <Text>地点：{c.point.name}</Text>}
          {/* A phone callback without a time is 尽快回电. */}
          <Text>{nextStepText(c.status, c.channel, !c.slot)}</Text>
        </View>
      ))}
    </View>
  )
}

export default function MinePage() {
  const { state, reload, pager } = usePager((offset) => uncached(loadMyConsultations(offset)), [])
  // Coming back from a detail page: show what changed meanwhile.
  useDidShow(() => {
    if (state.status !== 'loading') void reload()
  })
  const waiting = useOutbox()
  // Something waiting was sent: it is in the list now.
  useEffect(() => subscribeOutbox((sent) => sent && void reload()), [reload])
  const offline = state.status === 'failed' && state.error.code === 'NETWORK.OFFLINE'

  if (state.status === 'failed' && state.error.code === 'AUTH.REQUIRED') {
    return <SignInFirst what='咨询' />
  }

  return (
    <PageShell>
      <OutboxList items={waiting} />
      {offline ? (
        <View className='card stack' role='alert'>
          <Text>现在没有网络。“我的咨询”要联网才能看到进度和答复。</Text>
          <Text>{waiting.length > 0 ? '上面待发送的内容存在手机上，有网络时会自动发出。' : '有网络后再点一次下面的按钮。'}</Text>
          <Button className='button' onClick={() => void reload()}>
            再试一次
          </Button>
        </View>
      ) : (
        <LoadStateView state={state} onRetry={reload} isEmpty={(r) => r.total === 0} emptyText='您还没有预约过咨询。'>
          {() => (
            <>
              <ConsultationList items={pager.items} />
              <ShowMoreButton pager={pager} step={MY_CONSULTATIONS_PAGE} unit='条' />
            </>
          )}
        </LoadStateView>
      )}
      <Button className='button primary' onClick={book}>
        预约新的咨询
      </Button>
    </PageShell>
  )
}

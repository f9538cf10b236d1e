/** 我的咨询: every consultation with its status and next step; a dot marks news. */
import Taro, { useDidShow } from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { channelLabel } from '@/core/contracts/consult'
import { STATUS_TEXT } from '@/core/domain/consult-status'
import { matterLabel } from '@/core/domain/matters'
import { formatShanghaiTime } from '@/core/domain/time'
import LoadStateView from '@/components/LoadStateView'
import PageShell from '@/components/PageShell'
import { useLoader } from '@/hooks/use-loader'
import { loadMyConsultations } from '@/services/consult'
import { uncached } from '@/services/offline-cache'
import { routeUrl } from '@/routes'
import '../book/index.scss'

const book = () => void Taro.navigateTo({ url: routeUrl('book') })

export default function MinePage() {
  const { state, reload } = useLoader(() => uncached(loadMyConsultations()), [])
  // Coming back from a detail page: show what changed meanwhile.
  useDidShow(() => {
    if (state.status !== 'loading') void reload()
  })

  if (state.status === 'failed' && state.error.code === 'AUTH.REQUIRED') {
    return (
      <PageShell>
        <View className='card stack'>
          <Text>请先登录，才能看到您的咨询。</Text>
          <Button className='button primary' onClick={() => void Taro.navigateTo({ url: routeUrl('identity') })}>
            去登录
          </Button>
        </View>
      </PageShell>
    )
  }

  return (
    <PageShell>
      <LoadStateView state={state} onRetry={reload} isEmpty={(r) => r.total === 0} emptyText='您还没有预约过咨询。'>
        {(result) => (
          <View className='stack mine-list'>
            {result.items.map((c) => (
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
                <Text>{STATUS_TEXT[c.status].next}</Text>
              </View>
            ))}
          </View>
        )}
      </LoadStateView>
      <Button className='button primary' onClick={book}>
        预约新的咨询
      </Button>
    </PageShell>
  )
}

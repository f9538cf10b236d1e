/** 我的申请: every legal-aid application and mediation request with its status; a mark shows news. */
import Taro, { useDidShow } from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import type { ApplicationSummary } from '@/core/contracts/apply'
import { formatShanghaiTime } from '@/core/domain/time'
import LoadStateView from '@/components/LoadStateView'
import PageShell from '@/components/PageShell'
import SignInFirst from '@/components/SignInFirst'
import ShowMoreButton from '@/components/ShowMoreButton'
import { usePager } from '@/hooks/use-pager'
import { routeUrl } from '@/routes'
import { loadMyApplications, MY_APPLICATIONS_PAGE } from '@/services/applications'
import { uncached } from '@/services/offline-cache'
import '../../apply.scss'

const KIND_LABEL = { aid: '法律援助', mediation: '人民调解' } as const

function ApplicationList({ items }: { items: ApplicationSummary[] }) {
  return (
    <View className='stack mine-list'>
      {items.map((a) => (
        <View key={a.id} className='card stack mine-item' role='link' onClick={() => void Taro.navigateTo({ url: routeUrl('application', { id: a.id }) })}>
          <View className='row'>
            <Text className='text-title'>
              {a.title} · {a.statusLabel}
            </Text>
            {a.unseen && (
              <Text className='badge-new' aria-label='有新进展'>
                新
              </Text>
            )}
          </View>
          <Text className='text-small'>
            {KIND_LABEL[a.kind]} · {a.ticket} · {formatShanghaiTime(a.createdAt)} 提交
          </Text>
        </View>
      ))}
    </View>
  )
}

export default function MyApplicationsPage() {
  const { state, reload, pager } = usePager((offset) => uncached(loadMyApplications(offset)), [])
  // Coming back from an application: show what changed meanwhile.
  useDidShow(() => {
    if (state.status !== 'loading') void reload()
  })

  if (state.status === 'failed' && state.error.code === 'AUTH.REQUIRED') {
    return <SignInFirst what='申请' />
  }

  return (
    <PageShell>
      <LoadStateView state={state} onRetry={reload} isEmpty={(r) => r.total === 0} emptyText='您还没有申请过法律援助或人民调解。'>
        {() => (
          <>
            <ApplicationList items={pager.items} />
            <ShowMoreButton pager={pager} step={MY_APPLICATIONS_PAGE} unit='条' />
          </>
        )}
      </LoadStateView>
      <View className='stack'>
        <Button className='button primary' onClick={() => void Taro.navigateTo({ url: routeUrl('applyAid') })}>
          申请法律援助
        </Button>
        <Button className='button' onClick={() => void Taro.navigateTo({ url: routeUrl('applyMediation') })}>
          申请人民调解
        </Button>
      </View>
    </PageShell>
  )
}

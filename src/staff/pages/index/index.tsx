/**
 * 工作台: the staff home. Who I am, the way to 申请 (legal aid, mediation), then the queue; an
 * admin also gets 管理. Someone who is not (yet) staff gets the invite-code form instead.
 */
import { useState } from 'react'
import Taro, { useDidShow } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import LoadStateView from '@/components/LoadStateView'
import PageShell from '@/components/PageShell'
import { useLoader } from '@/hooks/use-loader'
import { uncached } from '@/services/offline-cache'
import { loadMe } from '@/services/staff'
import { routeUrl } from '@/routes'
import JoinForm from '../../components/JoinForm'
import Workbench from '../../components/Workbench'
import { useStorePoints } from '../../hooks/use-store-points'
import { coverageText, kindLabel } from '../../labels'
import '../../staff.scss'

export default function StaffHomePage() {
  const points = useStorePoints()
  const { state, reload } = useLoader(() => uncached(loadMe()), [])
  // Back from a case: the queue shows what changed meanwhile.
  const [shown, setShown] = useState(0)
  useDidShow(() => setShown((n) => n + 1))

  if (state.status === 'failed' && state.error.code.startsWith('AUTH.')) {
    return (
      <PageShell>
        <JoinForm signedOut={state.error.code === 'AUTH.REQUIRED'} onJoined={() => void reload()} />
      </PageShell>
    )
  }

  return (
    <PageShell>
      <LoadStateView state={state} onRetry={reload}>
        {(me) => (
          <View className='stack'>
            <View className='card stack staff-me'>
              <Text className='text-title'>您好，{me.name}</Text>
              <Text className='text-small'>
                {kindLabel(me.kind)} · 负责{coverageText(me, points)}
              </Text>
              <View className='row tap' role='button' onClick={() => void Taro.navigateTo({ url: routeUrl('staffApplications') })}>
                <Text>申请（法律援助、人民调解）</Text>
                <Text aria-hidden='true'>›</Text>
              </View>
              {me.role === 'admin' && (
                <View className='row tap' role='button' onClick={() => void Taro.navigateTo({ url: routeUrl('staffAdmin') })}>
                  <Text>管理（邀请、人员、记录、统计）</Text>
                  <Text aria-hidden='true'>›</Text>
                </View>
              )}
            </View>
            <Workbench profile={me} refresh={shown} />
          </View>
        )}
      </LoadStateView>
    </PageShell>
  )
}

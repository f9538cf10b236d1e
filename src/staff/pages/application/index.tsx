/**
 * 申请详情: one legal-aid application or mediation request as staff see it: the status, the
 * urgent flag and the clock in words, the actions the rules allow, what the applicant gave,
 * the materials and the timeline. Every action answers the application as it now stands,
 * shown without a reload.
 */
import { useEffect, useState } from 'react'
import { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { ApplicationDetail } from '@/core/contracts/apply'
import type { StaffProfile } from '@/core/contracts/staff'
import type { Envelope } from '@/core/envelope'
import LoadStateView from '@/components/LoadStateView'
import PageShell from '@/components/PageShell'
import Timeline from '@/components/Timeline'
import { useLoader } from '@/hooks/use-loader'
import { uncached } from '@/services/offline-cache'
import { loadMe } from '@/services/staff'
import { loadApplication } from '@/services/staff-applications'
import ApplicationActions from '../../components/ApplicationActions'
import ApplicationFacts from '../../components/ApplicationFacts'
import MaterialList from '../../components/MaterialList'
import { availableApplicationActions, currentClock, holderOf } from '../../application-actions'
import { applicationStatusLabel, clockState, clockText, KIND_LABEL } from '../../application-labels'
import '../../staff.scss'

/** Who I am and the application, together: the actions depend on both. */
const loadBoth = async (id: string): Promise<Envelope<{ me: StaffProfile; a: ApplicationDetail }>> => {
  const [me, a] = await Promise.all([loadMe(), loadApplication(id)])
  if (!me.ok) return me
  if (!a.ok) return a
  return { ok: true, data: { me: me.data, a: a.data } }
}

const holderText = (a: ApplicationDetail, me: StaffProfile): string => {
  const holder = holderOf(a, me)
  if (holder === 'me') return '由我处理'
  return holder === 'other' ? `由 ${a.handler?.name} 处理` : '还没有人领取'
}

export default function StaffApplicationPage() {
  const { params } = useRouter()
  const id = params.id ?? ''
  const { state, reload } = useLoader(() => uncached(loadBoth(id)), [id])
  const [latest, setLatest] = useState<ApplicationDetail | null>(null)
  useEffect(() => setLatest(null), [state])

  return (
    <PageShell>
      <LoadStateView state={state} onRetry={reload}>
        {({ me, a: loaded }) => {
          const a = latest ?? loaded
          const clock = currentClock(a)
          return (
            <View className='stack'>
              <View className='card stack staff-case-head' role='status'>
                <Text className='text-small'>
                  {KIND_LABEL[a.kind]} · {a.ticket}
                </Text>
                <Text className='text-hero staff-case-status'>{applicationStatusLabel(a.kind, a.status)}</Text>
                <Text>{a.title}</Text>
                {clock && <Text className={`staff-clock sla-${clockState(clock)}`}>{clockText(clock)}</Text>}
                <Text className='staff-assignee'>{holderText(a, me)}</Text>
                <Text className='text-small'>群众看到的下一步：{a.nextStep}</Text>
              </View>
              <ApplicationActions a={a} me={me} onChanged={setLatest} />
              <ApplicationFacts a={a} />
              {a.aid && <MaterialList applicationId={a.id} materials={a.aid.materials} canView={availableApplicationActions(a, me).viewMaterials} />}
              <Timeline events={a.events} />
            </View>
          )
        }}
      </LoadStateView>
    </PageShell>
  )
}

/**
 * The applications waiting for staff: legal aid and mediation, one tab each, urgent first (the
 * cloud's order), with the status counts and the clock that matters now in words. The cloud
 * answers only what this staff member may see (the aid centre; a township's mediation
 * committee). `refresh` changes when the page is shown again.
 */
import { useEffect, useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { StaffApplicationsResult } from '@/core/contracts/apply'
import { AID_STATUSES, APPLICATION_KINDS, MEDIATION_STATUSES, type ApplicationKind, type ApplicationStatus } from '@/core/domain/application'
import LoadStateView from '@/components/LoadStateView'
import ShowMoreButton from '@/components/ShowMoreButton'
import { usePager } from '@/hooks/use-pager'
import { uncached } from '@/services/offline-cache'
import { loadApplicationQueue } from '@/services/staff-applications'
import ApplicationItemCard from './ApplicationItemCard'
import Chips from './Chips'
import { applicationStatusLabel, KIND_LABEL } from '../application-labels'

const PAGE = 20
const ALL = 'all'
const STATUSES_OF: Record<ApplicationKind, readonly ApplicationStatus[]> = { aid: AID_STATUSES, mediation: MEDIATION_STATUSES }

export default function ApplicationQueue({ refresh }: { refresh: number }) {
  const [kind, setKind] = useState<ApplicationKind>('aid')
  const [status, setStatus] = useState<ApplicationStatus | undefined>(undefined)
  const { state, reload, pager } = usePager((offset) => uncached(loadApplicationQueue({ kind, status, offset, limit: PAGE })), [kind, status, refresh])
  // The counts stay on screen while the next filter loads (and belong to their tab).
  const [lastCounts, setLastCounts] = useState<{ kind: ApplicationKind; counts: StaffApplicationsResult['counts'] } | null>(null)
  useEffect(() => {
    if (state.status === 'loaded') setLastCounts({ kind, counts: state.data.counts })
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the counts are of the tab that loaded them
  }, [state])
  const counts = state.status === 'loaded' ? state.data.counts : lastCounts?.kind === kind ? lastCounts.counts : null

  const switchKind = (next: ApplicationKind) => {
    setKind(next)
    setStatus(undefined)
  }

  return (
    <View className='stack staff-applications'>
      <View className='card stack staff-filters'>
        <Chips label='申请种类' options={APPLICATION_KINDS.map((k) => ({ id: k, label: KIND_LABEL[k] }))} selected={[kind]} onToggle={switchKind} />
        <Text className='text-small'>各状态的数量（点一下只看这一种）</Text>
        <Chips
          label='按状态看'
          scroll
          options={[
            { id: ALL, label: '要处理的' },
            ...STATUSES_OF[kind].map((s) => ({ id: s, label: `${applicationStatusLabel(kind, s)} ${counts?.[s] ?? 0}` }))
          ]}
          selected={[status ?? ALL]}
          onToggle={(id) => setStatus(id === ALL || id === status ? undefined : id)}
        />
      </View>
      <LoadStateView
        state={state}
        onRetry={reload}
        isEmpty={(r) => r.items.length === 0}
        emptyText={kind === 'aid' ? '没有符合条件的法律援助申请。' : '没有符合条件的人民调解申请。'}
      >
        {(result) => (
          <View className='stack staff-queue'>
            <Text className='text-small'>共 {result.total} 件，紧急的和快到期的排在前面</Text>
            {pager.items.map((item) => (
              <ApplicationItemCard key={item.id} item={item} />
            ))}
            <ShowMoreButton pager={pager} step={PAGE} unit='件' />
          </View>
        )}
      </LoadStateView>
    </View>
  )
}

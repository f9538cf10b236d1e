/**
 * The queue: counts per status, filters, 领取下一个, and the cases in the order the cloud gives
 * (priority, due time, age). `refresh` changes when the page is shown again.
 */
import { useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { CHANNELS, type ChannelId } from '@/core/contracts/consult'
import type { QueueResult, StaffProfile } from '@/core/contracts/staff'
import { STATUSES, type ConsultStatus } from '@/core/domain/consult-status'
import { MATTERS, type MatterId } from '@/core/domain/matters'
import LoadStateView from '@/components/LoadStateView'
import ShowMoreButton from '@/components/ShowMoreButton'
import { usePager } from '@/hooks/use-pager'
import ToggleRow from '@/components/ToggleRow'
import { uncached } from '@/services/offline-cache'
import { claimNext, loadQueue } from '@/services/staff'
import { routeUrl } from '@/routes'
import { useStorePoints } from '../hooks/use-store-points'
import { STAFF_STATUS_LABEL } from '../labels'
import Chips from './Chips'
import QueueItemCard from './QueueItemCard'

const PAGE = 20
const ALL = 'all'

interface Filter {
  status?: ConsultStatus
  matter?: MatterId
  channel?: ChannelId
  pointId?: string
  mine: boolean
}

export default function Workbench({ profile, refresh }: { profile: StaffProfile; refresh: number }) {
  const [filter, setFilter] = useState<Filter>({ mine: false })
  const [moreFilters, setMoreFilters] = useState(false)
  const [next, setNext] = useState<{ busy: boolean; message: string | null }>({ busy: false, message: null })
  const { state, reload, pager } = usePager((offset) => uncached(loadQueue({ ...filter, offset, limit: PAGE })), [JSON.stringify(filter), refresh])
  // The counts stay on screen while the next filter loads.
  const [lastCounts, setLastCounts] = useState<QueueResult['counts'] | null>(null)
  useEffect(() => {
    if (state.status === 'loaded') setLastCounts(state.data.counts)
  }, [state])

  const points = useStorePoints().filter((p) => profile.pointIds.length === 0 || profile.pointIds.includes(p.id))
  const set = (change: Partial<Filter>) => setFilter((f) => ({ ...f, ...change }))
  const pick = <T extends string>(current: T | undefined, id: T | typeof ALL): T | undefined => (id === ALL || id === current ? undefined : id)

  const takeNext = async () => {
    setNext({ busy: true, message: null })
    const answer = await claimNext()
    if (!answer.ok) return setNext({ busy: false, message: answer.error.message })
    if (!answer.data) return setNext({ busy: false, message: '现在没有排队的咨询' })
    setNext({ busy: false, message: null })
    void Taro.navigateTo({ url: routeUrl('staffCase', { id: answer.data.id }) })
  }

  const counts = state.status === 'loaded' ? state.data.counts : lastCounts
  return (
    <View className='stack staff-workbench'>
      <View className='card stack staff-filters'>
        <Button className='button primary' loading={next.busy} disabled={next.busy} onClick={takeNext}>
          领取下一个
        </Button>
        {next.message && (
          <View role='status' className='staff-next-message'>
            <Text>{next.message}</Text>
          </View>
        )}
        <Text className='text-small'>各状态的数量（点一下只看这一种）</Text>
        <Chips
          label='按状态看'
          scroll
          options={[{ id: ALL, label: '未结束的' }, ...STATUSES.map((s) => ({ id: s, label: `${STAFF_STATUS_LABEL[s]} ${counts?.[s] ?? 0}` }))]}
          selected={[filter.status ?? ALL]}
          onToggle={(id) => set({ status: pick(filter.status, id) })}
        />
        <ToggleRow label='只看我的' checked={filter.mine} onChange={(mine) => set({ mine })} />
        <View className='row tap' role='button' onClick={() => setMoreFilters((v) => !v)}>
          <Text>{moreFilters ? '收起筛选' : '更多筛选（问题、方式、服务点）'}</Text>
          <Text aria-hidden='true'>{moreFilters ? '▴' : '▾'}</Text>
        </View>
        {moreFilters && (
          <>
            <Text className='text-small'>问题</Text>
            <Chips
              label='问题'
              scroll
              options={[{ id: ALL, label: '全部' }, ...MATTERS]}
              selected={[filter.matter ?? ALL]}
              onToggle={(id) => set({ matter: pick(filter.matter, id) })}
            />
            <Text className='text-small'>方式</Text>
            <Chips
              label='方式'
              scroll
              options={[{ id: ALL, label: '全部' }, ...CHANNELS]}
              selected={[filter.channel ?? ALL]}
              onToggle={(id) => set({ channel: pick(filter.channel, id) })}
            />
            <Text className='text-small'>服务点</Text>
            <Chips
              label='服务点'
              scroll
              options={[{ id: ALL, label: '全部' }, ...points.map((p) => ({ id: p.id, label: p.name }))]}
              selected={[filter.pointId ?? ALL]}
              onToggle={(id) => set({ pointId: pick(filter.pointId, id) })}
            />
          </>
        )}
      </View>

      <LoadStateView state={state} onRetry={reload} isEmpty={(r) => r.items.length === 0} emptyText='没有符合条件的咨询。'>
        {(result) => (
          <View className='stack staff-queue'>
            <Text className='text-small'>共 {result.total} 件，按紧急程度和到期时间排好了</Text>
            {pager.items.map((item) => (
              <QueueItemCard key={item.id} item={item} />
            ))}
            <ShowMoreButton pager={pager} step={PAGE} unit='件' />
          </View>
        )}
      </LoadStateView>
    </View>
  )
}

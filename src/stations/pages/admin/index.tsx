/**
 * 管理站点 (admins): every point, active or not, with edit and deactivate/reactivate, and how
 * to bulk-import a CSV. The cloud checks the role on every write; this page only shows it.
 */
import { useMemo, useState } from 'react'
import Taro, { useDidShow } from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import type { AdminServicePoint } from '@/core/contracts/points'
import { SERVICE_POINT_KINDS } from '@/core/county/schema'
import { formatShanghaiTime } from '@/core/domain/time'
import LoadStateView from '@/components/LoadStateView'
import PageShell from '@/components/PageShell'
import ShowMoreButton from '@/components/ShowMoreButton'
import { useLoader } from '@/hooks/use-loader'
import { useLocalPager } from '@/hooks/use-pager'
import { loadAdminPoints, setPointActive } from '@/services/points'
import { routeUrl } from '@/routes'
import '../../stations.scss'

const ADMIN_PAGE = 20

export default function StationsAdminPage() {
  const { state, reload } = useLoader(loadAdminPoints, [])
  const [busyId, setBusyId] = useState<string | null>(null)
  const [firstShow, setFirstShow] = useState(true)
  const points = useMemo(() => (state.status === 'loaded' ? state.data.items : []), [state])
  const pager = useLocalPager(points, ADMIN_PAGE)

  // Back from the edit page: show what was saved.
  useDidShow(() => {
    if (firstShow) setFirstShow(false)
    else void reload()
  })

  const toggle = async (point: AdminServicePoint) => {
    if (point.active) {
      const { confirm } = await Taro.showModal({
        title: '停用这个站点？',
        content: `停用后群众就看不到“${point.name}”了，以后可以再启用。`,
        confirmText: '停用',
        cancelText: '不停用'
      })
      if (!confirm) return
    }
    setBusyId(point.id)
    const answer = await setPointActive(point.id, !point.active)
    setBusyId(null)
    if (!answer.ok) {
      void Taro.showToast({ title: answer.error.message, icon: 'none' })
      return
    }
    void Taro.showToast({ title: answer.data.active ? '已启用' : '已停用', icon: 'none' })
    void reload()
  }

  return (
    <PageShell>
      <View className='card stack'>
        <Text className='text-title'>管理站点</Text>
        <Button className='button primary' onClick={() => void Taro.navigateTo({ url: routeUrl('stationEdit') })}>
          ＋ 添加站点
        </Button>
        <Text className='text-small'>要一次加很多站点：把站点表格交给县司法局的系统管理员，由他在电脑上导入。表格里有一行不对，就一行也不导入，不会乱。</Text>
      </View>
      <LoadStateView state={state} onRetry={reload} isEmpty={(list) => list.items.length === 0} emptyText='还没有站点，点“添加站点”开始。'>
        {() => (
          <>
            {pager.items.map((point) => (
              <View key={point.id} className={point.active ? 'card stack station-admin-item' : 'card stack station-admin-item station-inactive'}>
                <View className='station-card-head'>
                  <Text className='text-title station-name'>{point.name}</Text>
                  {point.sample && <Text className='badge-sample'>示例</Text>}
                </View>
                <Text className='text-small'>
                  {SERVICE_POINT_KINDS[point.kind]} · {point.city} · {point.active ? '启用中' : '已停用'} ·{' '}
                  {point.origin === 'admin' ? '管理员修改过' : '县里资料'} · {formatShanghaiTime(point.updatedAt)}
                </Text>
                <View className='station-book-row'>
                  <Button
                    className='button'
                    onClick={() => void Taro.navigateTo({ url: routeUrl('stationEdit', { id: point.id }) })}
                    aria-label={`编辑${point.name}`}
                  >
                    编辑
                  </Button>
                  <Button
                    className='button'
                    loading={busyId === point.id}
                    disabled={busyId !== null}
                    onClick={() => void toggle(point)}
                    aria-label={`${point.active ? '停用' : '启用'}${point.name}`}
                  >
                    {point.active ? '停用' : '启用'}
                  </Button>
                </View>
              </View>
            ))}
            <ShowMoreButton pager={pager} step={ADMIN_PAGE} unit='个' />
          </>
        )}
      </LoadStateView>
    </PageShell>
  )
}

/** 普法小贴士管理 (admins): every tip, published or draft; publish, take down, edit, write new. */
import Taro, { useDidShow } from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { categoryLabel, type AdminTip } from '@/core/contracts/tips'
import { formatShanghaiDate } from '@/core/domain/time'
import FormError from '@/components/FormError'
import LoadStateView from '@/components/LoadStateView'
import PageShell from '@/components/PageShell'
import ShowMoreButton from '@/components/ShowMoreButton'
import { useCloudAction } from '@/hooks/use-cloud-action'
import { usePager } from '@/hooks/use-pager'
import { ALL_TIPS_PAGE, loadAllTips, setTipPublished } from '@/services/tips'
import { routeUrl } from '@/routes'
import '../../staff.scss'

const edit = (id?: string) => void Taro.navigateTo({ url: routeUrl('staffTipEdit', { id }) })

export default function StaffTipsPage() {
  const { state, reload, pager } = usePager(loadAllTips, [])
  const { busy, problem, run } = useCloudAction()
  useDidShow(() => {
    if (state.status !== 'loading') void reload()
  })
  const toggle = (tip: AdminTip) =>
    run(
      () => setTipPublished(tip.id, !tip.published),
      () => void reload()
    )

  return (
    <PageShell>
      <View className='card stack'>
        <Text className='text-title'>普法小贴士管理</Text>
        <Text className='text-small'>只有“已发布”的小贴士群众才能看到。每次修改都会记入操作记录。</Text>
        <Button className='button primary' onClick={() => edit()}>
          写一条新的
        </Button>
        <FormError message={problem} />
      </View>
      <LoadStateView state={state} onRetry={reload} isEmpty={(r) => r.total === 0} emptyText='还没有小贴士。'>
        {() => (
          <>
            {pager.items.map((tip) => (
              <View key={tip.id} className='card stack staff-tip'>
                <Text className='text-title'>{tip.title}</Text>
                <Text className='text-small'>
                  {categoryLabel(tip.category)} · {formatShanghaiDate(tip.updatedAt)} · {tip.published ? '已发布' : '草稿（群众看不到）'}
                </Text>
                <View className='staff-buttons'>
                  <Button className='button' onClick={() => edit(tip.id)}>
                    修改
                  </Button>
                  <Button className='button' disabled={busy} onClick={() => void toggle(tip)}>
                    {tip.published ? '撤下' : '发布'}
                  </Button>
                </View>
              </View>
            ))}
            <ShowMoreButton pager={pager} step={ALL_TIPS_PAGE} unit='条' />
          </>
        )}
      </LoadStateView>
    </PageShell>
  )
}

/** A list of tips: one category, or the results of a search. More load as the citizen scrolls. */
import Taro, { useReachBottom, useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { categoryLabel, TIP_PAGE_MAX, TipCategorySchema } from '@/core/contracts/tips'
import { formatShanghaiDate } from '@/core/domain/time'
import LoadStateView from '@/components/LoadStateView'
import PageShell from '@/components/PageShell'
import { usePager } from '@/hooks/use-pager'
import { loadTipList } from '@/services/tips'
import { routeUrl } from '@/routes'

export default function TipListPage() {
  const { params } = useRouter()
  const category = TipCategorySchema.safeParse(params.category).data
  const keyword = params.keyword ? decodeURIComponent(params.keyword) : undefined
  const heading = keyword ? `“${keyword}”的搜索结果` : category ? categoryLabel(category) : '全部小贴士'

  const { state, reload, pager } = usePager((offset) => loadTipList({ category, keyword, offset, limit: TIP_PAGE_MAX }), [category, keyword])
  useReachBottom(() => void pager.showMore())

  return (
    <PageShell>
      <Text className='text-title'>{heading}</Text>
      <LoadStateView
        state={state}
        onRetry={reload}
        isEmpty={(page) => page.total === 0}
        emptyText={keyword ? '没有找到相关的小贴士，换个词试试，或拨打 12348 问一问。' : '这个分类还没有小贴士。'}
      >
        {(page) => (
          <View className='tip-list'>
            <Text className='text-small'>共 {page.total} 条</Text>
            {pager.items.map((tip) => (
              <View key={tip.id} className='card tip-item' role='link' onClick={() => void Taro.navigateTo({ url: routeUrl('tip', { id: tip.id }) })}>
                <Text className='text-title'>{tip.title}</Text>
                <View>
                  <Text>{tip.summary}</Text>
                </View>
                <Text className='text-small'>
                  {categoryLabel(tip.category)} · {formatShanghaiDate(tip.updatedAt)}更新
                </Text>
              </View>
            ))}
            {pager.loadingMore && <Text className='text-small'>正在加载更多…</Text>}
          </View>
        )}
      </LoadStateView>
    </PageShell>
  )
}

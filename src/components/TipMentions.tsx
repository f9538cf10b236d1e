/**
 * The tips a staff member attached to an answer, each one tap from being read. The answer
 * names them by title, so the tip is found by searching for its title.
 */
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { loadTipList } from '@/services/tips'
import { routeUrl } from '@/routes'

/** The search box takes at most 20 characters; a title is matched exactly among the results. */
const SEARCH_MAX = 20

const openTip = async (title: string) => {
  const found = await loadTipList({ keyword: title.slice(0, SEARCH_MAX) })
  if (!found.ok) return void Taro.showToast({ title: found.error.message, icon: 'none' })
  const tip = found.data.items.find((t) => t.title === title)
  if (!tip) return void Taro.showToast({ title: '这条小贴士已经撤下了，可以在“普法小贴士”里找找别的', icon: 'none' })
  void Taro.navigateTo({ url: routeUrl('tip', { id: tip.id }) })
}

export default function TipMentions({ titles }: { titles: string[] }) {
  return (
    <View className='stack tip-mentions'>
      <Text className='text-small'>推荐阅读（点开看）：</Text>
      {titles.map((title) => (
        <View key={title} className='row tap tip-mention' role='link' tabIndex={0} onClick={() => void openTip(title)}>
          <Text>📖 {title}</Text>
          <Text aria-hidden='true'>›</Text>
        </View>
      ))}
    </View>
  )
}

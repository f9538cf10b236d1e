/** Up to five legal tips to attach to an answer, chosen from the tips list by topic. */
import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { TIP_CATEGORIES, TIP_PAGE_MAX, type TipCategoryId } from '@/core/contracts/tips'
import LoadStateView from '@/components/LoadStateView'
import { useLoader } from '@/hooks/use-loader'
import { loadTipList } from '@/services/tips'
import Chips from './Chips'

export const TIPS_MAX = 5

export default function TipPicker({ selected, onChange }: { selected: string[]; onChange: (ids: string[]) => void }) {
  const [category, setCategory] = useState<TipCategoryId>('wage-labour')
  const { state, reload } = useLoader(() => loadTipList({ category, offset: 0, limit: TIP_PAGE_MAX }), [category])

  const toggle = (id: string) => {
    if (selected.includes(id)) onChange(selected.filter((x) => x !== id))
    else if (selected.length < TIPS_MAX) onChange([...selected, id])
  }

  return (
    <View className='stack staff-tip-picker'>
      <Text>
        附上普法小贴士（可以不选，最多 {TIPS_MAX} 条；已选 {selected.length} 条）
      </Text>
      <Chips label='小贴士分类' scroll options={TIP_CATEGORIES} selected={[category]} onToggle={setCategory} />
      <LoadStateView state={state} onRetry={reload} isEmpty={(r) => r.items.length === 0} emptyText='这个分类还没有小贴士。'>
        {(r) => <Chips label='小贴士' multiple options={r.items.map((t) => ({ id: t.id, label: t.title }))} selected={selected} onToggle={toggle} />}
      </LoadStateView>
    </View>
  )
}

/**
 * A mediation request: the committee handling it, the dispute, and the outcome with what it
 * means. What comes next is the page's 下一步 (nextStepOf answers the outcome's next), said once.
 */
import { Text, View } from '@tarojs/components'
import type { MediationDetail } from '@/core/contracts/apply'
import { county } from '@/core/county/current'

const categoryLabel = (id: string) => county.mediationCategories.find((c) => c.id === id)?.label ?? id

export default function MediationFacts({ mediation: m }: { mediation: MediationDetail }) {
  const other = [m.otherParty?.name, m.otherParty?.contact].filter(Boolean).join('，')
  return (
    <>
      {m.outcome && (
        <View className={m.outcome.kind === 'succeeded' ? 'card stack outcome' : 'card stack outcome application-alert'} role='status'>
          <Text className='text-title'>{m.outcome.label}</Text>
          <Text>{m.outcome.meaning}</Text>
          {m.outcome.note && (
            <Text>
              {m.outcome.kind === 'declined' ? '原因：' : '说明：'}
              {m.outcome.note}
            </Text>
          )}
        </View>
      )}
      <View className='card stack'>
        <Text>由{m.committee}负责调解。</Text>
        <Text className='text-small'>
          {categoryLabel(m.category)} · 发生在{m.township}
        </Text>
        {other && <Text className='text-small'>对方：{other}</Text>}
      </View>
    </>
  )
}

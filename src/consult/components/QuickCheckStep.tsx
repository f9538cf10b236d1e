import { Text, View } from '@tarojs/components'
import { CONSULTATION_IS_AID, QUICK_CHECK_QUESTIONS, quickCheck, type QuickCheckId } from '@/core/domain/quick-check'
import ToggleRow from '@/components/ToggleRow'

export default function QuickCheckStep({ yes, onChange }: { yes: QuickCheckId[]; onChange: (yes: QuickCheckId[]) => void }) {
  const result = quickCheck(yes)
  const toggle = (id: QuickCheckId, on: boolean) => onChange(on ? [...yes, id] : yes.filter((x) => x !== id))
  return (
    <View className='stack'>
      <View className='card stack'>
        {QUICK_CHECK_QUESTIONS.map((q) => (
          <ToggleRow key={q.id} label={q.text} checked={yes.includes(q.id)} onChange={(on) => toggle(q.id, on)} />
        ))}
      </View>
      <View className='card stack quick-check-result' role='status'>
        <Text>{result.message}</Text>
        <Text className='text-small'>依据：{result.basis.join('、')}</Text>
        <Text>{CONSULTATION_IS_AID}</Text>
      </View>
    </View>
  )
}

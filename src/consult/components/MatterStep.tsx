import { Text, View } from '@tarojs/components'
import { MATTERS, type MatterId } from '@/core/domain/matters'

export default function MatterStep({ selected, onPick }: { selected?: MatterId; onPick: (matter: MatterId) => void }) {
  return (
    <View className='grid-2'>
      {MATTERS.map((m) => (
        <View
          key={m.id}
          role='button'
          aria-pressed={m.id === selected}
          className={m.id === selected ? 'card matter selected' : 'card matter'}
          onClick={() => onPick(m.id)}
        >
          <Text className='matter-icon' aria-hidden='true'>
            {m.icon}
          </Text>
          <Text className='text-title'>{m.label}</Text>
          <Text className='text-small'>{m.hint}</Text>
        </View>
      ))}
    </View>
  )
}

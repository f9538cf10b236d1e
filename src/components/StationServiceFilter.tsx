/** Filter points by the help needed: 全部, 法律咨询, 讨薪维权 … */
import { Text, View } from '@tarojs/components'
import { SERVICES } from '@/core/county/schema'
import type { ServiceId } from '@/core/domain/point-fields'

interface Props {
  value: ServiceId | undefined
  onChange: (service: ServiceId | undefined) => void
}

const OPTIONS: Array<{ id: ServiceId | undefined; label: string }> = [
  { id: undefined, label: '全部' },
  ...(Object.keys(SERVICES) as ServiceId[]).map((id) => ({ id, label: SERVICES[id] }))
]

export default function StationServiceFilter({ value, onChange }: Props) {
  return (
    <View className='chips station-service-filter' role='radiogroup' aria-label='按服务筛选'>
      {OPTIONS.map((option) => {
        const on = option.id === value
        return (
          <View key={option.label} className={on ? 'chip tap chip-on' : 'chip tap'} role='radio' aria-checked={on} tabIndex={0} onClick={() => onChange(option.id)}>
            <Text>{option.label}</Text>
          </View>
        )
      })}
    </View>
  )
}

/** One fact of a case for staff: its label, small, above its value. */
import { Text, View } from '@tarojs/components'

export default function Fact({ label, value }: { label: string; value: string }) {
  return (
    <View className='staff-fact'>
      <Text className='text-small'>{label}</Text>
      <Text>{value}</Text>
    </View>
  )
}

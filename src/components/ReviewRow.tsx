/** One line of a form's review step: what was asked, small, and the answer under it. */
import { Text, View } from '@tarojs/components'
import './ReviewRow.scss'

export default function ReviewRow({ label, value }: { label: string; value: string }) {
  return (
    <View className='review-row'>
      <Text className='text-small'>{label}</Text>
      <Text>{value}</Text>
    </View>
  )
}

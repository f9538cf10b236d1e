/** A form's problem in plain words, read out by screen readers as soon as it appears. */
import { Text, View } from '@tarojs/components'

export default function FormError({ message }: { message: string | null }) {
  if (!message) return null
  return (
    <View className='form-error' role='alert'>
      <Text>{message}</Text>
    </View>
  )
}

/**
 * A date the citizen picks. Nothing is chosen for them: until they pick, the field says so and
 * the form refuses to go on (a picker's starting day is not an answer).
 */
import { Picker, Text, View } from '@tarojs/components'
import { shanghaiDate } from '@/core/domain/time'
import FormError from '@/components/FormError'

interface Props {
  label: string
  value: string
  onChange: (date: string) => void
  error: string | null
  /** The earliest day that makes sense (e.g. the job cannot end before it began owing wages). */
  start?: string
}

export default function DateField({ label, value, onChange, error, start }: Props) {
  return (
    <View className='field stack'>
      <Text>{label}</Text>
      <Picker mode='date' value={value} start={start} end={shanghaiDate(new Date())} onChange={(e) => onChange(e.detail.value)}>
        <View className='field-input tap' role='button' aria-label={`${label}：${value || '还没选'}`}>
          <Text>{value || '点这里选日期'}</Text>
        </View>
      </Picker>
      <FormError message={error} />
    </View>
  )
}

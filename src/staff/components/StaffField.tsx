/** A labelled text box with its problem right under it (the label is also the aria-label). */
import { Input, Text, Textarea, View } from '@tarojs/components'
import FormError from '@/components/FormError'

interface Props {
  label: string
  value: string
  onChange: (value: string) => void
  error?: string | null
  placeholder?: string
  type?: 'text' | 'number'
  maxlength?: number
  multiline?: boolean
}

export default function StaffField({ label, value, onChange, error, placeholder, type = 'text', maxlength, multiline }: Props) {
  return (
    <View className='field stack'>
      <Text>{label}</Text>
      {multiline ? (
        <Textarea
          className='staff-field-input staff-textarea'
          value={value}
          placeholder={placeholder}
          aria-label={label}
          // One more than allowed, so an over-long text is refused with a message, not cut silently.
          maxlength={maxlength ? maxlength + 1 : -1}
          onInput={(e) => onChange(e.detail.value)}
        />
      ) : (
        <Input className='staff-field-input tap' type={type} value={value} placeholder={placeholder} aria-label={label} onInput={(e) => onChange(e.detail.value)} />
      )}
      {multiline && maxlength && (
        <Text className='text-small'>
          {value.length} / {maxlength} 字
        </Text>
      )}
      <FormError message={error ?? null} />
    </View>
  )
}

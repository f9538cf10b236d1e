/** A labelled text field with its problem shown right under it. */
import { Input, Text, Textarea, View } from '@tarojs/components'
import FormError from '@/components/FormError'
import { controlLabel } from './control-label'

interface Props {
  label: string
  value: string
  onChange: (value: string) => void
  error?: string | null
  placeholder?: string
  type?: 'text' | 'number' | 'digit'
  maxlength?: number
  /** A multi-line box with a character counter. */
  multiline?: boolean
}

export default function Field({ label, value, onChange, error, placeholder, type = 'text', maxlength, multiline }: Props) {
  return (
    <View className='field stack'>
      <Text>{label}</Text>
      {multiline ? (
        <Textarea
          className='field-input field-textarea'
          value={value}
          placeholder={placeholder}
          {...controlLabel(label)}
          // One more than allowed, so an over-long text is caught by the form's rule, not cut silently.
          maxlength={maxlength ? maxlength + 1 : -1}
          onInput={(e) => onChange(e.detail.value)}
        />
      ) : (
        <Input
          className='field-input tap'
          type={type}
          value={value}
          placeholder={placeholder}
          {...controlLabel(label)}
          onInput={(e) => onChange(e.detail.value)}
        />
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

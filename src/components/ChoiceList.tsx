/**
 * One answer out of a few, as whole rows to tap (easier than a small switch); the chosen one
 * carries a ✓ in its text, so it is not shown by colour alone.
 */
import { Text, View } from '@tarojs/components'
import FormError from './FormError'
import './ChoiceList.scss'

interface Props<T> {
  label: string
  options: ReadonlyArray<{ value: T; label: string }>
  selected: T
  onPick: (value: T) => void
  error?: string | null
}

export default function ChoiceList<T>({ label, options, selected, onPick, error = null }: Props<T>) {
  return (
    <View className='field stack'>
      <Text>{label}</Text>
      <View role='radiogroup' aria-label={label}>
        {options.map((o) => {
          const on = o.value === selected
          return (
            <View key={o.label} role='radio' aria-checked={on} className={on ? 'row tap choice selected' : 'row tap choice'} onClick={() => onPick(o.value)}>
              <Text>{on ? `✓ ${o.label}` : o.label}</Text>
            </View>
          )
        })}
      </View>
      <FormError message={error} />
    </View>
  )
}

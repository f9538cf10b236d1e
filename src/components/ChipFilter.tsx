/** One choice out of a row of chips (全部 first): filter stations by the help needed or a language spoken. */
import { Text, View } from '@tarojs/components'

interface Props<T extends string> {
  /** Read by screen readers: what the chips filter by. */
  label: string
  className: string
  options: ReadonlyArray<{ id: T | undefined; label: string }>
  value: T | undefined
  onChange: (value: T | undefined) => void
}

export default function ChipFilter<T extends string>({ label, className, options, value, onChange }: Props<T>) {
  return (
    <View className={`chips ${className}`} role='radiogroup' aria-label={label}>
      {options.map((option) => {
        const on = option.id === value
        return (
          <View
            key={option.label}
            className={on ? 'chip tap chip-on' : 'chip tap'}
            role='radio'
            aria-checked={on}
            tabIndex={0}
            onClick={() => onChange(option.id)}
          >
            <Text>{option.label}</Text>
          </View>
        )
      })}
    </View>
  )
}

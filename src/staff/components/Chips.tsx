/**
 * A row of choices. One choice (radio) or several (checkbox); the chosen ones carry a ✓ in
 * the text, so the choice is not shown by colour alone.
 */
import { Text, View } from '@tarojs/components'

interface Option<T extends string> {
  id: T
  label: string
}

interface Props<T extends string> {
  label: string
  options: readonly Option<T>[]
  selected: readonly T[]
  onToggle: (id: T) => void
  multiple?: boolean
  /** One swipeable row instead of wrapping lines. */
  scroll?: boolean
}

export default function Chips<T extends string>({ label, options, selected, onToggle, multiple = false, scroll = false }: Props<T>) {
  return (
    <View className={scroll ? 'staff-chips scroll' : 'staff-chips'} role={multiple ? 'group' : 'radiogroup'} aria-label={label}>
      {options.map((o) => {
        const on = selected.includes(o.id)
        return (
          <View
            key={o.id}
            className={on ? 'tap staff-chip on' : 'tap staff-chip'}
            role={multiple ? 'checkbox' : 'radio'}
            aria-checked={on}
            tabIndex={0}
            aria-label={o.label}
            onClick={() => onToggle(o.id)}
          >
            <Text>{on ? `✓ ${o.label}` : o.label}</Text>
          </View>
        )
      })}
    </View>
  )
}

/**
 * A yes/no question with a switch. The whole row is the tap target: tapping the question's
 * words flips the switch too (a tap on the switch itself is not counted twice). The switch
 * keeps its size whatever the length of the question.
 */
import { Switch, Text, View } from '@tarojs/components'
import { controlLabel } from './control-label'

interface Props {
  label: string
  checked: boolean
  onChange: (on: boolean) => void
  /** Marks one particular row (for its own styles and for tests). */
  className?: string
}

export default function ToggleRow({ label, checked, onChange, className }: Props) {
  return (
    <View className={className ? `row tap toggle-row ${className}` : 'row tap toggle-row'} onClick={() => onChange(!checked)}>
      <Text className='toggle-row-label'>{label}</Text>
      <Switch
        className='toggle-row-switch'
        checked={checked}
        {...controlLabel(label)}
        color='#0b5cad'
        onClick={(e) => e.stopPropagation()}
        onChange={(e) => onChange(e.detail.value)}
      />
    </View>
  )
}

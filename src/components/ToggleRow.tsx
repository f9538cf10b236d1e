/** A yes/no question with a switch: the whole row is the tap target. */
import { Switch, Text, View } from '@tarojs/components'

export default function ToggleRow({ label, checked, onChange }: { label: string; checked: boolean; onChange: (on: boolean) => void }) {
  return (
    <View className='row tap toggle-row'>
      <Text>{label}</Text>
      <Switch checked={checked} aria-label={label} color='#0b5cad' onChange={(e) => onChange(e.detail.value)} />
    </View>
  )
}

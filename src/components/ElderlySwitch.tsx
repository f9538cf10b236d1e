/** The 长辈模式 switch: bigger text and bigger buttons on every page, remembered on the phone. */
import { Switch, Text, View } from '@tarojs/components'
import { useDisplay } from '@/hooks/use-display'

export default function ElderlySwitch() {
  const { elderly, setElderly } = useDisplay()
  return (
    <View className='row tap elderly-switch'>
      <Text>长辈模式（字更大）</Text>
      <Switch checked={elderly} aria-label='长辈模式' color='#0b5cad' onChange={(e) => setElderly(e.detail.value)} />
    </View>
  )
}

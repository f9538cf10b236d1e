/** The 长辈模式 switch: bigger text and bigger buttons on every page, remembered on the phone. */
import ToggleRow from '@/components/ToggleRow'
import { useDisplay } from '@/hooks/use-display'

export default function ElderlySwitch() {
  const { elderly, setElderly } = useDisplay()
  return <ToggleRow className='elderly-switch' label='长辈模式（字更大）' checked={elderly} onChange={setElderly} />
}

/**
 * An admin sets the townships whose 人民调解委员会 a member serves: the mediation requests of
 * those townships reach them. The choices are the county file's townships; the cloud checks
 * them again and answers the member as now saved.
 */
import { useState } from 'react'
import { Button, Text, View } from '@tarojs/components'
import type { StaffProfile } from '@/core/contracts/staff'
import { county } from '@/core/county/current'
import FormError from '@/components/FormError'
import { useCloudAction } from '@/hooks/use-cloud-action'
import { setTownships } from '@/services/staff'
import Chips from './Chips'

const TOWNSHIPS = county.townships.map((t) => ({ id: t.name, label: t.name }))

interface Props {
  member: StaffProfile
  onSaved: (member: StaffProfile) => void
  onCancel: () => void
}

export default function TownshipsEditor({ member, onSaved, onCancel }: Props) {
  const [chosen, setChosen] = useState<string[]>(member.townships ?? [])
  const { busy, problem, run } = useCloudAction()
  const toggle = (name: string) => setChosen((names) => (names.includes(name) ? names.filter((n) => n !== name) : [...names, name]))

  return (
    <View className='stack staff-townships'>
      <Text>{member.name}负责哪些乡镇的人民调解</Text>
      <Text className='text-small'>
        选了哪个乡镇，在那里发生的纠纷申请调解时（由那个乡镇的人民调解委员会调解），就会交给{member.name}。县法律援助中心的工作人员不用选，能看到所有乡镇。
      </Text>
      <Chips label={`${member.name}负责的乡镇`} multiple options={TOWNSHIPS} selected={chosen} onToggle={toggle} />
      <FormError message={problem} />
      <View className='staff-buttons'>
        <Button className='button primary' loading={busy} disabled={busy} onClick={() => void run(() => setTownships(member.openid, chosen), onSaved)}>
          保存乡镇
        </Button>
        <Button className='button' disabled={busy} onClick={onCancel}>
          取消
        </Button>
      </View>
    </View>
  )
}

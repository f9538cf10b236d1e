/**
 * A new invite: who, what kind, which points, for how many days. The code is shown once —
 * the cloud keeps only its hash — with a copy button.
 */
import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { STAFF_KINDS, type InviteView, type StaffKind } from '@/core/contracts/staff'
import { formatShanghaiDate } from '@/core/domain/time'
import FormError from '@/components/FormError'
import { useCloudAction } from '@/hooks/use-cloud-action'
import { createInvite } from '@/services/staff'
import { useStorePoints } from '../hooks/use-store-points'
import { coverageText, kindLabel } from '../labels'
import Chips from './Chips'
import Field from '@/components/Field'

export default function InviteForm({ onCreated }: { onCreated: () => void }) {
  const points = useStorePoints()
  const [kind, setKind] = useState<StaffKind>('station')
  const [pointIds, setPointIds] = useState<string[]>([])
  const [name, setName] = useState('')
  const [days, setDays] = useState('7')
  const { busy, problem, run } = useCloudAction()
  const [made, setMade] = useState<{ code: string; invite: InviteView } | null>(null)

  const togglePoint = (id: string) => setPointIds((ids) => (ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id]))

  const submit = () =>
    run(
      () => createInvite({ kind, pointIds, name, expiresInDays: Number(days) }),
      (invite) => {
        setMade(invite)
        setName('')
        setPointIds([])
        onCreated()
      }
    )

  if (made) {
    return (
      <View className='card stack staff-invite-made' role='status'>
        <Text className='text-title'>邀请码已生成</Text>
        <Text className='staff-code'>{made.code}</Text>
        <Text>
          给{made.invite.name}（{kindLabel(made.invite.kind)}，负责{coverageText(made.invite, points)}），{formatShanghaiDate(made.invite.expiresAt)}
          前有效，只能用一次。
        </Text>
        <Text className='text-small'>这个邀请码只显示这一次，请现在复制发给对方。</Text>
        <Button className='button primary' onClick={() => void Taro.setClipboardData({ data: made.code })}>
          复制邀请码
        </Button>
        <Button className='button' onClick={() => setMade(null)}>
          好了
        </Button>
      </View>
    )
  }

  return (
    <View className='card stack staff-invite-form'>
      <Text className='text-title'>邀请工作人员</Text>
      <Text>身份</Text>
      <Chips label='身份' options={STAFF_KINDS} selected={[kind]} onToggle={setKind} />
      <Text>负责的服务点</Text>
      <Text className='text-small'>县法律援助中心的律师和管理员不用选，能看到所有服务点。</Text>
      <Chips label='负责的服务点' multiple options={points.map((p) => ({ id: p.id, label: p.name }))} selected={pointIds} onToggle={togglePoint} />
      <Field label='被邀请人的名字' value={name} onChange={setName} placeholder='比如：李律师' />
      <Field label='几天内有效' type='number' value={days} onChange={setDays} />
      <FormError message={problem} />
      <Button className='button primary' loading={busy} disabled={busy} onClick={submit}>
        生成邀请码
      </Button>
    </View>
  )
}

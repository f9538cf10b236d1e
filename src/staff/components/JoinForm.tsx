/** Joining the workbench with the invite code an admin gave: afterwards it says who you are. */
import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import type { StaffProfile } from '@/core/contracts/staff'
import FormError from '@/components/FormError'
import { useCloudAction } from '@/hooks/use-cloud-action'
import { redeemInvite } from '@/services/staff'
import { useStorePoints } from '../hooks/use-store-points'
import { coverageText, kindLabel } from '../labels'
import Field from '@/components/Field'
import { routeUrl } from '@/routes'

interface Props {
  /** Not signed in at all (local cloud in a browser): say so first. */
  signedOut?: boolean
  onJoined?: (profile: StaffProfile) => void
}

export default function JoinForm({ signedOut = false, onJoined }: Props) {
  const points = useStorePoints()
  const [code, setCode] = useState('')
  const { busy, problem, run } = useCloudAction()
  const [joined, setJoined] = useState<StaffProfile | null>(null)

  const submit = () => run(() => redeemInvite(code), setJoined)

  if (joined) {
    return (
      <View className='card stack staff-joined' role='status'>
        <Text className='text-title'>加入成功</Text>
        <Text>
          您现在是{kindLabel(joined.kind)}：{joined.name}
        </Text>
        <Text>负责：{coverageText(joined, points)}</Text>
        <Button className='button primary' onClick={() => (onJoined ? onJoined(joined) : void Taro.redirectTo({ url: routeUrl('staffHome') }))}>
          去工作台
        </Button>
      </View>
    )
  }

  return (
    <View className='card stack staff-join'>
      <Text className='text-title'>加入工作台</Text>
      <Text>这里是司法局和法律服务站工作人员处理咨询的地方。请输入管理员给您的邀请码。</Text>
      {signedOut && process.env.TARO_ENV === 'h5' && (
        <View className='stack'>
          <Text className='text-small'>您还没有登录，请先登录再输入邀请码。</Text>
          <Button className='button' onClick={() => void Taro.navigateTo({ url: routeUrl('identity') })}>
            去登录
          </Button>
        </View>
      )}
      <Field label='邀请码' value={code} onChange={setCode} placeholder='8 位字母或数字' />
      <FormError message={problem} />
      <Button className='button primary' loading={busy} disabled={busy} onClick={submit}>
        加入
      </Button>
    </View>
  )
}

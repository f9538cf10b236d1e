/**
 * The applicant's switch for 家人查进度 on a case page (a consultation or an application): on by
 * default, off in one tap; says what a relative with the ticket can and cannot see.
 */
import { Text, View } from '@tarojs/components'
import type { Envelope } from '@/core/envelope'
import { useCloudAction } from '@/hooks/use-cloud-action'
import FormError from './FormError'
import ToggleRow from './ToggleRow'

interface Props<T> {
  ticket: string
  on: boolean
  /** What the case is called (咨询, 申请) and what of it stays hidden (问题内容, 申请内容). */
  noun: string
  hidden: string
  toggle: (on: boolean) => Promise<Envelope<T>>
  onChanged: (next: T) => void
}

export default function FamilyFollowToggle<T>({ ticket, on, noun, hidden, toggle, onChanged }: Props<T>) {
  const { busy, problem, run } = useCloudAction()
  return (
    <View className='card stack'>
      <ToggleRow label='允许家人查进度' checked={on} onChange={(next) => !busy && void run(() => toggle(next), onChanged)} />
      <Text className='text-small'>
        {on
          ? `家人凭单号 ${ticket} 和您手机号的最后 4 位，可以在“家人查进度”里看到进度（看不到您的姓名、电话和${hidden}）。`
          : `已关闭：别人查不到这个${noun}的进度。`}
      </Text>
      <FormError message={problem} />
    </View>
  )
}

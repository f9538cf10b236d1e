/** The applicant's switch for 家人查进度 on their case page: on by default, off in one tap. */
import { Text, View } from '@tarojs/components'
import type { ConsultationDetail } from '@/core/contracts/consult'
import FormError from '@/components/FormError'
import ToggleRow from '@/components/ToggleRow'
import { useCloudAction } from '@/hooks/use-cloud-action'
import { setFamilyFollow } from '@/services/family-follow'

interface Props {
  consultation: ConsultationDetail
  onChanged: (next: ConsultationDetail) => void
}

export default function FamilyFollowSwitch({ consultation: c, onChanged }: Props) {
  const { busy, problem, run } = useCloudAction()
  return (
    <View className='card stack'>
      <ToggleRow label='允许家人查进度' checked={c.familyFollow} onChange={(on) => !busy && void run(() => setFamilyFollow(c.id, on), onChanged)} />
      <Text className='text-small'>
        {c.familyFollow
          ? `家人凭单号 ${c.ticket} 和您手机号的最后 4 位，可以在“家人查进度”里看到进度（看不到您的姓名、电话和问题内容）。`
          : '已关闭：别人查不到这个咨询的进度。'}
      </Text>
      <FormError message={problem} />
    </View>
  )
}

/** The 个人诚信承诺 of 法律援助法第四十一条, in plain words, agreed to before anything is sent. */
import { Text, View } from '@tarojs/components'
import type { FieldIssue } from '@/core/envelope'
import { HONESTY_PROMISE } from '@/core/domain/legal-aid-law'
import { messageFor } from '@/core/validation'
import FormError from '@/components/FormError'
import ToggleRow from '@/components/ToggleRow'

export default function PromiseStep({ promised, onChange, issues }: { promised: boolean; onChange: (on: boolean) => void; issues: FieldIssue[] }) {
  return (
    <View className='card stack'>
      <Text className='text-title'>个人诚信承诺</Text>
      <Text>{HONESTY_PROMISE}</Text>
      <ToggleRow label='我已阅读，我承诺以上说的都是真的' checked={promised} onChange={onChange} />
      <FormError message={messageFor(issues, 'promise')} />
    </View>
  )
}

/** The arbitration deadline: prominent under 30 days, urgent under 7 (法律援助法第四十四条). */
import { Text, View } from '@tarojs/components'
import { deadlineText, type Deadline } from '@/core/domain/deadline'

export default function DeadlineNotice({ deadline }: { deadline: Deadline }) {
  const loud = deadline.level !== 'ok'
  return (
    <View className={loud ? 'card stack deadline loud' : 'card stack deadline'} role={loud ? 'alert' : undefined}>
      <Text className={loud ? 'text-title' : undefined}>{loud ? '⚠️ 时间很紧' : '注意期限'}</Text>
      <Text>{deadlineText(deadline)}</Text>
      {(deadline.level === 'urgent' || deadline.level === 'passed') && <Text>我们已把您的咨询标为紧急，会优先处理。</Text>}
      <Text className='text-small'>依据：{deadline.basis}</Text>
    </View>
  )
}

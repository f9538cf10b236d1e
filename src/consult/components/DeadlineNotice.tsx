/**
 * A deadline the citizen must not miss, counted today (not when booked): prominent under 30
 * days, urgent under 7 (法律援助法第四十四条), with the article and its words beside it.
 */
import { Text, View } from '@tarojs/components'
import { deadlineText, viewDeadline, type Deadline } from '@/core/domain/deadline'
import { shanghaiDate } from '@/core/domain/time'

export default function DeadlineNotice({ deadline, now = new Date() }: { deadline: Deadline; now?: Date }) {
  const view = viewDeadline(deadline, shanghaiDate(now))
  const loud = view.level !== 'ok'
  return (
    <View className={loud ? 'card stack deadline loud' : 'card stack deadline'} role={loud ? 'alert' : undefined}>
      <Text className={loud ? 'text-title' : undefined}>{loud ? '⚠️ 时间很紧' : '注意期限'}</Text>
      <Text>{deadlineText(view)}</Text>
      {(view.level === 'urgent' || view.level === 'passed') && <Text>请在“留言”里告诉工作人员，或拨打 12348。</Text>}
      <Text className='text-small deadline-basis'>依据：{view.basis}</Text>
      <Text className='text-small deadline-law'>“{view.lawText}”</Text>
    </View>
  )
}

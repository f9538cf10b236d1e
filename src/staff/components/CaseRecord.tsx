/** The conversation, the internal notes (staff only) and the timeline of one case. */
import { Text, View } from '@tarojs/components'
import type { StaffCase } from '@/core/contracts/staff'
import { formatShanghaiTime } from '@/core/domain/time'
import MessageList from '@/components/MessageList'

export function CaseThread({ c }: { c: StaffCase }) {
  return (
    <View className='card stack staff-thread'>
      <Text className='text-title'>留言</Text>
      <MessageList messages={c.messages} reader='staff' />
    </View>
  )
}

export function CaseNotes({ c }: { c: StaffCase }) {
  return (
    <View className='card stack staff-notes'>
      <Text className='text-title'>内部备注</Text>
      <Text className='text-small'>只有工作人员能看到。</Text>
      {c.internalNotes.length === 0 && <Text className='text-small'>还没有备注。</Text>}
      {c.internalNotes.map((n, i) => (
        <View key={`${n.at}-${i}`} className='staff-note'>
          <Text className='text-small'>
            {n.by} · {formatShanghaiTime(n.at)}
          </Text>
          <Text>{n.text}</Text>
        </View>
      ))}
    </View>
  )
}

/** A consultation's or an application's events, newest first, in the citizen's plain words. */
import { Text, View } from '@tarojs/components'
import type { ConsultEvent } from '@/core/contracts/consult'
import { formatShanghaiTime } from '@/core/domain/time'

export default function Timeline({ events }: { events: Pick<ConsultEvent, 'at' | 'text'>[] }) {
  return (
    <View className='card stack timeline'>
      <Text className='text-title'>进度</Text>
      {[...events].reverse().map((e, i) => (
        <View key={`${e.at}-${i}`} className='timeline-event'>
          <Text className='text-small'>{formatShanghaiTime(e.at)}</Text>
          <Text>{e.text}</Text>
        </View>
      ))}
    </View>
  )
}

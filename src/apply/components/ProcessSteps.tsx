/** The steps of the process as a list, each marked 已完成 / 进行中 / 还没到 / 已停止 in words (not by colour alone). */
import { Text, View } from '@tarojs/components'
import type { ApplicationDetail } from '@/core/contracts/apply'
import { processSteps, type StepState } from '../process'

const STATE_WORDS: Record<StepState, string> = { done: '✓ 已完成', current: '▶ 进行中', todo: '还没到', stopped: '✕ 已停止' }

export default function ProcessSteps({ application }: { application: ApplicationDetail }) {
  return (
    <View className='card stack' role='list' aria-label='办理步骤'>
      <Text className='text-title'>办理步骤</Text>
      {processSteps(application).map((s, i) => (
        <View key={s.label} role='listitem' className={`process-step ${s.state}`}>
          <Text>
            {i + 1}. {s.label} · {STATE_WORDS[s.state]}
          </Text>
          <Text className='text-small'>{s.text}</Text>
        </View>
      ))}
    </View>
  )
}

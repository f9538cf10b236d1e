/**
 * 处理: what staff can do with an application now, as the rules allow it for this person
 * (application-actions.ts): the legal-aid actions or the mediation ones. The cloud's answer to
 * each action is handed to `onChanged`, so the page shows it without a reload.
 */
import { Text, View } from '@tarojs/components'
import type { ApplicationDetail } from '@/core/contracts/apply'
import type { StaffProfile } from '@/core/contracts/staff'
import { availableApplicationActions } from '../application-actions'
import { useApplicationAction } from '../hooks/use-application-action'
import AidActions from './AidActions'
import MediationActions from './MediationActions'

interface Props {
  a: ApplicationDetail
  me: StaffProfile
  onChanged: (next: ApplicationDetail) => void
}

export default function ApplicationActions({ a, me, onChanged }: Props) {
  const can = availableApplicationActions(a, me)
  const action = useApplicationAction(a, onChanged)
  return (
    <View className='card stack staff-actions'>
      <Text className='text-title'>处理</Text>
      {a.kind === 'aid' ? <AidActions a={a} can={can} action={action} /> : <MediationActions a={a} can={can} action={action} />}
    </View>
  )
}

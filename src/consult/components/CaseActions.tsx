/** What the citizen can still do: cancel with a reason, or move to another free slot. */
import { useState } from 'react'
import { Button, Text, View } from '@tarojs/components'
import type { ConsultationDetail } from '@/core/contracts/consult'
import { availableActions } from '@/core/domain/case-rules'
import FormError from '@/components/FormError'
import { useCloudAction } from '@/hooks/use-cloud-action'
import { cancelConsultation, rescheduleConsultation } from '@/services/consult'
import Field from '@/components/Field'
import SlotPicker from './SlotPicker'

interface Props {
  consultation: ConsultationDetail
  onChanged: (next: ConsultationDetail) => void
}

export default function CaseActions({ consultation: c, onChanged }: Props) {
  const [mode, setMode] = useState<'none' | 'cancel' | 'reschedule'>('none')
  const [reason, setReason] = useState('')
  const { busy, problem, run: runAction } = useCloudAction()
  // The same rules the cloud decides with; it decides again when the button is tapped.
  const can = availableActions(c, { kind: 'owner' }, new Date().toISOString())
  const canCancel = can.has('cancel')
  const canReschedule = can.has('reschedule')

  const run = (action: () => ReturnType<typeof cancelConsultation>) =>
    runAction(action, (next) => {
      setMode('none')
      onChanged(next)
    })

  if (!canCancel && !canReschedule) return null
  return (
    <View className='card stack case-actions'>
      {mode === 'none' && (
        <View className='book-actions'>
          {canReschedule && (
            <Button className='button' onClick={() => setMode('reschedule')}>
              改时间
            </Button>
          )}
          {canCancel && (
            <Button className='button' onClick={() => setMode('cancel')}>
              取消预约
            </Button>
          )}
        </View>
      )}
      {mode === 'cancel' && (
        <>
          <Field label='为什么取消？' value={reason} onChange={setReason} placeholder='比如：问题已经解决了' />
          <Button className='button primary' loading={busy} disabled={busy} onClick={() => run(() => cancelConsultation(c.id, reason))}>
            确认取消
          </Button>
          <Button className='button' onClick={() => setMode('none')}>
            不取消了
          </Button>
        </>
      )}
      {mode === 'reschedule' && (
        <>
          <Text className='text-title'>选一个新的时间</Text>
          <SlotPicker
            channel={c.channel}
            pointId={c.point?.id}
            selected={c.slot?.start}
            onSelect={(start) => void run(() => rescheduleConsultation(c.id, start))}
            noneFree={<Text>最近几天都约满了，请保留原来的时间，或留言说明。</Text>}
          />
          <Button className='button' onClick={() => setMode('none')}>
            不改了
          </Button>
        </>
      )}
      <FormError message={problem} />
    </View>
  )
}

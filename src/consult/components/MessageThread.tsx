/**
 * The conversation with staff, and a box to add information or answer their question. A
 * message written without a network waits on the phone (待发送) and goes when it returns.
 */
import { useEffect, useState } from 'react'
import { Button, Text, View } from '@tarojs/components'
import { MESSAGE_MAX, type ConsultationDetail } from '@/core/contracts/consult'
import { isOpen } from '@/core/domain/consult-status'
import FormError from '@/components/FormError'
import MessageList from '@/components/MessageList'
import { useOutbox } from '@/hooks/use-outbox'
import { newClientRequestId } from '@/services/consult'
import { subscribeOutbox } from '@/services/outbox'
import { sendOrKeep } from '@/services/outbox-send'
import Field from '@/components/Field'
import OutboxList from './OutboxList'

export default function MessageThread({ consultation: c, onChanged }: { consultation: ConsultationDetail; onChanged: (next: ConsultationDetail) => void }) {
  const [text, setText] = useState('')
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const waiting = useOutbox((item) => item.kind === 'message' && item.payload.id === c.id)

  // A waiting message of this case was sent: show the thread as the cloud now has it.
  useEffect(
    () =>
      subscribeOutbox((sent) => {
        if (sent?.item.kind === 'message' && sent.item.payload.id === c.id) onChanged(sent.data)
      }),
    [c.id, onChanged]
  )

  const send = async () => {
    setBusy(true)
    const requestId = newClientRequestId()
    const answer = await sendOrKeep({ kind: 'message', requestId, payload: { id: c.id, text, clientRequestId: requestId } })
    setBusy(false)
    if (answer.status === 'refused') {
      setProblem(answer.error.issues?.[0]?.message ?? answer.error.message)
      return
    }
    setProblem(null)
    setText('')
    if (answer.status === 'sent') onChanged(answer.data)
  }

  return (
    <View className='card stack thread'>
      <Text className='text-title'>留言</Text>
      <MessageList messages={c.messages} reader='citizen' />
      <OutboxList items={waiting} />
      {isOpen(c.status) && (
        <>
          <Field
            label={c.status === 'awaiting_citizen' ? '回复工作人员的问题' : '补充情况'}
            value={text}
            onChange={setText}
            multiline
            maxlength={MESSAGE_MAX}
          />
          <FormError message={problem} />
          <Button className='button primary' loading={busy} disabled={busy} onClick={() => void send()}>
            发送
          </Button>
        </>
      )}
    </View>
  )
}

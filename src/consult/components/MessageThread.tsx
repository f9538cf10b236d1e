/** The conversation with staff, and a box to add information or answer their question. */
import { useState } from 'react'
import { Button, Text, View } from '@tarojs/components'
import { MESSAGE_MAX, type ConsultationDetail } from '@/core/contracts/consult'
import { isOpen } from '@/core/domain/consult-status'
import FormError from '@/components/FormError'
import MessageList from '@/components/MessageList'
import { useCloudAction } from '@/hooks/use-cloud-action'
import { sendMessage } from '@/services/consult'
import Field from '@/components/Field'

export default function MessageThread({ consultation: c, onChanged }: { consultation: ConsultationDetail; onChanged: (next: ConsultationDetail) => void }) {
  const [text, setText] = useState('')
  const { busy, problem, run } = useCloudAction()

  const send = () =>
    run(
      () => sendMessage(c.id, text),
      (next) => {
        setText('')
        onChanged(next)
      }
    )

  return (
    <View className='card stack thread'>
      <Text className='text-title'>留言</Text>
      <MessageList messages={c.messages} reader='citizen' />
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
          <Button className='button primary' loading={busy} disabled={busy} onClick={send}>
            发送
          </Button>
        </>
      )}
    </View>
  )
}

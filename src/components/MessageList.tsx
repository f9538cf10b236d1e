/** The messages between a citizen and staff, labelled from the reader's side. */
import { Text, View } from '@tarojs/components'
import type { ConsultMessage } from '@/core/contracts/consult'
import { formatShanghaiTime } from '@/core/domain/time'
import { splitTipMentions } from '@/core/domain/tip-mentions'
import TipMentions from './TipMentions'

const LABELS = {
  citizen: { citizen: '我', staff: '工作人员', held: ' · 等待核对' },
  staff: { citizen: '群众', staff: '工作人员', held: ' · 待核对（群众暂时看不到）' }
} as const

/** A message's words, with attached tips as links rather than a line of titles. */
function MessageText({ text }: { text: string }) {
  const { body, titles } = splitTipMentions(text)
  return (
    <>
      <Text>{body}</Text>
      {titles.length > 0 && <TipMentions titles={titles} />}
    </>
  )
}

export default function MessageList({ messages, reader }: { messages: ConsultMessage[]; reader: 'citizen' | 'staff' }) {
  const labels = LABELS[reader]
  if (messages.length === 0) return <Text className='text-small'>还没有留言。</Text>
  return (
    <>
      {messages.map((m) => (
        <View key={m.id} className={`message from-${m.from}`}>
          <Text className='text-small'>
            {labels[m.from]} · {formatShanghaiTime(m.at)}
            {m.held ? labels.held : ''}
          </Text>
          <MessageText text={m.text} />
        </View>
      ))}
    </>
  )
}

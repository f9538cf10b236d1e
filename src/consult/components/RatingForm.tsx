/** 1–5 stars and a comment, once the answer has come. */
import { useState } from 'react'
import { Button, Text, View } from '@tarojs/components'
import type { ConsultationDetail } from '@/core/contracts/consult'
import FormError from '@/components/FormError'
import { useCloudAction } from '@/hooks/use-cloud-action'
import { rateConsultation } from '@/services/consult'
import Field from '@/components/Field'

export default function RatingForm({ consultation: c, onChanged }: { consultation: ConsultationDetail; onChanged: (next: ConsultationDetail) => void }) {
  const [score, setScore] = useState(0)
  const [comment, setComment] = useState('')
  const { busy, problem, run } = useCloudAction()

  if (c.rating) {
    return (
      <View className='card'>
        <Text>
          您的评价：{'★'.repeat(c.rating.score)}
          {'☆'.repeat(5 - c.rating.score)}
        </Text>
      </View>
    )
  }
  if (c.status !== 'answered' && c.status !== 'closed') return null

  const submit = () => run(() => rateConsultation(c.id, score, comment.trim() || undefined), onChanged)
  return (
    <View className='card stack rating'>
      <Text className='text-title'>给这次服务打个分</Text>
      <View className='row' role='radiogroup' aria-label='评分'>
        {[1, 2, 3, 4, 5].map((n) => (
          <View key={n} role='radio' aria-checked={n === score} aria-label={`${n} 星`} className='tap star' onClick={() => setScore(n)}>
            <Text>{n <= score ? '★' : '☆'}</Text>
          </View>
        ))}
      </View>
      <Field label='想说的话（可以不写）' value={comment} onChange={setComment} />
      <FormError message={problem} />
      <Button className='button primary' loading={busy} disabled={busy} onClick={submit}>
        提交评价
      </Button>
    </View>
  )
}

/**
 * 家人查进度: a relative types the ticket and the last four digits of the applicant's phone and
 * sees where the consultation, legal-aid application or mediation request stands — the status in words and the next step, nothing personal.
 * No sign-in is needed; the cloud limits and records wrong tries.
 */
import { useState } from 'react'
import { Button, Text, View } from '@tarojs/components'
import { FollowPayloadSchema } from '@/core/contracts/consult'
import type { FamilyView } from '@/core/domain/family-follow'
import { formatShanghaiTime } from '@/core/domain/time'
import { parseWith } from '@/core/validation'
import Field from '@/components/Field'
import FormError from '@/components/FormError'
import PageShell from '@/components/PageShell'
import { useCloudAction } from '@/hooks/use-cloud-action'
import { followConsultation } from '@/services/family-follow'
import '../book/index.scss'

type FieldProblems = Partial<Record<'ticket' | 'phoneLast4', string>>

export default function FollowPage() {
  const [ticket, setTicket] = useState('')
  const [phoneLast4, setPhoneLast4] = useState('')
  const [fieldProblems, setFieldProblems] = useState<FieldProblems>({})
  const [view, setView] = useState<FamilyView | null>(null)
  const { busy, problem, run } = useCloudAction()

  const look = () => {
    const checked = parseWith(FollowPayloadSchema, { ticket, phoneLast4 })
    if (!checked.ok) {
      setFieldProblems(Object.fromEntries(checked.issues.map((i) => [i.path, i.message])))
      return
    }
    setFieldProblems({})
    setView(null)
    void run(() => followConsultation(checked.data), setView)
  }

  return (
    <PageShell>
      <View className='card stack'>
        <Text className='text-title'>帮家人查进度</Text>
        <Text className='text-small'>
          咨询、法律援助申请和人民调解申请都能查。请向申请人要单号（在“我的咨询”或“我的申请”里，像 HS-20261201-0001、HSY-20261201-0001），再填申请人手机号的最后
          4 位。这里只显示进度，不显示个人信息。
        </Text>
        <Field label='单号' value={ticket} onChange={setTicket} error={fieldProblems.ticket} placeholder='HS-20261201-0001' />
        <Field
          label='申请人手机号最后 4 位'
          value={phoneLast4}
          onChange={setPhoneLast4}
          error={fieldProblems.phoneLast4}
          type='number'
          placeholder='比如 5678'
        />
        <FormError message={problem} />
        <Button className='button primary' loading={busy} disabled={busy} onClick={look}>
          {busy ? '正在查…' : '查进度'}
        </Button>
      </View>
      {view && (
        <View className='card stack' role='status'>
          <Text className='text-small'>{view.ticket}</Text>
          <Text className='text-hero case-status'>{view.statusLabel}</Text>
          <Text>{view.meaning}</Text>
          <Text>下一步：{view.nextStep}</Text>
          <Text className='text-small'>最近一次变化：{formatShanghaiTime(view.updatedAt)}</Text>
        </View>
      )}
    </PageShell>
  )
}

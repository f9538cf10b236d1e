/**
 * 预约法律咨询: six short steps on one page — problem, quick check, how and when, about you,
 * consent, review — then one tap to submit. The request id is made when the page opens, so
 * tapping 提交 again after a network failure never books twice.
 */
import { useMemo, useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { ChannelSchema } from '@/core/contracts/consult'
import type { FieldIssue } from '@/core/envelope'
import FormError from '@/components/FormError'
import PageShell from '@/components/PageShell'
import { newClientRequestId, submitConsultation } from '@/services/consult'
import { currentSession } from '@/services/session'
import { askForStatusMessages } from '@/services/subscribe'
import { routeUrl } from '@/routes'
import { emptyDraft, issuesOfStep, STEP_TITLES, STEPS, stepOf, toPayload, type Draft, type Step } from '../../draft'
import AboutStep from '../../components/AboutStep'
import ChannelStep from '../../components/ChannelStep'
import MatterStep from '../../components/MatterStep'
import PrivacyNotice from '../../components/PrivacyNotice'
import QuickCheckStep from '../../components/QuickCheckStep'
import ReviewStep from '../../components/ReviewStep'
import './index.scss'

export default function BookPage() {
  const { params } = useRouter()
  const initial = useMemo(() => {
    const channel = ChannelSchema.safeParse(params.channel).data ?? (params.pointId ? 'in-person-station' : undefined)
    return emptyDraft(newClientRequestId(), { channel, pointId: params.pointId })
  }, [params.channel, params.pointId])
  const [draft, setDraft] = useState<Draft>(initial)
  const [step, setStep] = useState<Step>('matter')
  const [issues, setIssues] = useState<FieldIssue[]>([])
  const [problem, setProblem] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const index = STEPS.indexOf(step)

  const update = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }))
  const goTo = (next: Step) => {
    setStep(next)
    setProblem(null)
    void Taro.pageScrollTo({ scrollTop: 0, duration: 0 }).catch(() => undefined)
  }
  const next = () => {
    const found = issuesOfStep(draft, step)
    setIssues(found)
    if (found.length > 0) {
      setProblem('还有没填好的地方，请看红字提示')
      return
    }
    goTo(STEPS[index + 1])
  }

  const submit = async () => {
    await askForStatusMessages()
    setBusy(true)
    const answer = await submitConsultation(toPayload(draft))
    setBusy(false)
    if (answer.ok) {
      void Taro.redirectTo({ url: routeUrl('booked', { id: answer.data.id }) })
      return
    }
    const { code, message, issues: found = [] } = answer.error
    setIssues(found)
    setProblem(code === 'NETWORK.OFFLINE' ? '网络不通，请检查网络后再点一次“提交”（不会重复预约）' : message)
    if (found.length > 0) goTo(stepOf(found[0]))
    else if (code === 'SLOT.FULL' || code === 'SLOT.UNAVAILABLE') {
      update({ slotStart: undefined })
      goTo('channel')
      setProblem(message)
    }
  }

  const signedOutOnH5 = process.env.TARO_ENV === 'h5' && !currentSession()

  return (
    <PageShell>
      <View className='book-progress' aria-label={`第 ${index + 1} 步，共 ${STEPS.length} 步`}>
        <Text className='text-small'>
          第 {index + 1} / {STEPS.length} 步
        </Text>
        <Text className='text-hero'>{STEP_TITLES[step]}</Text>
      </View>

      {signedOutOnH5 && (
        <View className='card stack' role='status'>
          <Text>本地测试：请先登录一个群众身份再提交。</Text>
          <Button className='button' onClick={() => void Taro.navigateTo({ url: routeUrl('identity') })}>
            去切换身份
          </Button>
        </View>
      )}

      {step === 'matter' && (
        <MatterStep
          selected={draft.matter}
          onPick={(matter) => {
            update({ matter })
            goTo('check')
          }}
        />
      )}
      {step === 'check' && <QuickCheckStep yes={draft.quickCheck} onChange={(quickCheck) => update({ quickCheck })} />}
      {step === 'channel' && <ChannelStep draft={draft} issues={issues} update={update} />}
      {step === 'about' && <AboutStep draft={draft} issues={issues} update={update} />}
      {step === 'consent' && <PrivacyNotice consented={draft.consented} onChange={(consented) => update({ consented })} issues={issues} />}
      {step === 'review' && <ReviewStep draft={draft} />}

      <FormError message={problem} />
      <View className='book-actions'>
        {index > 0 && (
          <Button className='button' onClick={() => goTo(STEPS[index - 1])}>
            上一步
          </Button>
        )}
        {step === 'check' && (
          <Button className='button' onClick={() => goTo('channel')}>
            跳过
          </Button>
        )}
        {step !== 'matter' && step !== 'review' && (
          <Button className='button primary' onClick={next}>
            下一步
          </Button>
        )}
        {step === 'review' && (
          <Button className='button primary' loading={busy} disabled={busy} onClick={submit}>
            提交预约
          </Button>
        )}
      </View>
    </PageShell>
  )
}

/**
 * 预约法律咨询: six short steps on one page — problem, quick check, how and when, about you,
 * consent, review — then one tap to submit. The request id is made when the form starts, so
 * sending again never books twice. The form is kept on the phone until it is sent or thrown
 * away; sent without a network, it waits in the outbox (待发送) and goes when the network returns.
 */
import { useEffect, useMemo, useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { ChannelSchema } from '@/core/contracts/consult'
import type { FieldIssue } from '@/core/envelope'
import FormError from '@/components/FormError'
import PageShell from '@/components/PageShell'
import PrivacyNotice from '@/components/PrivacyNotice'
import SignInNotice from '@/components/SignInNotice'
import { messageFor } from '@/core/validation'
import { newClientRequestId } from '@/services/consult'
import { subscribeOutbox } from '@/services/outbox'
import { sendOrKeep } from '@/services/outbox-send'
import { askForStatusMessages } from '@/services/subscribe'
import { discardDraft, keepDraft, keptDraft } from '../../draft-storage'
import { routeUrl } from '@/routes'
import { emptyDraft, issuesOfStep, STEP_TITLES, STEPS, stepOf, toPayload, type Draft, type Step } from '../../draft'
import AboutStep from '../../components/AboutStep'
import ChannelStep from '../../components/ChannelStep'
import MatterStep from '../../components/MatterStep'
import QuickCheckStep from '../../components/QuickCheckStep'
import ReviewStep from '../../components/ReviewStep'
import './index.scss'

export default function BookPage() {
  const { params } = useRouter()
  const fresh = () => {
    const channel = ChannelSchema.safeParse(params.channel).data ?? (params.pointId ? 'in-person-station' : undefined)
    return emptyDraft(newClientRequestId(), { channel, pointId: params.pointId })
  }
  const resumed = useMemo(keptDraft, [])
  const [draft, setDraft] = useState<Draft>(() => resumed?.draft ?? fresh())
  const [step, setStep] = useState<Step>(resumed?.step ?? 'matter')
  const [showResumed, setShowResumed] = useState(Boolean(resumed))
  const [kept, setKept] = useState(false)
  // Once 下一步 was tapped on a step, its problems follow the fields as they change (a fixed
  // field loses its red text at once); the cloud's problems stay until the next change.
  const [checkedStep, setCheckedStep] = useState<Step | null>(null)
  const [cloudIssues, setCloudIssues] = useState<FieldIssue[]>([])
  const [problem, setProblem] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const index = STEPS.indexOf(step)
  const issues = checkedStep === step ? issuesOfStep(draft, step) : cloudIssues
  const stepProblem = checkedStep === step && issues.length > 0 ? '还有没填好的地方，请看红字提示' : null

  // Kept on every change once there is something to keep.
  useEffect(() => {
    if (draft.matter && !kept) keepDraft({ draft, step })
  }, [draft, step, kept])

  // Waiting in the outbox: when it is sent (the network came back), show its ticket.
  useEffect(
    () =>
      subscribeOutbox((sent) => {
        if (kept && sent?.item.requestId === draft.clientRequestId) {
          discardDraft()
          void Taro.redirectTo({ url: routeUrl('booked', { id: sent.data.id }) })
        }
      }),
    [kept, draft.clientRequestId]
  )

  const startAgain = () => {
    discardDraft()
    setDraft(fresh())
    setShowResumed(false)
    setCheckedStep(null)
    goTo('matter')
  }

  const update = (patch: Partial<Draft>) => {
    setDraft((d) => ({ ...d, ...patch }))
    setCloudIssues([])
  }
  const goTo = (next: Step) => {
    setStep(next)
    setProblem(null)
    void Taro.pageScrollTo({ scrollTop: 0, duration: 0 }).catch(() => undefined)
  }
  const next = () => {
    setCheckedStep(step)
    if (issuesOfStep(draft, step).length === 0) goTo(STEPS[index + 1])
  }

  const submit = async () => {
    await askForStatusMessages()
    setBusy(true)
    const answer = await sendOrKeep({ kind: 'booking', requestId: draft.clientRequestId, payload: toPayload(draft) })
    setBusy(false)
    if (answer.status === 'sent') {
      discardDraft()
      void Taro.redirectTo({ url: routeUrl('booked', { id: answer.data.id }) })
      return
    }
    if (answer.status === 'kept') {
      setKept(true)
      return
    }
    const { code, message, issues: found = [] } = answer.error
    setCheckedStep(null)
    setCloudIssues(found)
    setProblem(message)
    if (found.length > 0) goTo(stepOf(found[0]))
    else if (code === 'SLOT.FULL' || code === 'SLOT.UNAVAILABLE') {
      update({ slotStart: undefined })
      goTo('channel')
      setProblem(message)
    }
  }

  if (kept) {
    return (
      <PageShell>
        <View className='card stack outbox-kept' role='status'>
          <Text className='text-title'>待发送</Text>
          <Text>现在没有网络。您的预约已经存在手机上，有网络时会自动发出，不会重复预约。</Text>
          <Text>发出后，在“我的咨询”里能看到咨询编号和进度。</Text>
          <Button className='button' onClick={() => void Taro.reLaunch({ url: routeUrl('home') })}>
            回首页
          </Button>
        </View>
      </PageShell>
    )
  }

  return (
    <PageShell>
      <View className='book-progress' aria-label={`第 ${index + 1} 步，共 ${STEPS.length} 步`}>
        <Text className='text-small'>
          第 {index + 1} / {STEPS.length} 步
        </Text>
        <Text className='text-hero'>{STEP_TITLES[step]}</Text>
      </View>

      {showResumed && (
        <View className='card stack' role='status'>
          <Text>这是您上次没填完的预约，可以接着填。</Text>
          <Button className='button' onClick={startAgain}>
            不要了，重新填
          </Button>
        </View>
      )}

      <SignInNotice />

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
      {step === 'consent' && (
        <PrivacyNotice consented={draft.consented} onChange={(consented) => update({ consented })} error={messageFor(issues, 'consent')} />
      )}
      {step === 'review' && <ReviewStep draft={draft} />}

      <FormError message={stepProblem ?? problem} />
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

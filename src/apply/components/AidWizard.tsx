/**
 * 申请法律援助: seven short steps on one page — who applies, the matter, finances (or the
 * exemption), the honesty promise, materials, urgency, review — then one tap to submit. The
 * request id is made when the form starts, so sending again never applies twice. The form is
 * kept on the phone until it is sent or thrown away. Started from a consultation, it carries
 * over what the citizen already told us.
 */
import { useEffect, useMemo, useState } from 'react'
import Taro from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import type { FieldIssue } from '@/core/envelope'
import { messageFor } from '@/core/validation'
import FormError from '@/components/FormError'
import PrivacyNotice from '@/components/PrivacyNotice'
import SignInNotice from '@/components/SignInNotice'
import { routeUrl } from '@/routes'
import { submitAidApplication } from '@/services/applications'
import { loadMyConsultation, newClientRequestId } from '@/services/consult'
import { askForStatusMessages } from '@/services/subscribe'
import {
  AID_STEPS,
  AID_STEP_TITLES,
  aidStepOf,
  draftFromConsultation,
  emptyAidDraft,
  issuesOfAidStep,
  toAidPayload,
  type AidDraft,
  type AidStep
} from '../aid-draft'
import { discardAidDraft, keepAidDraft, keptAidDraft } from '../aid-draft-storage'
import AidMatterStep from './AidMatterStep'
import AidReviewStep from './AidReviewStep'
import ApplicantFields from './ApplicantFields'
import FinanceStep from './FinanceStep'
import MaterialsStep from './MaterialsStep'
import PromiseStep from './PromiseStep'
import UrgentStep from './UrgentStep'

export default function AidWizard({ fromConsultationId }: { fromConsultationId?: string }) {
  // A kept form is taken up again unless this visit starts from another consultation.
  const resumed = useMemo(() => {
    const kept = keptAidDraft()
    return kept && (!fromConsultationId || kept.draft.fromConsultationId === fromConsultationId) ? kept : undefined
  }, [fromConsultationId])
  const [draft, setDraft] = useState<AidDraft>(() => resumed?.draft ?? emptyAidDraft(newClientRequestId()))
  const [step, setStep] = useState<AidStep>(resumed?.step ?? 'who')
  const [showResumed, setShowResumed] = useState(Boolean(resumed))
  const [carrying, setCarrying] = useState<'no' | 'loading' | 'done' | 'failed'>(fromConsultationId && !resumed ? 'loading' : 'no')
  // Once 下一步 was tapped on a step, its problems follow the fields as they change; the
  // cloud's problems stay until the next change.
  const [checkedStep, setCheckedStep] = useState<AidStep | null>(null)
  const [cloudIssues, setCloudIssues] = useState<FieldIssue[]>([])
  const [problem, setProblem] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const index = AID_STEPS.indexOf(step)
  const issues = checkedStep === step ? issuesOfAidStep(draft, step) : cloudIssues
  const stepProblem = checkedStep === step && issues.length > 0 ? '还有没填好的地方，请看红字提示' : null

  useEffect(() => {
    if (carrying !== 'loading' || !fromConsultationId) return
    void loadMyConsultation(fromConsultationId).then((answer) => {
      if (!answer.ok) return setCarrying('failed')
      setDraft((d) => draftFromConsultation(d, answer.data))
      setCarrying('done')
    })
  }, [carrying, fromConsultationId])

  // Kept on every change once something was typed or carried over.
  useEffect(() => {
    if (draft.applicant.name || draft.matter) keepAidDraft({ draft, step })
  }, [draft, step])

  const update = (patch: Partial<AidDraft>) => {
    setDraft((d) => ({ ...d, ...patch }))
    setCloudIssues([])
  }
  const goTo = (next: AidStep) => {
    setStep(next)
    setProblem(null)
    void Taro.pageScrollTo({ scrollTop: 0, duration: 0 }).catch(() => undefined)
  }
  const next = () => {
    setCheckedStep(step)
    if (issuesOfAidStep(draft, step).length === 0) goTo(AID_STEPS[index + 1])
  }
  const startAgain = () => {
    discardAidDraft()
    setDraft(emptyAidDraft(newClientRequestId()))
    setShowResumed(false)
    setCheckedStep(null)
    goTo('who')
  }

  const submit = async () => {
    setCheckedStep(step)
    if (issuesOfAidStep(draft, 'review').length > 0) return
    // Inside the tap, as WeChat requires: may staff's decisions reach them as a message?
    await askForStatusMessages()
    setBusy(true)
    // The same request id on every try: a retry after a lost answer gets the first application.
    const answer = await submitAidApplication(toAidPayload(draft))
    setBusy(false)
    if (answer.ok) {
      discardAidDraft()
      void Taro.redirectTo({ url: routeUrl('application', { id: answer.data.id }) })
      return
    }
    const found = answer.error.issues ?? []
    setCheckedStep(null)
    setCloudIssues(found)
    if (found.length > 0) goTo(aidStepOf(found[0]))
    setProblem(answer.error.message)
  }

  const criminal = step === 'matter' && draft.matter === 'criminal'
  return (
    <View className='stack'>
      <View className='wizard-progress' aria-label={`第 ${index + 1} 步，共 ${AID_STEPS.length} 步`}>
        <Text className='text-small'>
          第 {index + 1} / {AID_STEPS.length} 步
        </Text>
        <Text className='text-hero'>{AID_STEP_TITLES[step]}</Text>
      </View>

      {showResumed && (
        <View className='card stack' role='status'>
          <Text>这是您上次没填完的申请，可以接着填。</Text>
          <Button className='button' onClick={startAgain}>
            不要了，重新填
          </Button>
        </View>
      )}
      {carrying === 'loading' && (
        <View className='card' aria-busy='true'>
          <Text>正在带入您咨询里填过的信息…</Text>
        </View>
      )}
      {carrying === 'done' && step === 'who' && (
        <View className='card' role='status'>
          <Text>已经带入您咨询时填的姓名、电话、乡镇、事情和经过，请核对。</Text>
        </View>
      )}
      {carrying === 'failed' && (
        <View className='card stack' role='alert'>
          <Text>没能带入咨询里的信息，请自己填一下，或者再试一次。</Text>
          <Button className='button' onClick={() => setCarrying('loading')}>
            再试一次
          </Button>
        </View>
      )}
      <SignInNotice />

      {step === 'who' && <ApplicantFields draft={draft} issues={issues} update={update} />}
      {step === 'matter' && <AidMatterStep draft={draft} issues={issues} update={update} />}
      {step === 'finance' && <FinanceStep draft={draft} issues={issues} update={update} />}
      {step === 'promise' && <PromiseStep promised={draft.promise} onChange={(promise) => update({ promise })} issues={issues} />}
      {step === 'materials' && <MaterialsStep draft={draft} issues={issues} update={update} />}
      {step === 'urgent' && <UrgentStep draft={draft} issues={issues} update={update} />}
      {step === 'review' && (
        <>
          <AidReviewStep draft={draft} />
          <PrivacyNotice consented={draft.consented} onChange={(consented) => update({ consented })} error={messageFor(issues, 'consent')} />
        </>
      )}

      <FormError message={stepProblem ?? problem} />
      <View className='wizard-actions'>
        {index > 0 && (
          <Button className='button' onClick={() => goTo(AID_STEPS[index - 1])}>
            上一步
          </Button>
        )}
        {step !== 'review' && !criminal && (
          <Button className='button primary' onClick={next}>
            下一步
          </Button>
        )}
        {step === 'review' && (
          <Button className='button primary' loading={busy} disabled={busy} onClick={submit}>
            提交申请
          </Button>
        )}
      </View>
    </View>
  )
}

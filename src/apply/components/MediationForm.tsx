/**
 * 申请人民调解: the kind of dispute, where it happened (which decides the township's committee),
 * the other party if known, what happened, who asks, and consent. Free, and said first. The
 * request id is made when the form opens, so sending again never asks twice.
 */
import { useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { county } from '@/core/county/current'
import type { FieldIssue } from '@/core/envelope'
import { MEDIATION_FREE_TEXT, committeeOf } from '@/core/domain/mediation-law'
import { messageFor } from '@/core/validation'
import ChoiceList from '@/components/ChoiceList'
import Field from '@/components/Field'
import FormError from '@/components/FormError'
import PrivacyNotice from '@/components/PrivacyNotice'
import SignInNotice from '@/components/SignInNotice'
import TownshipPicker from '@/components/TownshipPicker'
import { routeUrl } from '@/routes'
import { submitMediationRequest } from '@/services/applications'
import { loadMyConsultation, newClientRequestId } from '@/services/consult'
import { askForStatusMessages } from '@/services/subscribe'
import { emptyMediationDraft, mediationDraftFromConsultation, mediationIssues, toMediationPayload, type MediationDraft } from '../mediation-draft'
import ApplicantFields from './ApplicantFields'

const CATEGORIES = county.mediationCategories.map((c) => ({ value: c.id, label: c.label }))

export default function MediationForm({ fromConsultationId }: { fromConsultationId?: string }) {
  const [draft, setDraft] = useState<MediationDraft>(() => emptyMediationDraft(newClientRequestId()))
  const [checked, setChecked] = useState(false)
  const [cloudIssues, setCloudIssues] = useState<FieldIssue[]>([])
  const [problem, setProblem] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [carried, setCarried] = useState<'no' | 'loading' | 'done' | 'failed'>(fromConsultationId ? 'loading' : 'no')
  const issues = checked ? mediationIssues(draft) : cloudIssues
  const error = (path: string) => messageFor(issues, path)
  const formProblem = checked && issues.length > 0 ? '还有没填好的地方，请看红字提示' : problem

  useEffect(() => {
    if (carried !== 'loading' || !fromConsultationId) return
    void loadMyConsultation(fromConsultationId).then((answer) => {
      if (!answer.ok) return setCarried('failed')
      setDraft((d) => mediationDraftFromConsultation(d, answer.data))
      setCarried('done')
    })
  }, [carried, fromConsultationId])

  const update = (patch: Partial<MediationDraft>) => {
    setDraft((d) => ({ ...d, ...patch }))
    setCloudIssues([])
  }

  const submit = async () => {
    setChecked(true)
    setProblem(null)
    if (mediationIssues(draft).length > 0) return
    // Inside the tap, as WeChat requires: may staff's decisions reach them as a message?
    await askForStatusMessages()
    setBusy(true)
    const answer = await submitMediationRequest(toMediationPayload(draft))
    setBusy(false)
    if (answer.ok) {
      void Taro.redirectTo({ url: routeUrl('application', { id: answer.data.id }) })
      return
    }
    setChecked(false)
    setCloudIssues(answer.error.issues ?? [])
    setProblem(answer.error.message)
  }

  return (
    <View className='stack'>
      <View className='card stack' role='note'>
        <Text className='text-title'>人民调解</Text>
        <Text>{MEDIATION_FREE_TEXT}</Text>
      </View>
      {carried === 'loading' && (
        <View className='card' aria-busy='true'>
          <Text>正在带入您咨询里填过的信息…</Text>
        </View>
      )}
      {carried === 'done' && (
        <View className='card' role='status'>
          <Text>已经带入您咨询时填的姓名、电话、乡镇和经过，请核对。</Text>
        </View>
      )}
      {carried === 'failed' && (
        <View className='card stack' role='alert'>
          <Text>没能带入咨询里的信息，请自己填一下，或者再试一次。</Text>
          <Button className='button' onClick={() => setCarried('loading')}>
            再试一次
          </Button>
        </View>
      )}
      <SignInNotice />

      <View className='card stack'>
        <ChoiceList label='是什么纠纷？' options={CATEGORIES} selected={draft.category} onPick={(category) => update({ category })} error={error('category')} />
      </View>
      <View className='card stack'>
        <TownshipPicker
          label='事情发生在哪个乡镇'
          name='事情发生的乡镇'
          value={draft.township}
          onChange={(township) => update({ township })}
          error={error('township')}
        />
        {draft.township && (
          <>
            <Text className='mediation-committee'>由{committeeOf(draft.township)}负责调解。</Text>
            <Text className='text-small'>您填的内容会交给这个调解委员会的调解员，用来联系双方、安排调解。</Text>
          </>
        )}
      </View>
      <View className='card stack'>
        <Text className='text-title'>对方（不知道可以不填）</Text>
        <Field
          label='对方姓名'
          value={draft.otherParty.name}
          onChange={(name) => update({ otherParty: { ...draft.otherParty, name } })}
          error={error('otherParty.name')}
        />
        <Field
          label='怎样联系对方（电话、住址）'
          value={draft.otherParty.contact}
          onChange={(contact) => update({ otherParty: { ...draft.otherParty, contact } })}
          error={error('otherParty.contact')}
        />
      </View>
      <View className='card stack'>
        <Field
          label='说说发生了什么'
          value={draft.description}
          onChange={(description) => update({ description })}
          error={error('description')}
          multiline
          maxlength={2000}
          placeholder='比如：邻居盖房占了我家的路，商量了几次都不行'
        />
      </View>
      <ApplicantFields draft={draft} issues={issues} update={update} />
      <PrivacyNotice consented={draft.consented} onChange={(consented) => update({ consented })} error={error('consent')} />

      <FormError message={formProblem} />
      <Button className='button primary' loading={busy} disabled={busy} onClick={submit}>
        提交调解申请
      </Button>
    </View>
  )
}

/** Who you are, how to reach you safely, whom you apply for, and the wage claim's facts. */
import { Picker, Text, View } from '@tarojs/components'
import { DESCRIPTION_MAX, HELP_LANGUAGES, type HelpLanguage } from '@/core/contracts/consult'
import { county } from '@/core/county/current'
import type { FieldIssue } from '@/core/envelope'
import { isLabourMatter } from '@/core/domain/matters'
import FormError from '@/components/FormError'
import { messageFor, type Draft } from '../draft'
import Field from '@/components/Field'
import ToggleRow from '@/components/ToggleRow'
import ChoiceList from './ChoiceList'
import DateField from './DateField'

const TOWNSHIPS = [...county.townships.map((t) => t.name), '其他']

const JOB_OPTIONS = [
  { value: false, label: '还在干' },
  { value: true, label: '已经不干了' }
] as const

const LANGUAGE_OPTIONS: ReadonlyArray<{ value: HelpLanguage | undefined; label: string }> = [
  { value: undefined, label: '不需要，说普通话或四川话就行' },
  ...HELP_LANGUAGES.map((language) => ({ value: language, label: `需要说${language}的工作人员` }))
]

interface Props {
  draft: Draft
  issues: FieldIssue[]
  update: (patch: Partial<Draft>) => void
}

export default function AboutStep({ draft, issues, update }: Props) {
  const applicant = (patch: Partial<Draft['applicant']>) => update({ applicant: { ...draft.applicant, ...patch } })
  const safety = (patch: Partial<Draft['contactSafety']>) => update({ contactSafety: { ...draft.contactSafety, ...patch } })
  const onBehalf = (patch: Partial<Draft['onBehalf']>) => update({ onBehalf: { ...draft.onBehalf, ...patch } })
  const wage = (patch: Partial<Draft['wage']>) => update({ wage: { ...draft.wage, ...patch } })
  const error = (path: string) => messageFor(issues, path)

  return (
    <View className='stack'>
      <View className='card stack'>
        <Field
          label={draft.channel === 'written' ? '您的问题（写清楚事情经过和想问什么）' : '简单说说您的问题'}
          value={draft.description}
          onChange={(description) => update({ description })}
          error={error('description')}
          multiline
          maxlength={DESCRIPTION_MAX}
          placeholder='比如：在成都工地干了三个月，老板一直不发工资'
        />
      </View>

      {draft.matter && isLabourMatter(draft.matter) && (
        <View className='card stack'>
          <Text className='text-title'>欠薪情况</Text>
          <Field label='老板或单位名称' value={draft.wage.employer} onChange={(employer) => wage({ employer })} error={error('wage.employer')} />
          <DateField
            label='工资应该哪天发（大概日期就行）'
            value={draft.wage.dueDate}
            onChange={(dueDate) => wage({ dueDate })}
            error={error('wage.dueDate')}
          />
          <ChoiceList
            label='这份工作您现在还在干吗？'
            options={JOB_OPTIONS}
            selected={draft.wage.jobEnded}
            onPick={(jobEnded) => wage({ jobEnded, ...(jobEnded ? {} : { jobEndDate: '' }) })}
            error={error('wage.jobEnded')}
          />
          {draft.wage.jobEnded && (
            <DateField
              label='哪天不干的（大概日期就行）'
              value={draft.wage.jobEndDate}
              onChange={(jobEndDate) => wage({ jobEndDate })}
              error={error('wage.jobEndDate')}
            />
          )}
          <Field
            label='和您一样被欠薪的工友有几人（不知道填 0）'
            type='number'
            value={draft.wage.coworkers}
            onChange={(coworkers) => wage({ coworkers })}
            error={error('wage.coworkers')}
          />
          <Field
            label='被欠多少钱（元，不知道可以不填）'
            type='number'
            value={draft.wage.amountYuan}
            onChange={(amountYuan) => wage({ amountYuan })}
            error={error('wage.amountYuan')}
          />
          <FormError message={issues.some((i) => i.path === 'wage') ? error('wage') : null} />
        </View>
      )}

      {draft.matter === 'work-injury' && (
        <View className='card stack'>
          <Text className='text-title'>受伤情况</Text>
          <DateField
            label='哪天受的伤，或哪天确诊职业病（大概日期就行）'
            value={draft.injuryDate}
            onChange={(injuryDate) => update({ injuryDate })}
            error={error('injury')}
          />
        </View>
      )}

      <View className='card stack'>
        <Text className='text-title'>您的信息</Text>
        <Field label='姓名' value={draft.applicant.name} onChange={(name) => applicant({ name })} error={error('applicant.name')} />
        <Field label='手机号' type='number' value={draft.applicant.phone} onChange={(phone) => applicant({ phone })} error={error('applicant.phone')} />
        <View className='field stack'>
          <Text>家乡在哪个乡镇</Text>
          <Picker mode='selector' range={TOWNSHIPS} onChange={(e) => applicant({ township: TOWNSHIPS[Number(e.detail.value)] })}>
            <View className='field-input tap' aria-label='家乡乡镇'>
              <Text>{draft.applicant.township || '点这里选乡镇'}</Text>
            </View>
          </Picker>
          <FormError message={error('applicant.township')} />
        </View>
        <Field
          label='您现在在哪个城市'
          value={draft.applicant.currentCity}
          onChange={(currentCity) => applicant({ currentCity })}
          error={error('applicant.currentCity')}
          placeholder='比如：成都市'
        />
        <Field
          label='事情发生在哪个城市'
          value={draft.applicant.disputeCity}
          onChange={(disputeCity) => applicant({ disputeCity })}
          error={error('applicant.disputeCity')}
          placeholder='比如：成都市'
        />
      </View>

      <View className='card stack'>
        <ChoiceList
          label='需要用藏语或羌语帮您吗？'
          options={LANGUAGE_OPTIONS}
          selected={draft.languageHelp}
          onPick={(languageHelp) => update({ languageHelp })}
        />
      </View>

      <View className='card stack'>
        <Text className='text-title'>怎样联系您才安全</Text>
        <ToggleRow label='可以给您打电话' checked={draft.contactSafety.safeToCall} onChange={(safeToCall) => safety({ safeToCall })} />
        <ToggleRow label='没接到时，可以发短信或留言' checked={draft.contactSafety.leaveMessage} onChange={(leaveMessage) => safety({ leaveMessage })} />
        <ToggleRow label='可以说我们是法律援助中心' checked={draft.contactSafety.sayWhoWeAre} onChange={(sayWhoWeAre) => safety({ sayWhoWeAre })} />
      </View>

      <View className='card stack'>
        <ToggleRow label='我是替别人申请' checked={draft.forSomeoneElse} onChange={(forSomeoneElse) => update({ forSomeoneElse })} />
        {draft.forSomeoneElse && (
          <>
            <Field
              label='当事人姓名'
              value={draft.onBehalf.personName}
              onChange={(personName) => onBehalf({ personName })}
              error={error('onBehalf.personName')}
            />
            <Field
              label='您和当事人的关系'
              value={draft.onBehalf.relationship}
              onChange={(relationship) => onBehalf({ relationship })}
              error={error('onBehalf.relationship')}
              placeholder='比如：儿子、村干部'
            />
            <ToggleRow
              label='当事人知道并同意我替他申请'
              checked={draft.onBehalf.consentConfirmed}
              onChange={(consentConfirmed) => onBehalf({ consentConfirmed })}
            />
            <FormError message={error('onBehalf.consentConfirmed')} />
          </>
        )}
      </View>
    </View>
  )
}

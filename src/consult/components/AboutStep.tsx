/** Who you are, how to reach you safely, whom you apply for, and the wage claim's facts. */
import { Text, View } from '@tarojs/components'
import { DESCRIPTION_MAX, HELP_LANGUAGES, type HelpLanguage } from '@/core/contracts/consult'
import type { FieldIssue } from '@/core/envelope'
import { isLabourMatter } from '@/core/domain/matters'
import FormError from '@/components/FormError'
import { messageFor } from '@/core/validation'
import type { Draft } from '../draft'
import Field from '@/components/Field'
import ToggleRow from '@/components/ToggleRow'
import TownshipPicker from '@/components/TownshipPicker'
import OnBehalfFields from '@/components/OnBehalfFields'
import ChoiceList from '@/components/ChoiceList'
import DateField from './DateField'

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
        <TownshipPicker
          label='家乡在哪个乡镇'
          name='家乡乡镇'
          value={draft.applicant.township}
          onChange={(township) => applicant({ township })}
          error={error('applicant.township')}
          withOther
        />
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
        <OnBehalfFields
          on={draft.forSomeoneElse}
          onToggle={(forSomeoneElse) => update({ forSomeoneElse })}
          value={draft.onBehalf}
          onChange={(onBehalf) => update({ onBehalf })}
          error={(field) => error(`onBehalf.${field}`)}
        />
      </View>
    </View>
  )
}

/** Who applies: name, phone, home township, and whom for when it is for someone else (as in booking). */
import { Text, View } from '@tarojs/components'
import type { FieldIssue } from '@/core/envelope'
import { messageFor } from '@/core/validation'
import Field from '@/components/Field'
import OnBehalfFields, { type OnBehalfDraft } from '@/components/OnBehalfFields'
import TownshipPicker from '@/components/TownshipPicker'

export interface ApplicantDraft {
  applicant: { name: string; phone: string; township: string }
  forSomeoneElse: boolean
  onBehalf: OnBehalfDraft
}

interface Props {
  draft: ApplicantDraft
  issues: FieldIssue[]
  update: (patch: Partial<ApplicantDraft>) => void
}

export default function ApplicantFields({ draft, issues, update }: Props) {
  const applicant = (patch: Partial<ApplicantDraft['applicant']>) => update({ applicant: { ...draft.applicant, ...patch } })
  const error = (path: string) => messageFor(issues, path)
  return (
    <>
      <View className='card stack'>
        <Text className='text-title'>申请人</Text>
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
    </>
  )
}

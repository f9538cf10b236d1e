/** 第四十四条: a limit less than 7 days away, or something to preserve now — aid may be given first. */
import { Text, View } from '@tarojs/components'
import type { FieldIssue } from '@/core/envelope'
import { URGENT_REASONS, type UrgentReasonId } from '@/core/domain/legal-aid-law'
import { messageFor } from '@/core/validation'
import ChoiceList from '@/components/ChoiceList'
import Field from '@/components/Field'
import type { AidDraft } from '../aid-draft'

const OPTIONS: ReadonlyArray<{ value: UrgentReasonId | undefined; label: string }> = [
  { value: undefined, label: '不着急，按正常时间审查' },
  ...URGENT_REASONS.map((r) => ({ value: r.id, label: `${r.label}（${r.article}）` }))
]

export default function UrgentStep({ draft, issues, update }: { draft: AidDraft; issues: FieldIssue[]; update: (patch: Partial<AidDraft>) => void }) {
  return (
    <View className='card stack'>
      <Text className='text-small'>情况紧急的，法律援助中心可以先给您提供法律援助，材料以后再补（法律援助法第四十四条）。不急可以直接点“下一步”。</Text>
      <ChoiceList
        label='您的事情着急吗？'
        options={OPTIONS}
        selected={draft.urgent?.reason}
        onPick={(reason) => update({ urgent: reason ? { reason, note: draft.urgent?.note ?? '' } : undefined })}
        error={messageFor(issues, 'urgent.reason')}
      />
      {draft.urgent && (
        <Field
          label='说说最后期限是哪天，或要保全什么（可以不填）'
          value={draft.urgent.note}
          onChange={(note) => update({ urgent: { ...draft.urgent!, note } })}
          error={messageFor(issues, 'urgent.note')}
          multiline
          maxlength={200}
        />
      )}
    </View>
  )
}

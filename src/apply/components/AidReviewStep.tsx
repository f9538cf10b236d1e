/** Everything the applicant entered, once more, before the one tap that sends it. */
import { View } from '@tarojs/components'
import { MATERIAL_KINDS } from '@/core/domain/application'
import { HARDSHIP_EXEMPTIONS, URGENT_REASONS, aidMatterOf } from '@/core/domain/legal-aid-law'
import { maskPhone } from '@/core/domain/phone'
import ReviewRow from '@/components/ReviewRow'
import { uploadedMaterials } from '@/services/materials'
import { hasNoHardshipLimit, type AidDraft } from '../aid-draft'

const financeText = (draft: AidDraft): string => {
  if (hasNoHardshipLimit(draft.matter)) return '这件事不受经济困难条件限制，不用说明'
  const { choice, statement } = draft.finance
  if (choice === 'statement') return statement
  return `不用查经济困难：${HARDSHIP_EXEMPTIONS.find((e) => e.id === choice)?.label ?? ''}`
}

const materialsText = (draft: AidDraft): string => {
  const sent = uploadedMaterials(draft.materials)
  if (sent.length === 0) return '还没有上传（可以以后补充）'
  const counts = MATERIAL_KINDS.map((k) => [k.label, sent.filter((m) => m.kind === k.id).length] as const).filter(([, n]) => n > 0)
  return counts.map(([label, n]) => `${label} ${n} 个`).join('，')
}

export default function AidReviewStep({ draft }: { draft: AidDraft }) {
  const matter = draft.matter && draft.matter !== 'criminal' ? aidMatterOf(draft.matter) : null
  return (
    <View className='card stack review'>
      <ReviewRow label='申请人' value={draft.applicant.name} />
      <ReviewRow label='手机' value={maskPhone(draft.applicant.phone)} />
      <ReviewRow label='家乡' value={draft.applicant.township} />
      {draft.forSomeoneElse && <ReviewRow label='替谁申请' value={`${draft.onBehalf.personName}（${draft.onBehalf.relationship}）`} />}
      <ReviewRow label='什么事' value={matter ? `${matter.label}（法律援助法${matter.article}）` : ''} />
      <ReviewRow label='事情经过' value={draft.description} />
      <ReviewRow label='经济情况' value={financeText(draft)} />
      <ReviewRow label='诚信承诺' value={draft.promise ? '已承诺' : '还没有承诺'} />
      <ReviewRow label='材料' value={materialsText(draft)} />
      <ReviewRow label='着急吗' value={draft.urgent ? (URGENT_REASONS.find((r) => r.id === draft.urgent?.reason)?.label ?? '') : '不着急'} />
      {draft.urgent?.note.trim() && <ReviewRow label='紧急情况说明' value={draft.urgent.note} />}
    </View>
  )
}

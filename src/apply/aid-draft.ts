/**
 * The legal-aid application while it is being filled in, and how it becomes the `createAid`
 * payload. Each step is checked with its own part of the contract the cloud uses
 * (AID_STEP_SCHEMAS), so a step cannot be left while one of its own fields is wrong — the same
 * way as booking (src/consult/draft.ts).
 */
import { AID_STEP_SCHEMAS, type CreateAid } from '@/core/contracts/apply'
import { PRIVACY_NOTICE_VERSION, type ConsultationDetail } from '@/core/contracts/consult'
import type { FieldIssue } from '@/core/envelope'
import { aidMatterOf, type AidMatterId, type HardshipExemptionId, type UrgentReasonId } from '@/core/domain/legal-aid-law'
import type { MatterId } from '@/core/domain/matters'
import { parseWith } from '@/core/validation'
import type { OnBehalfDraft } from '@/components/OnBehalfFields'
import { uploadedMaterials, type PickedMaterial } from '@/services/materials'

export const AID_STEPS = ['who', 'matter', 'finance', 'promise', 'materials', 'urgent', 'review'] as const
export type AidStep = (typeof AID_STEPS)[number]

export const AID_STEP_TITLES: Record<AidStep, string> = {
  who: '谁申请？',
  matter: '什么事？',
  finance: '经济情况',
  promise: '诚信承诺',
  materials: '材料',
  urgent: '着急吗？',
  review: '确认提交'
}

/** 刑事案件 can be picked to read how criminal legal aid works; it is never sent. */
export type MatterChoice = AidMatterId | 'criminal'

export interface AidDraft {
  clientRequestId: string
  fromConsultationId?: string
  applicant: { name: string; phone: string; township: string }
  forSomeoneElse: boolean
  onBehalf: OnBehalfDraft
  matter?: MatterChoice
  description: string
  /** An exemption of 第四十二条, or 'statement' for the applicant's own words on the family's finances. */
  finance: { choice?: HardshipExemptionId | 'statement'; statement: string }
  promise: boolean
  /** The files picked, as the picker shows them; only those uploaded are sent. */
  materials: PickedMaterial[]
  urgent?: { reason: UrgentReasonId; note: string }
  consented: boolean
}

export const emptyAidDraft = (clientRequestId: string): AidDraft => ({
  clientRequestId,
  applicant: { name: '', phone: '', township: '' },
  forSomeoneElse: false,
  onBehalf: { personName: '', relationship: '', consentConfirmed: false },
  description: '',
  finance: { statement: '' },
  promise: false,
  materials: [],
  consented: false
})

/** Consultation matters as legal-aid matters (labour relations are claimed with wages, 第三十一条第五项). */
const AID_MATTER_OF_CONSULT: Record<MatterId, AidMatterId> = {
  wages: 'wages',
  labour: 'wages',
  'work-injury': 'work-injury',
  traffic: 'traffic',
  'social-insurance': 'social-insurance',
  support: 'support',
  'domestic-violence': 'domestic-violence',
  other: 'other'
}

/** Started from a consultation: what the citizen told us there is carried over, not typed again. */
export const draftFromConsultation = (draft: AidDraft, c: ConsultationDetail): AidDraft => ({
  ...draft,
  fromConsultationId: c.id,
  applicant: { name: c.applicant.name, phone: c.applicant.phone, township: c.applicant.township },
  ...(c.onBehalf ? { forSomeoneElse: true, onBehalf: c.onBehalf } : {}),
  matter: AID_MATTER_OF_CONSULT[c.matter],
  description: c.description
})

/** Wages and work injury: a migrant worker needs no hardship check (第四十二条第三项), said first. */
export const isMigrantWorkerMatter = (matter?: MatterChoice): boolean => matter === 'wages' || matter === 'work-injury'
/** 第三十二条 matters: no economic-hardship limit. */
export const hasNoHardshipLimit = (matter?: MatterChoice): boolean => Boolean(matter && matter !== 'criminal' && aidMatterOf(matter).hardshipExempt)

const financeOf = (draft: AidDraft): CreateAid['finance'] | undefined => {
  const { choice, statement } = draft.finance
  if (!choice) return undefined
  return choice === 'statement' ? { kind: 'hardship', statement } : { kind: 'exempt', exemption: choice }
}

export const toAidPayload = (draft: AidDraft): CreateAid => ({
  clientRequestId: draft.clientRequestId,
  ...(draft.fromConsultationId ? { fromConsultationId: draft.fromConsultationId } : {}),
  applicant: draft.applicant,
  ...(draft.forSomeoneElse ? { onBehalf: draft.onBehalf as CreateAid['onBehalf'] } : {}),
  matter: draft.matter as AidMatterId,
  description: draft.description,
  finance: financeOf(draft) as CreateAid['finance'],
  promise: draft.promise as true,
  materials: uploadedMaterials(draft.materials),
  ...(draft.urgent ? { urgent: { reason: draft.urgent.reason, ...(draft.urgent.note.trim() ? { note: draft.urgent.note } : {}) } } : {}),
  consent: { sensitive: draft.consented as true, version: PRIVACY_NOTICE_VERSION }
})

const SCHEMA_OF_STEP: Record<AidStep, keyof typeof AID_STEP_SCHEMAS> = {
  who: 'who',
  matter: 'matter',
  finance: 'finance',
  promise: 'promise',
  materials: 'materials',
  urgent: 'urgent',
  review: 'consent'
}

/** The contract's problems with the fields of one step (none means the step is done). */
export const issuesOfAidStep = (draft: AidDraft, step: AidStep): FieldIssue[] => {
  const parsed = parseWith(AID_STEP_SCHEMAS[SCHEMA_OF_STEP[step]], toAidPayload(draft))
  const issues = parsed.ok ? [] : parsed.issues
  return step === 'materials' ? [...issues, ...unsentFiles(draft.materials)] : issues
}

/** Files still on their way, or that did not get there, would be left out silently: say so. */
const unsentFiles = (materials: readonly PickedMaterial[]): FieldIssue[] => {
  if (materials.some((m) => m.state === 'uploading')) return [{ path: 'materials', message: '还有文件在上传，请等传好再点下一步' }]
  if (materials.some((m) => m.state === 'failed')) return [{ path: 'materials', message: '有文件没传上去，请点“重试”或者删掉它' }]
  return []
}

const STEP_OF_FIELD: Array<[RegExp, AidStep]> = [
  [/^(applicant|onBehalf|fromConsultationId)/, 'who'],
  [/^(matter|description)/, 'matter'],
  [/^finance/, 'finance'],
  [/^promise/, 'promise'],
  [/^materials/, 'materials'],
  [/^urgent/, 'urgent']
]

/** The step that holds a field the cloud found a problem with. */
export const aidStepOf = (issue: FieldIssue): AidStep => STEP_OF_FIELD.find(([pattern]) => pattern.test(issue.path))?.[1] ?? 'review'

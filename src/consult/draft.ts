/**
 * The booking form while it is being filled in, and how it becomes the `create` payload.
 * Each step is checked with the same contract the cloud uses, keeping only that step's fields.
 */
import { CHANNELS, CreateConsultationSchema, PRIVACY_NOTICE_VERSION, type ChannelId, type CreateConsultation } from '@/core/contracts/consult'
import type { FieldIssue } from '@/core/envelope'
import { isLabourMatter, type MatterId } from '@/core/domain/matters'
import type { QuickCheckId } from '@/core/domain/quick-check'
import { parseWith } from '@/core/validation'

export const STEPS = ['matter', 'check', 'channel', 'about', 'consent', 'review'] as const
export type Step = (typeof STEPS)[number]

export const STEP_TITLES: Record<Step, string> = {
  matter: '遇到了什么问题？',
  check: '快速自查（可以跳过）',
  channel: '想怎样咨询？',
  about: '说说您的情况',
  consent: '个人信息怎么用',
  review: '核对后提交'
}

export interface Draft {
  clientRequestId: string
  matter?: MatterId
  quickCheck: QuickCheckId[]
  channel?: ChannelId
  pointId?: string
  /** Shown on the review step; the cloud decides the point from its id. */
  pointName?: string
  slotStart?: string
  asap: boolean
  description: string
  applicant: { name: string; phone: string; township: string; currentCity: string; disputeCity: string }
  contactSafety: { safeToCall: boolean; leaveMessage: boolean; sayWhoWeAre: boolean }
  forSomeoneElse: boolean
  onBehalf: { personName: string; relationship: string; consentConfirmed: boolean }
  wage: { employer: string; dueDate: string; coworkers: string; amountYuan: string }
  consented: boolean
}

export const emptyDraft = (clientRequestId: string, preset: Partial<Pick<Draft, 'channel' | 'pointId'>> = {}): Draft => ({
  clientRequestId,
  quickCheck: [],
  asap: false,
  description: '',
  applicant: { name: '', phone: '', township: '', currentCity: '', disputeCity: '' },
  contactSafety: { safeToCall: true, leaveMessage: true, sayWhoWeAre: true },
  forSomeoneElse: false,
  onBehalf: { personName: '', relationship: '', consentConfirmed: false },
  wage: { employer: '', dueDate: '', coworkers: '0', amountYuan: '' },
  consented: false,
  ...preset
})

export const needsSlot = (channel?: ChannelId): boolean => Boolean(CHANNELS.find((c) => c.id === channel)?.needsSlot)

/** Blank number fields stay blank (undefined) so the contract can say what is missing. */
const numberOrUndefined = (text: string): number | undefined => (text.trim() === '' ? undefined : Number(text))

export const toPayload = (draft: Draft): CreateConsultation => ({
  clientRequestId: draft.clientRequestId,
  matter: draft.matter as MatterId,
  quickCheck: draft.quickCheck,
  channel: draft.channel as ChannelId,
  ...(draft.channel === 'in-person-station' && draft.pointId ? { pointId: draft.pointId } : {}),
  ...(needsSlot(draft.channel) && draft.slotStart && !draft.asap ? { slotStart: draft.slotStart } : {}),
  asap: draft.channel === 'phone' && draft.asap,
  description: draft.description,
  applicant: draft.applicant,
  contactSafety: draft.contactSafety,
  ...(draft.forSomeoneElse ? { onBehalf: draft.onBehalf as CreateConsultation['onBehalf'] } : {}),
  ...(draft.matter && isLabourMatter(draft.matter) && (draft.matter === 'wages' || draft.wage.employer)
    ? {
        wage: {
          employer: draft.wage.employer,
          dueDate: draft.wage.dueDate,
          coworkers: numberOrUndefined(draft.wage.coworkers) as number,
          ...(draft.wage.amountYuan.trim() ? { amountYuan: Number(draft.wage.amountYuan) } : {})
        }
      }
    : {}),
  consent: { sensitive: draft.consented as true, version: PRIVACY_NOTICE_VERSION }
})

const STEP_OF_FIELD: Array<[RegExp, Step]> = [
  [/^matter/, 'matter'],
  [/^quickCheck/, 'check'],
  [/^(channel|pointId|slotStart|asap)/, 'channel'],
  [/^(applicant|contactSafety|onBehalf|wage|description)/, 'about'],
  [/^consent/, 'consent']
]

export const stepOf = (issue: FieldIssue): Step => STEP_OF_FIELD.find(([pattern]) => pattern.test(issue.path))?.[1] ?? 'review'

/** The contract's problems with the fields of one step (none means the step is done). */
export const issuesOfStep = (draft: Draft, step: Step): FieldIssue[] => {
  const parsed = parseWith(CreateConsultationSchema, toPayload(draft))
  return parsed.ok ? [] : parsed.issues.filter((issue) => stepOf(issue) === step)
}

export const messageFor = (issues: FieldIssue[], path: string): string | null =>
  issues.find((i) => i.path === path || i.path.startsWith(`${path}.`))?.message ?? null

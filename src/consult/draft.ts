/**
 * The booking form while it is being filled in, and how it becomes the `create` payload.
 * Each step is checked with its own part of the contract the cloud uses (BOOKING_STEP_SCHEMAS),
 * so a step cannot be left while one of its own fields is wrong.
 */
import { BOOKING_STEP_SCHEMAS, CHANNELS, PRIVACY_NOTICE_VERSION, type ChannelId, type CreateConsultation, type HelpLanguage } from '@/core/contracts/consult'
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
  /** Dates stay '' until the citizen picks one: no date is ever chosen for them. */
  wage: { employer: string; dueDate: string; coworkers: string; amountYuan: string; jobEnded?: boolean; jobEndDate: string }
  injuryDate: string
  languageHelp?: HelpLanguage
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
  wage: { employer: '', dueDate: '', coworkers: '0', amountYuan: '', jobEndDate: '' },
  injuryDate: '',
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
          ...(draft.wage.amountYuan.trim() ? { amountYuan: Number(draft.wage.amountYuan) } : {}),
          ...(draft.wage.jobEnded === undefined ? {} : { jobEnded: draft.wage.jobEnded }),
          ...(draft.wage.jobEnded && draft.wage.jobEndDate ? { jobEndDate: draft.wage.jobEndDate } : {})
        }
      }
    : {}),
  ...(draft.matter === 'work-injury' && draft.injuryDate ? { injury: { date: draft.injuryDate } } : {}),
  ...(draft.languageHelp ? { languageHelp: draft.languageHelp } : {}),
  consent: { sensitive: draft.consented as true, version: PRIVACY_NOTICE_VERSION }
})

const STEP_OF_FIELD: Array<[RegExp, Step]> = [
  [/^matter/, 'matter'],
  [/^quickCheck/, 'check'],
  [/^(channel|pointId|slotStart|asap)/, 'channel'],
  [/^(applicant|contactSafety|onBehalf|wage|injury|languageHelp|description)/, 'about'],
  [/^consent/, 'consent']
]

export const stepOf = (issue: FieldIssue): Step => STEP_OF_FIELD.find(([pattern]) => pattern.test(issue.path))?.[1] ?? 'review'

/** The contract's problems with the fields of one step (none means the step is done). */
export const issuesOfStep = (draft: Draft, step: Step): FieldIssue[] => {
  if (step === 'check' || step === 'review') return []
  const parsed = parseWith(BOOKING_STEP_SCHEMAS[step], toPayload(draft))
  return parsed.ok ? [] : parsed.issues
}

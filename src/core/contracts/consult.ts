/**
 * The `consult` cloud function: a citizen books a legal-aid consultation and follows it.
 * The form and the cloud parse the same schemas, so a citizen sees the cloud's messages
 * before anything is sent.
 */
import { z } from '../zod'
import { action, idsOf as ids } from './action'
import type { ConsultStatus } from '../domain/consult-status'
import type { Deadline } from '../domain/deadline'
import { MATTERS, type MatterId } from '../domain/matters'
import type { FamilyView } from '../domain/family-follow'
import { MOBILE_PATTERN } from '../domain/phone'
import type { Priority } from '../domain/priority'
import { QUICK_CHECK_QUESTIONS, type QuickCheckId } from '../domain/quick-check'
import { TICKET_PATTERN } from '../domain/ticket'

export const CHANNELS = [
  { id: 'phone', label: '电话回电', hint: '我们按约好的时间给您打电话', needsSlot: true },
  { id: 'video', label: '视频通话', hint: '用微信视频，当面说得更清楚', needsSlot: true },
  { id: 'in-person-centre', label: '到县法律援助中心', hint: '在县城，当面咨询', needsSlot: true },
  { id: 'in-person-station', label: '到驻外法律服务站', hint: '在您打工的城市，当面咨询', needsSlot: true },
  { id: 'written', label: '留言咨询', hint: '写下问题，我们书面答复', needsSlot: false }
] as const
export type ChannelId = (typeof CHANNELS)[number]['id']
export const channelLabel = (id: ChannelId): string => CHANNELS.find((c) => c.id === id)?.label ?? id
/** The citizen comes to a place (the county centre or a station): the ticket must say where. */
export const isInPerson = (id: ChannelId): boolean => id === 'in-person-centre' || id === 'in-person-station'

export const DESCRIPTION_MAX = 1000
export const MESSAGE_MAX = 1000
export const REASON_MAX = 200

export const MatterSchema = z.enum(ids(MATTERS), { error: '请选择是什么问题' })
export const ChannelSchema = z.enum(ids(CHANNELS), { error: '请选择怎样帮您' })
const pointId = z.string().regex(/^[a-z0-9-]{2,40}$/, '服务点不对')
const consultationId = z.string().regex(/^[A-Za-z0-9_-]{6,40}$/, '咨询编号不对')
/** Made once on the phone per booking or message, so a retry is recognised. */
const clientRequestId = z.string().regex(/^[A-Za-z0-9-]{8,64}$/, '请求编号不对')
const shortText = (label: string, max: number) => z.string().trim().min(1, `请填写${label}`).max(max, `${label}不能超过 ${max} 个字`)

export const ApplicantSchema = z.object({
  name: shortText('姓名', 20),
  phone: z.string().trim().regex(MOBILE_PATTERN, '请填写 11 位手机号'),
  township: shortText('家乡乡镇', 10),
  currentCity: shortText('现在所在的城市', 20),
  disputeCity: shortText('事情发生的城市', 20)
})

/** Is it safe to call, to leave a message, to say who is calling? (a person at risk may not be alone) */
export const ContactSafetySchema = z.object({
  safeToCall: z.boolean(),
  leaveMessage: z.boolean(),
  sayWhoWeAre: z.boolean()
})

export const OnBehalfSchema = z.object({
  personName: shortText('当事人姓名', 20),
  relationship: shortText('您和当事人的关系', 10),
  consentConfirmed: z.literal(true, { error: '请确认当事人同意您代为申请' })
})

const isoDate = (error: string) => z.iso.date({ error })

/**
 * The wage claim's facts. Whether the job has ended (and when) decides the arbitration limit
 * (劳动争议调解仲裁法第二十七条第四款); older app versions did not ask, so the cloud accepts
 * it missing and then counts cautiously from the due day. The booking form always asks
 * (see WageAnswersSchema).
 */
export const WageClaimSchema = z
  .object({
    employer: shortText('老板或单位名称', 40),
    dueDate: isoDate('请选择工资应该发的日期'),
    coworkers: z.number({ error: '请填写人数' }).int('请填写整数').min(0, '人数不能小于 0').max(500, '人数太多了，请核对'),
    amountYuan: z.number().int('请填写整数').min(1, '金额要大于 0').max(10_000_000, '金额太大了，请核对').optional(),
    /** Has the worker left this job? */
    jobEnded: z.boolean({ error: '请选择这份工作还在不在干' }).optional(),
    /** The day the job ended, when it has. */
    jobEndDate: isoDate('请选择哪天不干的').optional()
  })
  .superRefine((wage, ctx) => {
    if (wage.jobEnded && !wage.jobEndDate) ctx.addIssue({ code: 'custom', path: ['jobEndDate'], message: '请选择哪天不干的' })
    if (!wage.jobEnded && wage.jobEndDate) ctx.addIssue({ code: 'custom', path: ['jobEndDate'], message: '还在干的工作不用填结束日期' })
  })

/** What the booking form asks about wages: the same facts, with the job question answered. */
export const WageAnswersSchema = WageClaimSchema.safeExtend({ jobEnded: z.boolean({ error: '请选择这份工作还在不在干' }) })

/** A work injury: the day of the accident or of the diagnosis (工伤保险条例第十七条). */
export const InjurySchema = z.object({ date: isoDate('请选择受伤或确诊职业病的日期') })

/** Help in a minority language: the county's people speak 藏语 and 羌语 as well as Chinese. */
export const HELP_LANGUAGES = ['藏语', '羌语'] as const
export type HelpLanguage = (typeof HELP_LANGUAGES)[number]
export const HelpLanguageSchema = z.enum(HELP_LANGUAGES, { error: '请选择语言' })

/** The version of the privacy notice the citizen agreed to (see PrivacyNotice in the app). */
export const PRIVACY_NOTICE_VERSION = '2026-12'

/** How and when: the channel, the station and the time (or 尽快回电). */
const channelFields = {
  channel: ChannelSchema,
  pointId: pointId.optional(),
  slotStart: z.iso.datetime({ error: '预约时间不对' }).optional(),
  /** 尽快回电: no slot was free, call back as soon as possible. */
  asap: z.boolean().default(false)
}

type ChannelChoice = { channel: ChannelId; pointId?: string; slotStart?: string; asap?: boolean }
type Issues = { addIssue: (issue: { code: 'custom'; path: string[]; message: string }) => void }

const checkChannelChoice = (form: ChannelChoice, ctx: Issues) => {
  const needsSlot = CHANNELS.find((c) => c.id === form.channel)?.needsSlot
  const callbackAsap = form.channel === 'phone' && form.asap
  if (form.channel === 'in-person-station' && !form.pointId) ctx.addIssue({ code: 'custom', path: ['pointId'], message: '请选择驻外法律服务站' })
  else if (needsSlot && !form.slotStart && !callbackAsap) ctx.addIssue({ code: 'custom', path: ['slotStart'], message: '请选择一个时间' })
  if (!needsSlot && form.slotStart) ctx.addIssue({ code: 'custom', path: ['slotStart'], message: '留言咨询不用选时间' })
  if (form.asap && form.slotStart) ctx.addIssue({ code: 'custom', path: ['asap'], message: '选了时间就不用“尽快回电”' })
}

/** About the person and the matter. */
const aboutFields = {
  description: z.string().trim().min(5, '请简单说说您的问题，至少 5 个字').max(DESCRIPTION_MAX, `问题描述不能超过 ${DESCRIPTION_MAX} 个字`),
  applicant: ApplicantSchema,
  contactSafety: ContactSafetySchema,
  onBehalf: OnBehalfSchema.optional(),
  wage: WageClaimSchema.optional(),
  injury: InjurySchema.optional(),
  /** The citizen would like help in 藏语 or 羌语. */
  languageHelp: HelpLanguageSchema.optional()
}

const checkAbout = (form: { matter: MatterId; wage?: unknown; injury?: unknown }, ctx: Issues, strict: boolean) => {
  if (form.matter === 'wages' && !form.wage) ctx.addIssue({ code: 'custom', path: ['wage'], message: '请填写欠薪的情况' })
  if (strict && form.matter === 'work-injury' && !form.injury)
    ctx.addIssue({ code: 'custom', path: ['injury', 'date'], message: '请选择受伤或确诊职业病的日期' })
}

const consentField = {
  consent: z.object({
    sensitive: z.literal(true, { error: '需要您同意，我们才能处理您的个人信息' }),
    version: z.literal(PRIVACY_NOTICE_VERSION, { error: '隐私说明已更新，请重新阅读并同意' })
  })
}

export const CreateConsultationSchema = z
  .object({
    /** Made once per booking on the phone: a retry after a network failure carries the same id. */
    clientRequestId,
    matter: MatterSchema,
    quickCheck: z
      .array(z.enum(ids(QUICK_CHECK_QUESTIONS)))
      .max(QUICK_CHECK_QUESTIONS.length)
      .default([]),
    ...channelFields,
    ...aboutFields,
    ...consentField
  })
  .superRefine((form, ctx) => {
    checkChannelChoice(form, ctx)
    checkAbout(form, ctx, false)
  })

/**
 * The booking form's steps, each parsed with its own part of the contract, so a step cannot be
 * left until its own fields are right (a whole-form parse stops at the first bad step and never
 * reaches the later rules). The form also always asks the questions older app versions did not
 * (whether the job ended, the day of the injury), so these steps require them.
 */
export const BOOKING_STEP_SCHEMAS = {
  matter: z.object({ matter: MatterSchema }),
  channel: z.object(channelFields).superRefine(checkChannelChoice),
  about: z.object({ matter: MatterSchema, ...aboutFields, wage: WageAnswersSchema.optional() }).superRefine((form, ctx) => checkAbout(form, ctx, true)),
  consent: z.object(consentField)
}
export type CreateConsultation = z.input<typeof CreateConsultationSchema>

export const SlotsPayloadSchema = z.object({
  channel: ChannelSchema,
  pointId: pointId.optional()
})

export interface SlotAvailability {
  start: string
  end: string
  capacity: number
  booked: number
  full: boolean
}

export interface SlotsResult {
  point: { id: string; name: string; sample: boolean }
  days: Array<{ date: string; slots: SlotAvailability[] }>
  anyFree: boolean
}

export type EventKind =
  | 'created'
  | 'held'
  | 'queued'
  | 'claimed'
  | 'released'
  | 'asked'
  | 'citizen-replied'
  | 'answered'
  | 'rescheduled'
  | 'cancelled'
  | 'rated'
  | 'closed'
  | 'callback-attempt'
  | 'escalated'
  | 'handed-over'
  | 'reviewed'

export interface ConsultEvent {
  at: string
  kind: EventKind
  /** Plain words for the citizen, e.g. 您取消了预约：时间不合适. */
  text: string
}

export interface ConsultMessage {
  id: string
  at: string
  from: 'citizen' | 'staff'
  text: string
  /** Text that could not be cleared by the content check waits for a staff review. */
  held: boolean
}

export interface ConsultationSummary {
  id: string
  ticket: string
  matter: MatterId
  channel: ChannelId
  status: ConsultStatus
  createdAt: string
  slot?: { start: string; end: string }
  point?: { id: string; name: string }
  /** Help the citizen asked for in 藏语 or 羌语. */
  languageHelp?: HelpLanguage
  /** The status changed since the citizen last opened it (badge on 我的咨询). */
  unseen: boolean
}

export interface ConsultationDetail extends ConsultationSummary {
  description: string
  applicant: z.infer<typeof ApplicantSchema>
  contactSafety: z.infer<typeof ContactSafetySchema>
  onBehalf?: z.infer<typeof OnBehalfSchema>
  wage?: z.infer<typeof WageClaimSchema>
  injury?: z.infer<typeof InjurySchema>
  quickCheck: QuickCheckId[]
  asap: boolean
  priority: Priority
  dueAt: string
  /** The rule and last day; days left are counted when shown (viewDeadline). */
  deadline?: Deadline
  heldForReview: boolean
  /**
   * Where it stands among the waiting consultations (1 = next), while it waits. Counted up to
   * QUEUE_AHEAD_CAP cases ahead (src/core/domain/queue-position.ts): QUEUE_AHEAD_CAP + 1 means
   * "more than that many ahead"; show it with queueAheadText.
   */
  queuePosition?: number
  events: ConsultEvent[]
  messages: ConsultMessage[]
  rating?: { score: number; comment?: string; held?: boolean }
  /** 家人查进度 is on: a relative with the ticket and the phone's last four digits may see the status. */
  familyFollow: boolean
}

const Pagination = { offset: z.number().int().min(0).max(10_000).default(0), limit: z.number().int().min(1).max(20).default(20) }

export const ListMinePayloadSchema = z.object(Pagination)
export const ByIdPayloadSchema = z.object({ id: consultationId })
export const CancelPayloadSchema = z.object({
  id: consultationId,
  reason: z.string().trim().min(2, '请说一下取消的原因').max(REASON_MAX, `原因不能超过 ${REASON_MAX} 个字`)
})
export const ReschedulePayloadSchema = z.object({ id: consultationId, slotStart: z.iso.datetime({ error: '请选择新的时间' }) })
export const AddMessagePayloadSchema = z.object({
  id: consultationId,
  text: z.string().trim().min(1, '请写下要补充的内容').max(MESSAGE_MAX, `一次最多写 ${MESSAGE_MAX} 个字`),
  /** Made on the phone when the message is written: sending it again (from the outbox) adds it once. */
  clientRequestId: clientRequestId.optional()
})
export const RatePayloadSchema = z.object({
  id: consultationId,
  score: z.number().int('请选择 1 到 5 颗星').min(1, '请选择 1 到 5 颗星').max(5, '请选择 1 到 5 颗星'),
  comment: z.string().trim().max(REASON_MAX, `评价不能超过 ${REASON_MAX} 个字`).optional()
})

/** 家人查进度: the ticket (any letter case) and the last four digits of the applicant's phone. */
export const FollowPayloadSchema = z.object({
  ticket: z.string().trim().toUpperCase().regex(TICKET_PATTERN, '请填写完整的单号，比如 HS-20261201-0001'),
  phoneLast4: z
    .string()
    .trim()
    .regex(/^\d{4}$/, '请填写申请人手机号的最后 4 位数字')
})
export type FollowPayload = z.input<typeof FollowPayloadSchema>

/** The applicant turns 家人查进度 on or off for one consultation. */
export const SetFamilyFollowPayloadSchema = z.object({ id: consultationId, allowed: z.boolean() })

export interface ListMineResult {
  items: ConsultationSummary[]
  total: number
  unseenCount: number
}

export const consultContract = {
  slots: action<SlotsResult>()(SlotsPayloadSchema),
  create: action<ConsultationDetail>()(CreateConsultationSchema),
  listMine: action<ListMineResult>()(ListMinePayloadSchema),
  getMine: action<ConsultationDetail>()(ByIdPayloadSchema),
  cancel: action<ConsultationDetail>()(CancelPayloadSchema),
  reschedule: action<ConsultationDetail>()(ReschedulePayloadSchema),
  addMessage: action<ConsultationDetail>()(AddMessagePayloadSchema),
  rate: action<ConsultationDetail>()(RatePayloadSchema),
  follow: action<FamilyView>()(FollowPayloadSchema),
  setFamilyFollow: action<ConsultationDetail>()(SetFamilyFollowPayloadSchema)
}

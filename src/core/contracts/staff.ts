/**
 * The `staff` cloud function: the workbench where legal-aid lawyers, station staff and admins
 * answer the queued consultations, and where admins manage staff, read the audit trail and
 * the statistics. Every action checks the caller's role and the points they cover.
 */
import { z } from '../zod'
import { action, idsOf as ids } from './action'
import { ChannelSchema, MatterSchema, type ConsultationDetail, type ConsultationSummary } from './consult'
import { STATUSES, type ConsultStatus } from '../domain/consult-status'
import type { Priority } from '../domain/priority'
import { TICKET_PATTERN } from '../domain/ticket'

/** What a staff member is; lawyers and admins at the county centre see every point. */
export const STAFF_KINDS = [
  { id: 'lawyer', label: '法律援助律师' },
  { id: 'station', label: '驻外工作站工作人员' },
  { id: 'admin', label: '管理员' }
] as const
export type StaffKind = (typeof STAFF_KINDS)[number]['id']

/** How a consultation ended: the codes the bureau reports on. */
export const OUTCOMES = [
  { id: 'advice-given', label: '已解答' },
  { id: 'aid-application', label: '已帮助申请法律援助' },
  { id: 'referred-mediation', label: '已转人民调解' },
  { id: 'referred-lawyer-notary', label: '已转律师或公证' },
  { id: 'withdrawn', label: '当事人撤回' },
  { id: 'unreachable', label: '联系不上' }
] as const
export type OutcomeId = (typeof OUTCOMES)[number]['id']

const pointId = z.string().regex(/^[a-z0-9-]{2,40}$/, '服务点不对')
const consultationId = z.string().regex(/^[A-Za-z0-9_-]{6,40}$/, '咨询编号不对')
const openid = z.string().min(6).max(64)
const text = (max: number, empty: string) => z.string().trim().min(1, empty).max(max, `不能超过 ${max} 个字`)
const Pagination = { offset: z.number().int().min(0).max(100_000).default(0), limit: z.number().int().min(1).max(50).default(20) }

export const StaffKindSchema = z.enum(ids(STAFF_KINDS), { error: '请选择身份' })
export const OutcomeSchema = z.enum(ids(OUTCOMES), { error: '请选择结果' })

export const CreateInviteSchema = z.object({
  kind: StaffKindSchema,
  /** The points this person covers; empty for county-centre lawyers and admins (all points). */
  pointIds: z.array(pointId).max(20).default([]),
  name: text(20, '请填写被邀请人的名字'),
  expiresInDays: z.number().int().min(1, '至少 1 天').max(30, '最多 30 天').default(7)
})
export const RedeemInviteSchema = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[A-Z0-9]{8}$/, '邀请码是 8 位字母或数字')
})
export const ByIdSchema = z.object({ id: z.string().min(6).max(64) })
export const ByOpenidSchema = z.object({ openid })
/**
 * The townships whose 人民调解委员会 a staff member serves (mediation requests of those
 * townships). Names are checked against the county's by the cloud; an empty list clears them.
 */
export const SetTownshipsSchema = z.object({
  openid,
  townships: z.array(z.string().trim().min(2, '乡镇名称不对').max(10, '乡镇名称不对')).max(20, '最多选 20 个乡镇')
})

export const QueueFilterSchema = z.object({
  status: z.enum(STATUSES).optional(),
  matter: MatterSchema.optional(),
  channel: ChannelSchema.optional(),
  pointId: pointId.optional(),
  /** Only the cases this staff member holds. */
  mine: z.boolean().default(false),
  ...Pagination
})

export const CaseSchema = z.object({ id: consultationId })
export const CaseTextSchema = z.object({ id: consultationId, text: text(2000, '请写内容') })
export const ReplySchema = z.object({
  id: consultationId,
  text: text(2000, '请写答复'),
  /** Legal tips attached to the answer, by id. */
  tipIds: z.array(z.string().max(60)).max(5).default([])
})
export const CallbackSchema = z.object({ id: consultationId, reached: z.boolean(), note: z.string().trim().max(200).optional() })
export const HandOverSchema = z
  .object({
    id: consultationId,
    toPointId: pointId.optional(),
    toOpenid: openid.optional(),
    note: text(200, '请写交接说明')
  })
  .refine((h) => Boolean(h.toPointId) !== Boolean(h.toOpenid), { message: '请选择交给哪个服务点，或哪位工作人员', path: ['toPointId'] })
export const CloseSchema = z.object({ id: consultationId, outcome: OutcomeSchema, note: z.string().trim().max(200).optional() })
export const ReviewHeldSchema = z.object({ id: consultationId, approve: z.boolean() })

export const AuditQuerySchema = z.object({
  consultationId: consultationId.optional(),
  /** A ticket number as staff read it, e.g. HS-20261127-0042. */
  ticket: z.string().trim().regex(TICKET_PATTERN, '编号写法是 HS-20261127-0042 这样').optional(),
  actorOpenid: openid.optional(),
  from: z.iso.datetime().optional(),
  to: z.iso.datetime().optional(),
  ...Pagination
})
export const StatsQuerySchema = z
  .object({ from: z.iso.date({ error: '请选择开始日期' }), to: z.iso.date({ error: '请选择结束日期' }) })
  .refine((q) => q.from <= q.to, { message: '开始日期不能晚于结束日期', path: ['to'] })

export interface StaffProfile {
  openid: string
  name: string
  /** What the cloud checks: admins may manage, and act on any case in their scope. */
  role: 'staff' | 'admin'
  kind: StaffKind
  pointIds: string[]
  /** The townships whose mediation requests this person handles (the cloud always sends it; empty: none set). */
  townships?: string[]
}

export interface InviteView {
  id: string
  kind: StaffKind
  name: string
  pointIds: string[]
  expiresAt: string
  state: 'open' | 'used' | 'expired' | 'revoked'
}

/** How much time is left before the first answer is due, counted in working hours. */
export type SlaState = 'on-time' | 'amber' | 'red'

export interface QueueItem extends ConsultationSummary {
  priority: Priority
  dueAt: string
  sla: SlaState
  /** Working minutes left (negative when late). */
  minutesLeft: number
  applicantName: string
  /** 138****8000 until this staff member has claimed the case. */
  phone: string
  assignee?: { openid: string; name: string }
  heldForReview: boolean
  /** Open cases against the same employer (group wage claims), this one included. */
  employerGroup?: { employer: string; count: number }
}

export interface QueueResult {
  items: QueueItem[]
  total: number
  counts: Partial<Record<ConsultStatus, number>>
}

export interface StaffCase extends ConsultationDetail {
  assignee?: { openid: string; name: string }
  callbackAttempts: number
  escalated: boolean
  outcome?: OutcomeId
  internalNotes: Array<{ at: string; by: string; text: string }>
  attachedTips: string[]
  /** Unmasked only for the staff member holding the case. */
  phoneVisible: boolean
}

export interface AuditEntry {
  at: string
  actorOpenid: string
  actorName: string
  action: string
  consultationId?: string
  ticket?: string
  detail?: string
}

export interface StatsResult {
  from: string
  to: string
  total: number
  byMatter: Record<string, number>
  byChannel: Record<string, number>
  byPoint: Record<string, number>
  byOutcome: Record<string, number>
  /** Minutes from the request to the first staff answer (median), null when none answered. */
  medianMinutesToFirstAnswer: number | null
  /** Share of answered consultations whose first answer came by the due time (0–1). */
  answeredOnTimeShare: number | null
}

export const staffContract = {
  me: action<StaffProfile>()(z.object({})),
  redeemInvite: action<StaffProfile>()(RedeemInviteSchema),
  createInvite: action<{ code: string; invite: InviteView }>()(CreateInviteSchema),
  listInvites: action<InviteView[]>()(z.object({})),
  revokeInvite: action<InviteView>()(ByIdSchema),
  listStaff: action<StaffProfile[]>()(z.object({})),
  removeStaff: action<{ removed: boolean }>()(ByOpenidSchema),
  setTownships: action<StaffProfile>()(SetTownshipsSchema),
  queue: action<QueueResult>()(QueueFilterSchema),
  view: action<StaffCase>()(CaseSchema),
  claim: action<StaffCase>()(CaseSchema),
  claimNext: action<StaffCase | null>()(z.object({})),
  release: action<StaffCase>()(CaseSchema),
  reply: action<StaffCase>()(ReplySchema),
  ask: action<StaffCase>()(CaseTextSchema),
  note: action<StaffCase>()(CaseTextSchema),
  logCallback: action<StaffCase>()(CallbackSchema),
  handOver: action<StaffCase>()(HandOverSchema),
  close: action<StaffCase>()(CloseSchema),
  reviewHeld: action<StaffCase>()(ReviewHeldSchema),
  audit: action<{ items: AuditEntry[]; total: number }>()(AuditQuerySchema),
  stats: action<StatsResult>()(StatsQuerySchema),
  statsCsv: action<{ filename: string; csv: string }>()(StatsQuerySchema)
}

/**
 * The `apply` cloud function: a citizen applies for legal aid (申请法律援助) or asks for people's
 * mediation (人民调解), adds materials and follows it; staff of the legal aid centre review
 * applications against the statutory clocks, and a township's mediation staff handle the
 * requests of their township. The pages and the cloud parse the same schemas.
 *
 * Files: the phone uploads a file first (weapp: wx.cloud.uploadFile to cloud storage; local
 * cloud: POST /files to the gateway) and gets an `upload` key; an action then attaches it. The
 * cloud reads the file itself to check its type (by content) and size before anything is kept.
 */
import { z } from '../zod'
import { action, idsOf as ids } from './action'
import { ApplicantSchema, OnBehalfSchema, PRIVACY_NOTICE_VERSION } from './consult'
import { AID_MATTERS, HARDSHIP_EXEMPTIONS, URGENT_REASONS, type AidMatterId, type UrgentReasonId } from '../domain/legal-aid-law'
import type { MediationOutcomeId } from '../domain/mediation-law'
import {
  APPLICATION_KINDS,
  AID_STATUSES,
  MATERIAL_KINDS,
  MAX_MATERIALS,
  MEDIATION_STATUSES,
  type ApplicationEventKind,
  type ApplicationKind,
  type ApplicationStatus,
  type MaterialKindId,
  type MaterialType
} from '../domain/application'

const applicationId = z.string().regex(/^[A-Za-z0-9_-]{6,40}$/, '申请编号不对')
const consultationId = z.string().regex(/^[A-Za-z0-9_-]{6,40}$/, '咨询编号不对')
const materialId = z.string().regex(/^[A-Za-z0-9_-]{4,40}$/, '材料编号不对')
/** Made once on the phone per submission, so a retry is recognised (as in booking). */
const clientRequestId = z.string().regex(/^[A-Za-z0-9-]{8,64}$/, '请求编号不对')
const text = (label: string, min: number, max: number) =>
  z
    .string()
    .trim()
    .min(min, min <= 1 ? `请填写${label}` : `${label}至少写 ${min} 个字`)
    .max(max, `${label}不能超过 ${max} 个字`)
const Pagination = { offset: z.number().int().min(0).max(100_000).default(0), limit: z.number().int().min(1).max(20).default(20) }

export const AidMatterSchema = z.enum(ids(AID_MATTERS), { error: '请选择申请援助的事情' })
export const ExemptionSchema = z.enum(ids(HARDSHIP_EXEMPTIONS), { error: '请选择免查经济困难的情况' })
export const UrgentReasonSchema = z.enum(ids(URGENT_REASONS), { error: '请选择为什么着急' })
export const MaterialKindSchema = z.enum(ids(MATERIAL_KINDS), { error: '请选择这是什么材料' })

/** A file already uploaded (its upload key) and what it is for. */
export const NewMaterialSchema = z.object({
  /** weapp: the cloud storage fileID; local cloud: the id POST /files answered. */
  upload: z.string().trim().min(8, '文件没有传上去，请重新选择').max(300, '文件没有传上去，请重新选择'),
  kind: MaterialKindSchema
})
const newMaterials = z.array(NewMaterialSchema).max(MAX_MATERIALS, `最多 ${MAX_MATERIALS} 个文件`)

/** The applicant (name, phone, home township): the same facts booking asks, without the cities. */
export const ApplicationApplicantSchema = ApplicantSchema.pick({ name: true, phone: true, township: true })

const consentField = {
  consent: z.object({
    sensitive: z.literal(true, { error: '需要您同意，我们才能处理您的个人信息' }),
    version: z.literal(PRIVACY_NOTICE_VERSION, { error: '隐私说明已更新，请重新阅读并同意' })
  })
}

const commonFields = {
  clientRequestId,
  /** Started from this consultation (its owner must be the caller): its facts were carried over. */
  fromConsultationId: consultationId.optional(),
  applicant: ApplicationApplicantSchema,
  onBehalf: OnBehalfSchema.optional(),
  description: text('事情经过', 10, 2000),
  ...consentField
}

export const FinanceSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('exempt'), exemption: ExemptionSchema }),
    z.object({ kind: z.literal('hardship'), statement: text('家庭经济情况', 10, 500) }),
    /** 第三十二条 matters: no hardship limit, so nothing about money is asked (held to the matter below). */
    z.object({ kind: z.literal('not-required') })
  ],
  { error: '请说明经济情况' }
)

/** The wizard's steps, each parsed alone so a step cannot be left until its own fields are right. */
export const AID_STEP_SCHEMAS = {
  who: z.object({ applicant: ApplicationApplicantSchema, onBehalf: OnBehalfSchema.optional() }),
  matter: z.object({ matter: AidMatterSchema, description: commonFields.description }),
  finance: z.object({ finance: FinanceSchema }),
  promise: z.object({ promise: z.literal(true, { error: '请阅读并确认个人诚信承诺' }) }),
  materials: z.object({ materials: newMaterials }),
  urgent: z.object({ urgent: z.object({ reason: UrgentReasonSchema, note: z.string().trim().max(200).optional() }).optional() }),
  consent: z.object(consentField)
}

type Issues = { addIssue: (issue: { code: 'custom'; path: string[]; message: string }) => void }

/** Only a 第三十二条 matter may leave the finances out. */
const checkFinanceForMatter = (form: { matter: AidMatterId; finance: { kind: string } }, ctx: Issues) => {
  if (form.finance.kind === 'not-required' && !AID_MATTERS.find((m) => m.id === form.matter)?.hardshipExempt)
    ctx.addIssue({ code: 'custom', path: ['finance'], message: '这件事要说明家里的经济情况，或者选择不用审查的情况' })
}

export const CreateAidSchema = z
  .object({
    ...commonFields,
    ...AID_STEP_SCHEMAS.matter.shape,
    ...AID_STEP_SCHEMAS.finance.shape,
    ...AID_STEP_SCHEMAS.promise.shape,
    ...AID_STEP_SCHEMAS.materials.shape,
    ...AID_STEP_SCHEMAS.urgent.shape
  })
  .superRefine(checkFinanceForMatter)
export type CreateAid = z.input<typeof CreateAidSchema>

/** The township names are checked against the county file by the cloud (the schema cannot know the county). */
export const CreateMediationSchema = z.object({
  ...commonFields,
  category: z.string().trim().min(1, '请选择纠纷的种类').max(20, '纠纷种类不对'),
  township: text('事情发生的乡镇', 1, 10),
  otherParty: z
    .object({
      name: z.string().trim().max(20, '对方姓名不能超过 20 个字').optional(),
      contact: z.string().trim().max(40, '联系方式不能超过 40 个字').optional()
    })
    .optional()
})
export type CreateMediation = z.input<typeof CreateMediationSchema>

export const ByApplicationSchema = z.object({ id: applicationId })
export const ListMineApplicationsSchema = z.object(Pagination)
export const WithdrawSchema = z.object({ id: applicationId, reason: text('撤回的原因', 2, 200) })
/** Adds materials; when staff asked for some, this is the answer (with an optional note). */
export const AddMaterialsSchema = z.object({
  id: applicationId,
  clientRequestId,
  materials: newMaterials.min(1, '请至少选择一个文件'),
  note: z.string().trim().max(500, '说明不能超过 500 个字').optional()
})
export const MaterialLinkSchema = z.object({ id: applicationId, materialId })
export const SetApplicationFollowSchema = z.object({ id: applicationId, allowed: z.boolean() })

// Staff
export const ApplicationQueueSchema = z.object({
  kind: z.enum(APPLICATION_KINDS),
  status: z.enum([...new Set([...AID_STATUSES, ...MEDIATION_STATUSES])] as [ApplicationStatus, ...ApplicationStatus[]]).optional(),
  ...Pagination
})
export const RequestMaterialsSchema = z.object({ id: applicationId, text: text('要补充的材料', 4, 1000) })
export const GrantSchema = z.object({
  id: applicationId,
  /** 先行提供法律援助 (第四十四条): granted before the review is complete; only for urgent applications. */
  first: z.boolean().default(false)
})
export const AssignSchema = z.object({
  id: applicationId,
  assignee: z.object({
    kind: z.enum(['lawyer', 'station'], { error: '请选择承办人是律师还是服务站' }),
    name: text('承办人', 2, 40),
    phone: z
      .string()
      .trim()
      .regex(/^[0-9-]{5,20}$/, '电话号码只能有数字和“-”')
      .optional()
  })
})
export const RefuseSchema = z.object({ id: applicationId, reason: text('不予援助的理由', 10, 1000) })
export const CloseApplicationSchema = z.object({ id: applicationId, note: z.string().trim().max(500).optional() })
export const DeclineMediationSchema = z.object({ id: applicationId, reason: text('不受理的原因', 4, 500) })
export const MediationOutcomeSchema = z.object({
  id: applicationId,
  outcome: z.enum(['succeeded', 'failed'], { error: '请选择调解结果' }),
  note: text('结果说明', 4, 1000)
})

// Views
export interface MaterialView {
  id: string
  kind: MaterialKindId
  name: string
  type: MaterialType
  bytes: number
  addedAt: string
}

export interface ApplicationEventView {
  at: string
  kind: ApplicationEventKind
  /** Plain words for the citizen, e.g. 工作人员请您补充材料：工资条. */
  text: string
}

export interface ApplicationSummary {
  id: string
  ticket: string
  kind: ApplicationKind
  status: ApplicationStatus
  statusLabel: string
  /** The aid matter or the mediation category, in words. */
  title: string
  createdAt: string
  /** The status changed since the citizen last opened it. */
  unseen: boolean
}

export interface AidDetail {
  matter: AidMatterId
  finance: z.infer<typeof FinanceSchema>
  urgent?: { reason: UrgentReasonId; note?: string }
  materials: MaterialView[]
  decideBy: string
  materialsRequest?: { at: string; text: string; dueAt: string; suppliedAt?: string }
  decision?: { at: string; granted: boolean; reason?: string; first?: boolean }
  appointBy?: string
  assignee?: { kind: 'lawyer' | 'station'; name: string; phone?: string; at: string }
  /** Refused: how to object (第四十九条). */
  objection?: string
}

export interface MediationDetail {
  category: string
  township: string
  committee: string
  otherParty?: { name?: string; contact?: string }
  outcome?: { kind: MediationOutcomeId; label: string; meaning: string; next: string; note: string; at: string }
}

export interface ApplicationDetail extends ApplicationSummary {
  applicant: z.infer<typeof ApplicationApplicantSchema>
  onBehalf?: z.infer<typeof OnBehalfSchema>
  description: string
  fromConsultationId?: string
  /** What happens next / what the citizen must do, in plain words. */
  nextStep: string
  events: ApplicationEventView[]
  handlerName?: string
  /** Staff views only: who holds it, so a page knows whether it is the reader's own. */
  handler?: { openid: string; name: string }
  familyFollow: boolean
  aid?: AidDetail
  mediation?: MediationDetail
}

export interface ListMineApplicationsResult {
  items: ApplicationSummary[]
  total: number
  /** Changed since the citizen last opened them (the badge on 我的申请). */
  unseenCount: number
}

export interface MaterialLink {
  url: string
  expiresAt: string
  name: string
  type: MaterialType
}

export interface StaffApplicationItem extends ApplicationSummary {
  applicantName: string
  /** Home township (aid) or where it happened (mediation). */
  township: string
  handler?: { openid: string; name: string }
  urgent?: { reason: UrgentReasonId; note?: string }
  /** The clock that matters now: decide by, appoint by, or the citizen's supplement due day. */
  clock?: { kind: 'decide' | 'appoint' | 'supplement'; dueAt: string }
}

export interface StaffApplicationsResult {
  items: StaffApplicationItem[]
  total: number
  counts: Partial<Record<ApplicationStatus, number>>
}

export const applyContract = {
  // Citizen
  createAid: action<ApplicationDetail>()(CreateAidSchema),
  createMediation: action<ApplicationDetail>()(CreateMediationSchema),
  listMine: action<ListMineApplicationsResult>()(ListMineApplicationsSchema),
  getMine: action<ApplicationDetail>()(ByApplicationSchema),
  addMaterials: action<ApplicationDetail>()(AddMaterialsSchema),
  withdraw: action<ApplicationDetail>()(WithdrawSchema),
  materialLink: action<MaterialLink>()(MaterialLinkSchema),
  setFamilyFollow: action<ApplicationDetail>()(SetApplicationFollowSchema),
  // Staff (the legal aid centre for aid; a township's mediation staff for mediation)
  queue: action<StaffApplicationsResult>()(ApplicationQueueSchema),
  get: action<ApplicationDetail>()(ByApplicationSchema),
  claim: action<ApplicationDetail>()(ByApplicationSchema),
  requestMaterials: action<ApplicationDetail>()(RequestMaterialsSchema),
  grant: action<ApplicationDetail>()(GrantSchema),
  assign: action<ApplicationDetail>()(AssignSchema),
  refuse: action<ApplicationDetail>()(RefuseSchema),
  deemWithdrawn: action<ApplicationDetail>()(ByApplicationSchema),
  close: action<ApplicationDetail>()(CloseApplicationSchema),
  accept: action<ApplicationDetail>()(ByApplicationSchema),
  decline: action<ApplicationDetail>()(DeclineMediationSchema),
  recordOutcome: action<ApplicationDetail>()(MediationOutcomeSchema),
  staffMaterialLink: action<MaterialLink>()(MaterialLinkSchema)
}

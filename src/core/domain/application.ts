/**
 * An application as the cloud keeps it: a legal-aid application (申请法律援助) or a request for
 * people's mediation (人民调解). Both have a ticket a relative can follow, an owner, a status,
 * a timeline and the staff member handling it; each kind has its own section. Pure data,
 * shared by the rules (application-rules.ts) and the Store port.
 *
 * Legal aid:  submitted ⇄ awaiting_materials;  submitted → granted → assigned → closed;
 *             submitted → refused;  submitted | awaiting_materials → withdrawn
 * Mediation:  submitted → accepted → succeeded | failed;  submitted → declined;
 *             submitted | accepted → withdrawn
 */
import type { AidMatterId, HardshipExemptionId, UrgentReasonId } from './legal-aid-law'
import type { MediationOutcomeId } from './mediation-law'

export const APPLICATION_KINDS = ['aid', 'mediation'] as const
export type ApplicationKind = (typeof APPLICATION_KINDS)[number]

export const AID_STATUSES = ['submitted', 'awaiting_materials', 'granted', 'assigned', 'refused', 'withdrawn', 'closed'] as const
export type AidStatus = (typeof AID_STATUSES)[number]

export const MEDIATION_STATUSES = ['submitted', 'accepted', 'succeeded', 'failed', 'declined', 'withdrawn'] as const
export type MediationStatus = (typeof MEDIATION_STATUSES)[number]

export type ApplicationStatus = AidStatus | MediationStatus

/** What a file is for: the applicant's ID, proof of hardship or of the exemption, evidence, anything else. */
export const MATERIAL_KINDS = [
  { id: 'id-card', label: '身份证' },
  { id: 'hardship', label: '经济困难或免查的证明' },
  { id: 'evidence', label: '证据（工资条、聊天记录、欠条、病历等）' },
  { id: 'other', label: '其他材料' }
] as const
export type MaterialKindId = (typeof MATERIAL_KINDS)[number]['id']

/** File types accepted, recognised by the file's first bytes (never by its name). */
export const MATERIAL_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'] as const
export type MaterialType = (typeof MATERIAL_TYPES)[number]
export const MAX_MATERIALS = 10
export const MAX_MATERIAL_BYTES = 10 * 1024 * 1024

/** One file attached to an application. The file itself lives in the file store under `fileKey`. */
export interface Material {
  id: string
  kind: MaterialKindId
  /** Shown to people: made by the cloud (e.g. 证据 3.jpg), never the name the phone sent. */
  name: string
  type: MaterialType
  bytes: number
  /** The file store's key (CloudBase fileID, or the local cloud's file id). Never sent to a client. */
  fileKey: string
  addedAt: string
}

export interface ApplicationEvent {
  at: string
  kind: ApplicationEventKind
  actor: 'citizen' | 'staff' | 'system'
  /** Words for the citizen inside the event's text (a reason, what is missing, who was appointed). */
  note?: string
}

export type ApplicationEventKind =
  | 'submitted'
  | 'material-added'
  | 'material-removed'
  | 'claimed'
  | 'materials-requested'
  | 'materials-supplied'
  | 'granted'
  | 'granted-first'
  | 'assigned'
  | 'refused'
  | 'withdrawn'
  | 'deemed-withdrawn'
  | 'closed'
  | 'accepted'
  | 'succeeded'
  | 'failed'
  | 'declined'

export interface ApplicantFacts {
  name: string
  phone: string
  /** Home township (家乡乡镇). */
  township: string
}

interface ApplicationBase {
  id: string
  ticket: string
  ownerOpenid: string
  applicant: ApplicantFacts
  onBehalf?: { personName: string; relationship: string; consentConfirmed: true }
  description: string
  /** The consultation it started from, when it did (its facts were carried over). */
  fromConsultationId?: string
  consentVersion: string
  consentedAt: string
  /** The key of the request-id record that created it (removed with it at anonymisation). */
  requestKey?: string
  createdAt: string
  updatedAt: string
  statusChangedAt: string
  citizenSeenAt: string
  /** The staff member handling it (claimed it); only they (and admins) open its files. */
  handlerOpenid?: string
  handlerName?: string
  events: ApplicationEvent[]
  /** The owner turned 家人查进度 off (absent: on, the default). */
  familyFollowOff?: boolean
  /** Set when personal data and files were removed after the retention period. */
  anonymisedAt?: string
}

export interface AidSection {
  matter: AidMatterId
  /**
   * 第四十二条 exemption chosen, the applicant's own statement of hardship (第四十一条), or
   * not asked: a 第三十二条 matter has no hardship limit.
   */
  finance: { kind: 'exempt'; exemption: HardshipExemptionId } | { kind: 'hardship'; statement: string } | { kind: 'not-required' }
  /** When the applicant agreed to the 个人诚信承诺 (第四十一条). */
  promisedAt: string
  /** 第四十四条: aid may be given first; staff see the flag on the queue. */
  urgent?: { reason: UrgentReasonId; note?: string }
  materials: Material[]
  /** The last day to decide (第四十三条: 7 days from receipt; time waiting for materials not counted). */
  decideBy: string
  /** The one request for missing materials (一次性告知): asked once, all together. */
  materialsRequest?: { at: string; text: string; dueAt: string; suppliedAt?: string }
  decision?: { at: string; granted: boolean; reason?: string; first?: boolean }
  /** Granted: the last day to appoint the 承办人 (3 days). */
  appointBy?: string
  assignee?: { kind: 'lawyer' | 'station'; name: string; phone?: string; at: string }
  closedAt?: string
}

export interface MediationSection {
  /** One of the county's categories (county file, mediationCategories). */
  category: string
  /** Where it happened: decides the committee (the township's 人民调解委员会). */
  township: string
  otherParty?: { name?: string; contact?: string }
  outcome?: { kind: MediationOutcomeId; note: string; at: string }
}

export type StoredAidApplication = ApplicationBase & { kind: 'aid'; status: AidStatus; aid: AidSection }
export type StoredMediationRequest = ApplicationBase & { kind: 'mediation'; status: MediationStatus; mediation: MediationSection }
export type StoredApplication = StoredAidApplication | StoredMediationRequest

/** Open applications are still being worked (a relative's follow and the staff queue show them). */
export const isApplicationOpen = (a: Pick<StoredApplication, 'kind' | 'status'>): boolean =>
  a.kind === 'aid' ? ['submitted', 'awaiting_materials', 'granted'].includes(a.status) : ['submitted', 'accepted'].includes(a.status)

/** Finished: nothing more happens to it, so after the retention period its personal data may go. */
export const isApplicationFinished = (a: Pick<StoredApplication, 'kind' | 'status'>): boolean =>
  a.kind === 'aid' ? ['refused', 'withdrawn', 'closed'].includes(a.status) : ['succeeded', 'failed', 'declined', 'withdrawn'].includes(a.status)

/**
 * The retention period runs from here: the end, or the appointment of the 承办人 — the case file
 * then lives with them, and an assigned case nobody marks 办结 must not keep data for ever.
 */
export const startsRetention = (a: Pick<StoredApplication, 'kind' | 'status'>): boolean => isApplicationFinished(a) || a.status === 'assigned'

/** Ticket letters after the county prefix: HSY-20261201-0001 is legal aid (援), HST-… mediation (调). */
export const TICKET_SUFFIX: Record<ApplicationKind, string> = { aid: 'Y', mediation: 'T' }

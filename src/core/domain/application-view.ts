/**
 * How an application reads: each status's words for the citizen and for a relative, each
 * timeline event, the next step, and the views the cloud answers (summary, detail, staff
 * queue item). A view never carries a file store key, an OPENID of the citizen, or anything
 * of the staff side the citizen should not see.
 * Pure: no store, no clock (the time comes in), no platform.
 */
import type { ApplicationDetail, ApplicationSummary, MaterialView, StaffApplicationItem } from '../contracts/apply'
import type { County } from '../county/schema'
import type {
  ApplicationEventKind,
  ApplicationKind,
  ApplicationStatus,
  Material,
  MaterialKindId,
  MaterialType,
  StoredApplication,
  StoredMediationRequest as StoredMediation
} from './application'
import { clockOf } from './application-clocks'
import { aidMatterOf, objectionText } from './legal-aid-law'
import { committeeOf, mediationOutcomeOf } from './mediation-law'
import { maskPhone } from './phone'
import { formatShanghaiDate } from './time'

export interface StatusText {
  label: string
  /** What it means, said to a relative (third person). */
  meaning: string
  /** What happens next, said to a relative; the applicant's own page says it to them (nextStepOf). */
  next: string
}

const WITHDRAWN: StatusText = { label: '已撤回', meaning: '申请已经撤回', next: '需要时可以重新申请，或拨打 12348' }

export const STATUS_TEXTS: { aid: Record<string, StatusText>; mediation: Record<string, StatusText> } = {
  aid: {
    submitted: { label: '审查中', meaning: '法律援助中心已经收到申请，正在审查', next: '收到申请后 7 天内会作出决定（法律援助法第四十三条）' },
    awaiting_materials: { label: '等补充材料', meaning: '法律援助中心请申请人补充材料', next: '请提醒申请人打开小程序，看要补什么，按时补上' },
    granted: { label: '同意援助', meaning: '法律援助中心决定给予法律援助', next: '3 天内会指派律师或服务站来办（法律援助法第四十三条）' },
    assigned: { label: '已指派承办人', meaning: '已经指派了律师或服务站来办这件事', next: '承办人会联系申请人，请提醒申请人保持电话畅通' },
    refused: {
      label: '不予援助',
      meaning: '法律援助中心决定不给予法律援助',
      next: '申请人可以在小程序里看理由；不同意可以向司法局提出异议（法律援助法第四十九条）'
    },
    withdrawn: WITHDRAWN,
    closed: { label: '已办结', meaning: '这件法律援助已经办完', next: '还有新的问题，可以预约咨询或拨打 12348' }
  },
  mediation: {
    submitted: { label: '已提交', meaning: '调解申请已经送到乡镇的人民调解委员会', next: '调解委员会会先问问双方愿不愿意调解。调解不收费' },
    accepted: { label: '已受理', meaning: '人民调解委员会受理了这个纠纷', next: '调解员会联系申请人约时间，请提醒申请人保持电话畅通' },
    succeeded: {
      label: mediationOutcomeOf('succeeded').label,
      meaning: '双方达成了调解协议',
      next: '双方要按协议去做；申请人可以在小程序里看怎么申请法院确认'
    },
    failed: { label: mediationOutcomeOf('failed').label, meaning: '这次调解没能让双方达成一致', next: '还可以通过仲裁或者到法院起诉解决，也可以预约法律咨询' },
    declined: { label: mediationOutcomeOf('declined').label, meaning: '调解委员会没有受理这个纠纷', next: '申请人可以在小程序里看原因和别的解决办法' },
    withdrawn: WITHDRAWN
  }
}

export const statusTextOf = (kind: ApplicationKind, status: ApplicationStatus): StatusText => STATUS_TEXTS[kind][status]

const EVENT_TEXT: Record<ApplicationEventKind, string> = {
  submitted: '您提交了申请',
  'material-added': '您添加了材料',
  'material-removed': '材料已经删除',
  claimed: '工作人员开始审查您的申请',
  'materials-requested': '工作人员请您补充材料',
  'materials-supplied': '您补充了材料',
  granted: '法律援助中心决定给予法律援助',
  'granted-first': '情况紧急，法律援助中心先给予法律援助，材料可以后面再补（法律援助法第四十四条）',
  assigned: '已经指派承办人',
  refused: '法律援助中心决定不予法律援助',
  withdrawn: '您撤回了申请',
  'deemed-withdrawn': '没有在期限内补充材料，申请按撤回处理（法律援助法第四十三条）',
  closed: '法律援助已经办完',
  accepted: '人民调解委员会受理了您的申请',
  succeeded: '调解成功',
  failed: '调解没有成功',
  declined: '人民调解委员会不受理'
}

export const applicationEventText = (kind: ApplicationEventKind, note?: string): string => (note ? `${EVENT_TEXT[kind]}：${note}` : EVENT_TEXT[kind])

/** Staff's own words end a sentence of ours: their last full stop would make two. */
const withoutFinalStop = (text: string): string => text.replace(/[。.]+$/, '')

/** What the applicant must do or can expect next, in their own terms (with the days that apply). */
export const nextStepOf = (a: StoredApplication): string => {
  if (a.kind === 'aid') {
    const { aid } = a
    switch (a.status) {
      case 'submitted':
        return `法律援助中心会在 ${formatShanghaiDate(aid.decideBy)} 前作出决定，并告诉您结果。您不用再跑一趟。`
      case 'awaiting_materials':
        return `请在 ${formatShanghaiDate(aid.materialsRequest!.dueAt)} 前补充：${withoutFinalStop(aid.materialsRequest!.text)}。到时候还没补上，申请会按撤回处理（法律援助法第四十三条）。`
      case 'granted':
        return `法律援助中心同意给您法律援助，会在 ${formatShanghaiDate(aid.appointBy!)} 前指派律师或服务站来办，并告诉您怎么联系。`
      case 'assigned':
        return `${aid.assignee!.name}会联系您。${aid.assignee!.phone ? `您也可以打 ${aid.assignee!.phone} 找他们。` : ''}请保持电话畅通。`
      case 'refused':
        return '请看下面写的理由。不同意这个决定，可以提出异议。'
      case 'withdrawn':
        return WITHDRAWN.next
      case 'closed':
        return STATUS_TEXTS.aid.closed.next
    }
  }
  const { mediation } = a
  switch (a.status) {
    case 'submitted':
      return `申请已经送到${committeeOf(mediation.township)}。调解员会先问问双方愿不愿意调解，再联系您。调解不收费。`
    case 'accepted':
      return '调解员会联系您约时间，请保持电话畅通。'
    case 'succeeded':
    case 'failed':
    case 'declined':
      return mediationOutcomeOf(a.status).next
    case 'withdrawn':
      return WITHDRAWN.next
  }
  return ''
}

/** Short words for a material's kind in the names the cloud makes (身份证 1.jpg, 证据 3.pdf). */
const MATERIAL_NAME: Record<MaterialKindId, string> = { 'id-card': '身份证', hardship: '经济情况证明', evidence: '证据', other: '其他材料' }
const EXTENSION: Record<MaterialType, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp', 'application/pdf': 'pdf' }

/** The name shown for the `n`th file of a kind: made by the cloud, never the phone's file name. */
export const materialName = (kind: MaterialKindId, n: number, type: MaterialType): string => `${MATERIAL_NAME[kind]} ${n}.${EXTENSION[type]}`

const materialView = ({ id, kind, name, type, bytes, addedAt }: Material): MaterialView => ({ id, kind, name, type, bytes, addedAt })

const outcomeView = ({ kind, note, at }: NonNullable<StoredMediation['mediation']['outcome']>) => {
  const { label, meaning, next } = mediationOutcomeOf(kind)
  return { kind, label, meaning, next, note, at }
}

type ViewCounty = Pick<County, 'name' | 'mediationCategories'>

const titleOf = (a: StoredApplication, county: ViewCounty): string =>
  a.kind === 'aid' ? aidMatterOf(a.aid.matter).label : (county.mediationCategories.find((c) => c.id === a.mediation.category)?.label ?? a.mediation.category)

export const applicationSummaryOf = (a: StoredApplication, county: ViewCounty): ApplicationSummary => ({
  id: a.id,
  ticket: a.ticket,
  kind: a.kind,
  status: a.status,
  statusLabel: statusTextOf(a.kind, a.status).label,
  title: titleOf(a, county),
  createdAt: a.createdAt,
  unseen: a.statusChangedAt > a.citizenSeenAt
})

/**
 * The application as its owner (or staff) reads it. Listed field by field: the file keys, the
 * owner's OPENID and the request key never leave the cloud. Staff who do not hold it see the
 * phone masked.
 */
export const applicationDetailOf = (
  a: StoredApplication,
  county: ViewCounty,
  options: { maskPhone?: boolean; forStaff?: boolean } = {}
): ApplicationDetail => ({
  ...applicationSummaryOf(a, county),
  applicant: options.maskPhone ? { ...a.applicant, phone: maskPhone(a.applicant.phone) } : a.applicant,
  ...(a.onBehalf ? { onBehalf: a.onBehalf } : {}),
  description: a.description,
  ...(a.fromConsultationId ? { fromConsultationId: a.fromConsultationId } : {}),
  nextStep: nextStepOf(a),
  events: a.events.map((e) => ({ at: e.at, kind: e.kind, text: applicationEventText(e.kind, e.note) })),
  ...(a.handlerName ? { handlerName: a.handlerName } : {}),
  ...(options.forStaff && a.handlerOpenid ? { handler: { openid: a.handlerOpenid, name: a.handlerName ?? '' } } : {}),
  familyFollow: !a.familyFollowOff,
  ...(a.kind === 'aid'
    ? {
        aid: {
          matter: a.aid.matter,
          finance: a.aid.finance,
          ...(a.aid.urgent ? { urgent: a.aid.urgent } : {}),
          materials: a.aid.materials.map(materialView),
          decideBy: a.aid.decideBy,
          ...(a.aid.materialsRequest ? { materialsRequest: a.aid.materialsRequest } : {}),
          ...(a.aid.decision ? { decision: a.aid.decision } : {}),
          ...(a.aid.appointBy ? { appointBy: a.aid.appointBy } : {}),
          ...(a.aid.assignee ? { assignee: a.aid.assignee } : {}),
          ...(a.status === 'refused' ? { objection: objectionText(county.name) } : {})
        }
      }
    : {
        mediation: {
          category: a.mediation.category,
          township: a.mediation.township,
          committee: committeeOf(a.mediation.township),
          ...(a.mediation.otherParty ? { otherParty: a.mediation.otherParty } : {}),
          ...(a.mediation.outcome ? { outcome: outcomeView(a.mediation.outcome) } : {})
        }
      })
})

/** A row of the staff list: the flag and the clock that matters now; the phone is not on it. */
export const staffApplicationItemOf = (a: StoredApplication, county: ViewCounty): StaffApplicationItem => {
  const clock = clockOf(a)
  const urgent = a.kind === 'aid' ? a.aid.urgent : undefined
  return {
    ...applicationSummaryOf(a, county),
    unseen: false,
    applicantName: a.applicant.name,
    township: a.kind === 'aid' ? a.applicant.township : a.mediation.township,
    ...(a.handlerOpenid ? { handler: { openid: a.handlerOpenid, name: a.handlerName ?? '' } } : {}),
    ...(urgent ? { urgent } : {}),
    ...(clock ? { clock } : {})
  }
}

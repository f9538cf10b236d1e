/**
 * 家人查进度: a relative who has the ticket number and the last four digits of the applicant's
 * phone sees where a consultation, a legal-aid application or a mediation request stands — its status, what that means, the next step and when
 * it last changed — and nothing personal. Guessing is limited: wrong answers are counted per
 * ticket and per caller in fixed one-hour windows, and a key with too many is locked for an
 * hour. A ticket that does not exist, a wrong number and a case whose owner turned following
 * off all get the same answer and all count, so the answers reveal nothing.
 * Pure: no store, no clock (the time comes in), no platform.
 */
import type { StoredApplication } from './application'
import { statusTextOf } from './application-view'
import type { ConsultStatus } from './consult-status'
import type { StoredConsultation } from './consultation'

/** Wrong answers for one ticket within a window before that ticket is locked. */
export const FOLLOW_TICKET_LIMIT = 5
/** Wrong answers from one caller (any tickets) within a window before that caller is locked. */
export const FOLLOW_CALLER_LIMIT = 20
export const FOLLOW_WINDOW_MS = 60 * 60 * 1000
export const FOLLOW_LOCK_MS = 60 * 60 * 1000

/** The counter of wrong answers for one key (a ticket or a caller), stored by that key. */
export interface FollowGuard {
  key: string
  failures: number
  windowStart: string
  lockedUntil?: string
}

export const isLocked = (guard: FollowGuard | null, at: string): boolean => Boolean(guard?.lockedUntil && Date.parse(at) < Date.parse(guard.lockedUntil))

/** The guard after one more wrong answer at `at`: a new window when the last one is over, locked at the limit. */
export const afterWrongAnswer = (key: string, guard: FollowGuard | null, limit: number, at: string): FollowGuard => {
  const fresh = !guard || Date.parse(at) - Date.parse(guard.windowStart) >= FOLLOW_WINDOW_MS
  const failures = fresh ? 1 : guard.failures + 1
  const windowStart = fresh ? at : guard.windowStart
  return failures >= limit
    ? { key, failures, windowStart, lockedUntil: new Date(Date.parse(at) + FOLLOW_LOCK_MS).toISOString() }
    : { key, failures, windowStart }
}

/** How a relative reads each status: what it means and what happens next (the applicant's own page says it to them). */
export const FAMILY_STATUS_TEXT: Record<ConsultStatus, { label: string; meaning: string; next: string }> = {
  submitted: { label: '已提交', meaning: '申请已经收到，工作人员正在核对内容', next: '核对后会排队处理，请耐心等待' },
  queued: { label: '排队中', meaning: '正在排队，等工作人员处理', next: '工作人员会按约好的方式联系申请人，请提醒申请人保持电话畅通' },
  in_progress: { label: '处理中', meaning: '工作人员正在处理', next: '处理完会告诉申请人，不用重复申请' },
  awaiting_citizen: { label: '等申请人补充', meaning: '工作人员请申请人补充一些情况', next: '请提醒申请人打开小程序，看工作人员的问题并回复' },
  answered: { label: '已答复', meaning: '工作人员已经答复了申请人', next: '请申请人查看答复；还有问题可以继续留言' },
  closed: { label: '已结束', meaning: '这次咨询已经结束', next: '还有新的问题，可以重新预约或拨打 12348' },
  cancelled: { label: '已取消', meaning: '这次预约已经取消', next: '需要时可以重新预约或拨打 12348' }
}

/** What a relative is shown: the ticket they typed, the status in words, and when it last changed. Nothing else. */
export interface FamilyView {
  ticket: string
  /** A consultation's status, or an application's (application.ts): the words below say it. */
  status: string
  statusLabel: string
  meaning: string
  nextStep: string
  updatedAt: string
}

/** The case may be shown: it exists, its owner allows following, and the digits are the applicant's phone's last four. */
export const mayFollow = (c: { applicant: { phone: string }; familyFollowOff?: boolean; anonymisedAt?: string } | null, phoneLast4: string): boolean =>
  Boolean(c && !c.familyFollowOff && !c.anonymisedAt && c.applicant.phone.length === 11 && c.applicant.phone.endsWith(phoneLast4))

export const familyView = (c: Pick<StoredConsultation, 'ticket' | 'status' | 'statusChangedAt'>): FamilyView => {
  const text = FAMILY_STATUS_TEXT[c.status]
  return { ticket: c.ticket, status: c.status, statusLabel: text.label, meaning: text.meaning, nextStep: text.next, updatedAt: c.statusChangedAt }
}

/** The same view of an application: its kind's words for the status (application-view.ts). */
export const familyViewOfApplication = (a: Pick<StoredApplication, 'ticket' | 'kind' | 'status' | 'statusChangedAt'>): FamilyView => {
  const text = statusTextOf(a.kind, a.status)
  return { ticket: a.ticket, status: a.status, statusLabel: text.label, meaning: text.meaning, nextStep: text.next, updatedAt: a.statusChangedAt }
}

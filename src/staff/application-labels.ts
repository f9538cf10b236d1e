/**
 * How the staff pages name applications: statuses from the staff side, the urgent flag of
 * 第四十四条 and the clock that matters now, always in words (colour only repeats them).
 */
import type { StaffApplicationItem } from '@/core/contracts/apply'
import type { AidStatus, ApplicationKind, ApplicationStatus, MediationStatus } from '@/core/domain/application'
import { AID_MATTERS, URGENT_REASONS, type UrgentReasonId } from '@/core/domain/legal-aid-law'
import { formatShanghaiClock, formatShanghaiDate, shanghaiDate } from '@/core/domain/time'

export const KIND_LABEL: Record<ApplicationKind, string> = { aid: '法律援助申请', mediation: '人民调解' }

export const AID_STATUS_LABEL: Record<AidStatus, string> = {
  submitted: '待审查',
  awaiting_materials: '等群众补充材料',
  granted: '已准予，待指派',
  assigned: '已指派承办人',
  refused: '不予援助',
  withdrawn: '已撤回',
  closed: '已办结'
}

export const MEDIATION_STATUS_LABEL: Record<MediationStatus, string> = {
  submitted: '待受理',
  accepted: '调解中',
  succeeded: '调解成功',
  failed: '调解未成功',
  declined: '不受理',
  withdrawn: '已撤回'
}

/** `submitted` means 待审查 for aid and 待受理 for mediation. */
export const applicationStatusLabel = (kind: ApplicationKind, status: ApplicationStatus): string =>
  kind === 'aid' ? (AID_STATUS_LABEL[status as AidStatus] ?? status) : (MEDIATION_STATUS_LABEL[status as MediationStatus] ?? status)

/** 紧急：离起诉、仲裁或复议的最后期限不到 7 天（第四十四条第一项）. */
export const urgentText = (urgent: { reason: UrgentReasonId; note?: string }): string => {
  const reason = URGENT_REASONS.find((r) => r.id === urgent.reason)
  const words = reason ? `${reason.label}（法律援助法${reason.article}）` : urgent.reason
  return `紧急：${words}${urgent.note ? `。${urgent.note}` : ''}`
}

export const aidMatterText = (id: string): string => {
  const matter = AID_MATTERS.find((m) => m.id === id)
  return matter ? `${matter.label}（${matter.article}）` : id
}

type Clock = NonNullable<StaffApplicationItem['clock']>

/** How each clock is read: what it counts down to, and what it means once passed. */
const CLOCK_WORDS: Record<Clock['kind'], { name: string; due: string; passed: string }> = {
  decide: { name: '审查期限', due: '到期', passed: '已超期' },
  appoint: { name: '指派期限', due: '到期', passed: '已超期' },
  supplement: { name: '补充材料', due: '截止', passed: '已过截止日' }
}

const DAY_MS = 24 * 60 * 60_000
/** Whole Shanghai calendar days from one instant's date to the other's. */
const daysBetween = (from: Date, to: Date): number => Math.round((Date.parse(shanghaiDate(to)) - Date.parse(shanghaiDate(from))) / DAY_MS)

/**
 * 审查期限还剩 3 天（12月8日到期）, 审查期限今天 15:00 到期, 审查期限已超期 2 天;
 * 补充材料还剩 5 天（…截止）, 补充材料已过截止日 1 天. Counted in calendar days in Shanghai.
 */
export const clockText = (clock: Clock, now: Date = new Date()): string => {
  const words = CLOCK_WORDS[clock.kind]
  const due = new Date(clock.dueAt)
  const days = daysBetween(now, due)
  if (now.getTime() > due.getTime()) {
    return days === 0 ? `${words.name}今天 ${formatShanghaiClock(due)} ${words.due}，${words.passed}` : `${words.name}${words.passed} ${-days} 天`
  }
  if (days === 0) return `${words.name}今天 ${formatShanghaiClock(due)} ${words.due}`
  return `${words.name}还剩 ${days} 天（${formatShanghaiDate(due)}${words.due}）`
}

/** Red when passed, amber on the last day, as the consultation queue's colours. */
export const clockState = (clock: Clock, now: Date = new Date()): 'on-time' | 'amber' | 'red' => {
  const due = new Date(clock.dueAt)
  if (now.getTime() > due.getTime()) return 'red'
  return daysBetween(now, due) <= 1 ? 'amber' : 'on-time'
}

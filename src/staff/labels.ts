/**
 * How the workbench names things. Staff read the same statuses as citizens, but from the
 * other side: 需要您补充 is 等群众补充 here. Lateness is always said in words; the colour
 * only repeats it.
 */
import { CHANNELS, type ChannelId } from '@/core/contracts/consult'
import { OUTCOMES, STAFF_KINDS, type OutcomeId, type SlaState, type StaffKind, type StaffProfile } from '@/core/contracts/staff'
import { county } from '@/core/county/current'
import type { ServicePoint } from '@/core/county/schema'
import { applicationScopeOf } from '@/core/domain/application-rules'
import type { ConsultStatus } from '@/core/domain/consult-status'
import { formatShanghaiTime } from '@/core/domain/time'
import { nameOfPoint } from './hooks/use-store-points'

export const STAFF_STATUS_LABEL: Record<ConsultStatus, string> = {
  submitted: '待核对',
  queued: '排队中',
  in_progress: '处理中',
  awaiting_citizen: '等群众补充',
  answered: '已答复',
  closed: '已结束',
  cancelled: '已取消'
}

export const SLA_LABEL: Record<SlaState, string> = { 'on-time': '按时', amber: '快到期', red: '已超时' }

export const kindLabel = (kind: StaffKind): string => STAFF_KINDS.find((k) => k.id === kind)?.label ?? kind

export const outcomeLabel = (id: OutcomeId | string): string => OUTCOMES.find((o) => o.id === id)?.label ?? id

export const channelName = (id: ChannelId | string): string => CHANNELS.find((c) => c.id === id)?.label ?? id

/** The points a staff member covers, in words (names from the store's list of points). */
export const coverageText = (profile: Pick<StaffProfile, 'pointIds'>, points: readonly ServicePoint[]): string =>
  profile.pointIds.length === 0 ? '所有服务点' : profile.pointIds.map((id) => nameOfPoint(points, id)).join('、')

/** Which applications a member handles, in words, by the cloud's own scope rule (application-rules.ts). */
export const applicationCoverageText = (profile: Pick<StaffProfile, 'role' | 'pointIds' | 'townships'>): string => {
  const scope = applicationScopeOf(profile, county.booking.callbackPointId)
  const mediation = scope.townships === null ? '所有乡镇的人民调解' : scope.townships.length > 0 ? `${scope.townships.join('、')}的人民调解` : null
  const parts = [...(scope.aid ? ['法律援助申请'] : []), ...(mediation ? [mediation] : [])]
  return parts.length > 0 ? parts.join('、') : '不处理申请'
}

/** 2 小时 5 分, 40 分 — working time, rounded to the minute. */
export const durationText = (minutes: number): string => {
  const m = Math.round(Math.abs(minutes))
  const hours = Math.floor(m / 60)
  const rest = m % 60
  if (hours === 0) return `${rest} 分钟`
  return rest === 0 ? `${hours} 小时` : `${hours} 小时 ${rest} 分钟`
}

/**
 * 还剩 2 小时 / 超时 40 分钟 (working time). Out of working hours the clock is stopped, so it
 * says when work starts: 12月2日 09:00 上班后还剩 2 小时, or 上班时就到期.
 */
export const timeLeftText = (minutesLeft: number, clockStopsUntil?: Date): string => {
  if (minutesLeft < 0) return `超时 ${durationText(minutesLeft)}`
  if (!clockStopsUntil) return `还剩 ${durationText(minutesLeft)}`
  const start = formatShanghaiTime(clockStopsUntil)
  return minutesLeft === 0 ? `${start} 上班时就到期` : `${start} 上班后还剩 ${durationText(minutesLeft)}`
}

/** Percent with no decimals, or 暂无. */
export const percentText = (share: number | null): string => (share === null ? '暂无' : `${Math.round(share * 100)}%`)

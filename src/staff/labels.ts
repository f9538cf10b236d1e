/**
 * How the workbench names things. Staff read the same statuses as citizens, but from the
 * other side: 需要您补充 is 等群众补充 here. Lateness is always said in words; the colour
 * only repeats it.
 */
import { CHANNELS, type ChannelId } from '@/core/contracts/consult'
import { OUTCOMES, STAFF_KINDS, type OutcomeId, type SlaState, type StaffKind, type StaffProfile } from '@/core/contracts/staff'
import { county } from '@/core/county/current'
import type { ConsultStatus } from '@/core/domain/consult-status'

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

export const pointName = (id: string): string => county.servicePoints.find((p) => p.id === id)?.name ?? id

/** The points a staff member covers, in words. */
export const coverageText = (profile: Pick<StaffProfile, 'pointIds'>): string =>
  profile.pointIds.length === 0 ? '所有服务点' : profile.pointIds.map(pointName).join('、')

/** 2 小时 5 分, 40 分 — working time, rounded to the minute. */
export const durationText = (minutes: number): string => {
  const m = Math.round(Math.abs(minutes))
  const hours = Math.floor(m / 60)
  const rest = m % 60
  if (hours === 0) return `${rest} 分钟`
  return rest === 0 ? `${hours} 小时` : `${hours} 小时 ${rest} 分钟`
}

/** 还剩 2 小时 / 超时 40 分钟 (working time). */
export const timeLeftText = (minutesLeft: number): string =>
  minutesLeft >= 0 ? `还剩 ${durationText(minutesLeft)}` : `超时 ${durationText(minutesLeft)}`

/** What each audit entry's action code means. Unknown codes are shown as they are. */
const AUDIT_ACTION_LABEL: Record<string, string> = {
  view: '查看案件',
  claim: '领取',
  release: '放回队列',
  reply: '答复',
  ask: '请群众补充',
  note: '内部备注',
  'callback.reached': '回电打通了',
  'callback.missed': '回电没打通',
  'handover.point': '转交给服务点',
  'handover.staff': '转交给工作人员',
  close: '结案',
  'review.approve': '审核通过',
  'review.reject': '审核不通过',
  'invite.create': '创建邀请码',
  'invite.redeem': '用邀请码加入',
  'invite.revoke': '撤销邀请码',
  'staff.remove': '移除工作人员',
  'stats.export': '导出统计',
  'tips.save': '保存小贴士',
  'consult.follow.shown': '家人查进度：查到了',
  'consult.follow.refused': '家人查进度：单号或手机号没对上',
  'consult.follow.locked': '家人查进度：试错太多，已锁定'
}

export const auditActionLabel = (action: string): string => AUDIT_ACTION_LABEL[action] ?? action

/** Percent with no decimals, or 暂无. */
export const percentText = (share: number | null): string => (share === null ? '暂无' : `${Math.round(share * 100)}%`)

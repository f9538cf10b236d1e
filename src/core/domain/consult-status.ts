/**
 * The life of a consultation:
 *   submitted → queued → in_progress ⇄ awaiting_citizen → answered → closed
 * `submitted` is a request held for a staff check (its text could not be cleared); any open
 * one can be cancelled by the citizen or closed by staff with an outcome (withdrawn,
 * unreachable…); a case handed over to another point goes back to the queue from any working
 * status. Every move not listed here is refused.
 */
export const STATUSES = ['submitted', 'queued', 'in_progress', 'awaiting_citizen', 'answered', 'closed', 'cancelled'] as const
export type ConsultStatus = (typeof STATUSES)[number]

const NEXT: Record<ConsultStatus, readonly ConsultStatus[]> = {
  submitted: ['queued', 'cancelled', 'closed'],
  queued: ['in_progress', 'cancelled'],
  in_progress: ['queued', 'awaiting_citizen', 'answered', 'cancelled', 'closed'],
  awaiting_citizen: ['in_progress', 'queued', 'cancelled', 'closed'],
  answered: ['in_progress', 'queued', 'closed'],
  closed: [],
  cancelled: []
}

export const canMove = (from: ConsultStatus, to: ConsultStatus): boolean => NEXT[from].includes(to)

export const isOpen = (status: ConsultStatus): boolean => status !== 'closed' && status !== 'cancelled'

import type { ChannelId } from '../contracts/consult'

/** How a citizen reads each status, and what happens next (see nextStepText for the channel's own words). */
export const STATUS_TEXT: Record<ConsultStatus, { label: string; next: string }> = {
  submitted: { label: '已提交', next: '工作人员核对内容后会尽快排队处理' },
  queued: { label: '排队中', next: '请保持电话畅通，工作人员会按时间联系您' },
  in_progress: { label: '处理中', next: '工作人员正在处理您的问题' },
  awaiting_citizen: { label: '需要您补充', next: '请查看工作人员的问题并回复' },
  answered: { label: '已答复', next: '请查看答复；还有问题可以继续留言' },
  closed: { label: '已结束', next: '欢迎给这次服务打分' },
  cancelled: { label: '已取消', next: '需要时可以重新预约' }
}

/** While it waits, what to do depends on how the citizen will be helped: not every channel is a phone call. */
const WAITING_BY_CHANNEL: Record<ChannelId, string> = {
  phone: '请保持电话畅通，工作人员会按约好的时间给您打电话',
  video: '请在约好的时间打开微信，工作人员会和您视频通话',
  'in-person-centre': '请按约好的时间到县法律援助中心，带上身份证和有关材料',
  'in-person-station': '请按约好的时间到服务站，带上身份证和有关材料',
  written: '工作人员会写下答复，答复后这里会提醒您'
}

/** What happens next for this consultation, in the words of its channel. */
export const nextStepText = (status: ConsultStatus, channel: ChannelId, asap = false): string => {
  if (status !== 'queued') return STATUS_TEXT[status].next
  if (channel === 'phone' && asap) return '请保持电话畅通，工作人员会在上班时间尽快给您打电话'
  return WAITING_BY_CHANNEL[channel]
}

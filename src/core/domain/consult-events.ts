/** How each event of a consultation reads in the citizen's timeline. */
import type { EventKind } from '../contracts/consult'

const TEXT: Record<EventKind, string> = {
  created: '您提交了咨询',
  held: '内容需要工作人员先核对一下，核对后会马上排队',
  queued: '已经排上队，等待工作人员处理',
  claimed: '工作人员开始处理您的问题',
  released: '换一位工作人员处理，重新排队',
  asked: '工作人员请您补充一些情况',
  'citizen-replied': '您补充了情况',
  answered: '工作人员已经答复',
  rescheduled: '您改了时间',
  cancelled: '您取消了咨询',
  rated: '您给这次服务打了分',
  closed: '咨询已结束',
  'callback-attempt': '工作人员给您打了电话',
  escalated: '几次没联系上您，已转为加急处理',
  'handed-over': '已转给其他工作人员继续处理',
  reviewed: '内容核对完毕'
}

export const eventText = (kind: EventKind, note?: string): string => (note ? `${TEXT[kind]}：${note}` : TEXT[kind])

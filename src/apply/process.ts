/**
 * How an application's page says where it stands: the steps of the process as a list
 * (收到 → 审查 → 决定 → 指派 for legal aid; 提交 → 受理 → 结果 for mediation), each done, current
 * or still to come, and a due day in words counted today.
 */
import type { ApplicationDetail } from '@/core/contracts/apply'
import { formatShanghaiDate, shanghaiDate } from '@/core/domain/time'

export type StepState = 'done' | 'current' | 'todo' | 'stopped'

export interface ProcessStep {
  label: string
  state: StepState
  /** What this step is or was, in plain words. */
  text: string
}

const step = (label: string, state: StepState, text: string): ProcessStep => ({ label, state, text })

const aidSteps = (a: ApplicationDetail): ProcessStep[] => {
  const received = step('收到', 'done', '法律援助中心收到了您的申请')
  switch (a.status) {
    case 'submitted':
      return [
        received,
        step('审查', 'current', '工作人员正在看您的情况和材料'),
        step('决定', 'todo', '决定给不给法律援助'),
        step('指派', 'todo', '安排律师或服务站办您的事')
      ]
    case 'awaiting_materials':
      return [received, step('审查', 'current', '等您补充材料'), step('决定', 'todo', '决定给不给法律援助'), step('指派', 'todo', '安排律师或服务站办您的事')]
    case 'granted':
      return [
        received,
        step('审查', 'done', '审查完了'),
        step('决定', 'done', a.aid?.decision?.first ? '先行给予法律援助' : '同意给予法律援助'),
        step('指派', 'current', '正在安排承办人')
      ]
    case 'assigned':
    case 'closed':
      return [
        received,
        step('审查', 'done', '审查完了'),
        step('决定', 'done', '同意给予法律援助'),
        step('指派', 'done', `承办人：${a.aid?.assignee?.name ?? ''}`)
      ]
    case 'refused':
      return [received, step('审查', 'done', '审查完了'), step('决定', 'stopped', '决定不予法律援助'), step('指派', 'stopped', '不会指派')]
    default:
      return [received, step('审查', 'stopped', '申请已撤回'), step('决定', 'stopped', '不再审查'), step('指派', 'stopped', '不会指派')]
  }
}

const mediationSteps = (a: ApplicationDetail): ProcessStep[] => {
  const committee = a.mediation?.committee ?? '调解委员会'
  const sent = step('提交', 'done', `已经交给${committee}`)
  switch (a.status) {
    case 'submitted':
      return [sent, step('受理', 'current', '调解员正在看您的申请'), step('结果', 'todo', '调解的结果')]
    case 'accepted':
      return [sent, step('受理', 'done', '已经受理，调解员会联系双方'), step('结果', 'current', '正在调解')]
    case 'succeeded':
    case 'failed':
      return [sent, step('受理', 'done', '已经受理'), step('结果', 'done', a.mediation?.outcome?.label ?? a.statusLabel)]
    case 'declined':
      return [sent, step('受理', 'stopped', '没有受理'), step('结果', 'stopped', '不会调解')]
    default:
      return [sent, step('受理', 'stopped', '申请已撤回'), step('结果', 'stopped', '不会调解')]
  }
}

export const processSteps = (a: ApplicationDetail): ProcessStep[] => (a.kind === 'aid' ? aidSteps(a) : mediationSteps(a))

/** e.g. 12月8日前（还有 3 天）: a due day in words, counted in Shanghai days from `now`. */
/** Whole days the review had left when staff asked for materials: what remains once they arrive (the clock stops meanwhile). */
export const daysLeftWhenAsked = (decideBy: string, askedAt: string): number =>
  Math.max(0, Math.ceil((Date.parse(decideBy) - Date.parse(askedAt)) / 86_400_000))

export const dueInWords = (dueAt: string, now: Date = new Date()): string => {
  const due = shanghaiDate(dueAt)
  const today = shanghaiDate(now)
  const days = Math.round((Date.parse(due) - Date.parse(today)) / 86_400_000)
  const count = days > 0 ? `还有 ${days} 天` : days === 0 ? '就是今天' : `已经过了 ${-days} 天`
  return `${formatShanghaiDate(dueAt)}前（${count}）`
}

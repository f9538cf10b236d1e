/**
 * Who is answered first. Urgent: domestic violence, or an arbitration deadline under 7 days
 * (or already passed: the worker needs advice now). High: a deadline under 30 days, a work
 * injury, or a group wage claim. The first answer is due at the booked slot, or within
 * working hours counted from the request.
 */
import type { Calendar, Schedule } from './calendar'
import type { DeadlineView } from './deadline'
import type { MatterId } from './matters'
import { addWorkingMinutes } from './working-time'

export type Priority = 1 | 2 | 3

export const PRIORITY_LABEL: Record<Priority, string> = { 1: '紧急', 2: '优先', 3: '一般' }

export interface PriorityInput {
  matter: MatterId
  /** The deadline as it stands at booking. */
  deadline?: Pick<DeadlineView, 'level'>
  coworkers?: number
}

export const priorityOf = ({ matter, deadline, coworkers = 0 }: PriorityInput): Priority => {
  if (matter === 'domestic-violence' || deadline?.level === 'urgent' || deadline?.level === 'passed') return 1
  if (deadline?.level === 'soon' || matter === 'work-injury' || coworkers >= 2) return 2
  return 3
}

/** Working minutes to the first answer when no slot was booked. */
const FIRST_ANSWER_MINUTES: Record<Priority, number> = { 1: 2 * 60, 2: 4 * 60, 3: 8 * 60 }

export const firstAnswerDue = (priority: Priority, slotStart: string | undefined, now: Date, calendar: Calendar, schedule: Schedule): Date =>
  slotStart ? new Date(slotStart) : addWorkingMinutes(calendar, schedule, now, FIRST_ANSWER_MINUTES[priority])

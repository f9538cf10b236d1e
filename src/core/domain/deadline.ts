/**
 * The one-year limit for labour arbitration (劳动争议调解仲裁法第二十七条), counted
 * conservatively from the day the wages were due. Under 30 days it is shown prominently;
 * under 7 days the consultation is urgent (法律援助法第四十四条: aid first, paperwork after).
 */
import dayjs from 'dayjs'
import utc from 'dayjs/plugin/utc'

dayjs.extend(utc)

export type DeadlineLevel = 'ok' | 'soon' | 'urgent' | 'passed'

export interface Deadline {
  lastDay: string
  daysLeft: number
  level: DeadlineLevel
  basis: string
}

export const ARBITRATION_BASIS = '劳动争议调解仲裁法第二十七条'

export const arbitrationDeadline = (dueDate: string, today: string): Deadline => {
  const lastDay = dayjs.utc(dueDate).add(1, 'year').format('YYYY-MM-DD')
  const daysLeft = dayjs.utc(lastDay).diff(dayjs.utc(today), 'day')
  const level: DeadlineLevel = daysLeft < 0 ? 'passed' : daysLeft < 7 ? 'urgent' : daysLeft < 30 ? 'soon' : 'ok'
  return { lastDay, daysLeft, level, basis: ARBITRATION_BASIS }
}

/** What the citizen reads about their deadline. */
export const deadlineText = (deadline: Deadline): string => {
  if (deadline.level === 'passed') return `按工资应发日算，申请劳动仲裁的一年期限可能已过（${deadline.lastDay}）。有些情况期限会重新计算，请尽快咨询。`
  return `申请劳动仲裁要在一年内提出，按工资应发日算，最晚 ${deadline.lastDay}，还剩 ${deadline.daysLeft} 天。`
}

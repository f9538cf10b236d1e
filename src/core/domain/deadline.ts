/**
 * The time limits a worker must not miss, decided from the facts the citizen gave:
 * - wages owed while the job goes on: no limit until the job ends, then one year from the end
 *   (劳动争议调解仲裁法第二十七条第四款);
 * - other labour disputes, or when we do not know whether the job ended: one year from the day
 *   the worker knew the right was infringed — for wages, conservatively the day they were due
 *   (第二十七条第一款);
 * - a work injury the employer did not report: the worker or relatives may apply for 工伤认定
 *   within one year of the accident or diagnosis (工伤保险条例第十七条第二款).
 * Only the last day is stored; days left and how loud to say it are computed whenever it is
 * shown. Under 30 days it is prominent; under 7 the consultation is urgent (法律援助法第四十四条).
 */
import dayjs from 'dayjs'
import utc from 'dayjs/plugin/utc'

dayjs.extend(utc)

export type DeadlineLevel = 'ok' | 'soon' | 'urgent' | 'passed'

export type DeadlineKind = 'arbitration' | 'arbitration-after-job' | 'wages-while-employed' | 'injury-recognition'

/** What is stored with a consultation: the rule and the last day, never a count of days. */
export interface Deadline {
  /** Missing on consultations booked before the kinds existed: those are 'arbitration'. */
  kind?: DeadlineKind
  /** The last day to act (a Shanghai date); none while wages are owed in a job that goes on. */
  lastDay?: string
  basis: string
}

/** A deadline as shown today. */
export interface DeadlineView {
  kind: DeadlineKind
  lastDay?: string
  daysLeft?: number
  level: DeadlineLevel
  basis: string
  /** The words of the article, so the citizen can see what the law says. */
  lawText: string
}

export const ARBITRATION_BASIS = '劳动争议调解仲裁法第二十七条第一款'
export const WAGES_BASIS = '劳动争议调解仲裁法第二十七条第四款'
export const INJURY_BASIS = '工伤保险条例第十七条第二款'

/** The articles as enacted (checked against the published texts). */
export const LAW_TEXT: Record<string, string> = {
  [ARBITRATION_BASIS]: '劳动争议申请仲裁的时效期间为一年。仲裁时效期间从当事人知道或者应当知道其权利被侵害之日起计算。',
  [WAGES_BASIS]:
    '劳动关系存续期间因拖欠劳动报酬发生争议的，劳动者申请仲裁不受本条第一款规定的仲裁时效期间的限制；但是，劳动关系终止的，应当自劳动关系终止之日起一年内提出。',
  [INJURY_BASIS]:
    '用人单位未按前款规定提出工伤认定申请的，工伤职工或者其近亲属、工会组织在事故伤害发生之日或者被诊断、鉴定为职业病之日起1年内，可以直接向用人单位所在地统筹地区社会保险行政部门提出工伤认定申请。'
}

const BASIS_OF: Record<DeadlineKind, string> = {
  arbitration: ARBITRATION_BASIS,
  'arbitration-after-job': WAGES_BASIS,
  'wages-while-employed': WAGES_BASIS,
  'injury-recognition': INJURY_BASIS
}

const oneYearAfter = (date: string): string => dayjs.utc(date).add(1, 'year').format('YYYY-MM-DD')

const make = (kind: DeadlineKind, from?: string): Deadline => ({ kind, ...(from ? { lastDay: oneYearAfter(from) } : {}), basis: BASIS_OF[kind] })

/** The wage facts the form asks for. */
export interface WageFacts {
  dueDate: string
  jobEnded?: boolean
  jobEndDate?: string
}

export const wageDeadline = ({ dueDate, jobEnded, jobEndDate }: WageFacts): Deadline => {
  if (jobEnded === false) return make('wages-while-employed')
  if (jobEnded === true && jobEndDate) return make('arbitration-after-job', jobEndDate)
  // Not told whether the job ended (an older app version): the cautious reading, from the due day.
  return make('arbitration', dueDate)
}

export const injuryDeadline = (injuryDate: string): Deadline => make('injury-recognition', injuryDate)

/** The deadline a booking carries, if any: wages for labour matters, 工伤认定 for injuries. */
export const deadlineOf = (form: { matter: string; wage?: WageFacts; injury?: { date: string } }): Deadline | undefined => {
  if ((form.matter === 'wages' || form.matter === 'labour') && form.wage) return wageDeadline(form.wage)
  if (form.matter === 'work-injury' && form.injury) return injuryDeadline(form.injury.date)
  return undefined
}

const levelOf = (daysLeft: number): DeadlineLevel => (daysLeft < 0 ? 'passed' : daysLeft < 7 ? 'urgent' : daysLeft < 30 ? 'soon' : 'ok')

/** The deadline as it stands on `today` (a Shanghai date), computed each time it is shown. */
export const viewDeadline = (deadline: Deadline, today: string): DeadlineView => {
  const kind = deadline.kind ?? 'arbitration'
  const basis = BASIS_OF[kind]
  const lawText = LAW_TEXT[basis]
  if (!deadline.lastDay) return { kind, level: 'ok', basis, lawText }
  const daysLeft = dayjs.utc(deadline.lastDay).diff(dayjs.utc(today), 'day')
  return { kind, lastDay: deadline.lastDay, daysLeft, level: levelOf(daysLeft), basis, lawText }
}

const left = (v: DeadlineView) => `最晚 ${v.lastDay}，还剩 ${v.daysLeft} 天。`

/** What the citizen reads about their deadline, in plain words. */
export const deadlineText = (v: DeadlineView): string => {
  const passed = v.level === 'passed'
  switch (v.kind) {
    case 'wages-while-employed':
      return '您还在这份工作上：被拖欠的工资，申请劳动仲裁现在不受一年期限的限制。但离开这份工作后，要在一年内申请。'
    case 'arbitration-after-job':
      return passed
        ? `离开这份工作已超过一年（期限到 ${v.lastDay}），讨工资的仲裁期限可能已过。有些情况期限会重新计算，请尽快咨询。`
        : `工作已经结束：讨工资要在离开这份工作后一年内申请劳动仲裁，${left(v)}`
    case 'injury-recognition':
      return passed
        ? `受伤或确诊已超过一年（期限到 ${v.lastDay}），自己申请工伤认定的期限可能已过，请尽快咨询。`
        : `单位没有替您申请工伤认定的，您或家人要在受伤（或确诊职业病）后一年内自己申请，${left(v)}`
    default:
      return passed
        ? `按工资应发日算，申请劳动仲裁的一年期限可能已过（${v.lastDay}）。有些情况期限会重新计算，请尽快咨询。`
        : `申请劳动仲裁一般要在一年内提出，按工资应发日算，${left(v)}`
  }
}

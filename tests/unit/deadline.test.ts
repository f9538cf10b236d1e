/** The limits a worker must not miss: which rule applies, the last day, and days left counted when shown. */
import { ARBITRATION_BASIS, deadlineOf, deadlineText, INJURY_BASIS, LAW_TEXT, viewDeadline, WAGES_BASIS, wageDeadline } from '@/core/domain/deadline'

describe('the wage limit depends on whether the job has ended (劳动争议调解仲裁法第二十七条)', () => {
  it('has no limit while the worker is still in the job (第四款), whatever the due day', () => {
    const deadline = wageDeadline({ dueDate: '2024-01-15', jobEnded: false })
    expect(deadline).toEqual({ kind: 'wages-while-employed', basis: WAGES_BASIS })
    const view = viewDeadline(deadline, '2026-11-27')
    expect(view.level).toBe('ok')
    expect(view.lastDay).toBeUndefined()
    expect(view.daysLeft).toBeUndefined()
    expect(deadlineText(view)).toContain('不受一年期限的限制')
    expect(deadlineText(view)).toContain('离开这份工作后，要在一年内申请')
  })

  it('counts one year from the day the job ended (第四款), not from the due day', () => {
    const deadline = wageDeadline({ dueDate: '2025-03-31', jobEnded: true, jobEndDate: '2026-02-10' })
    expect(deadline).toEqual({ kind: 'arbitration-after-job', lastDay: '2027-02-10', basis: WAGES_BASIS })
    const view = viewDeadline(deadline, '2026-11-27')
    expect(view).toMatchObject({ daysLeft: 75, level: 'ok' })
    expect(deadlineText(view)).toBe('工作已经结束：讨工资要在离开这份工作后一年内申请劳动仲裁，最晚 2027-02-10，还剩 75 天。')
  })

  it('counts cautiously from the due day when it was not asked (第一款)', () => {
    expect(wageDeadline({ dueDate: '2026-01-15' })).toEqual({ kind: 'arbitration', lastDay: '2027-01-15', basis: ARBITRATION_BASIS })
  })
})

describe('the 工伤认定 limit (工伤保险条例第十七条第二款)', () => {
  it('gives the worker one year from the accident or diagnosis', () => {
    const deadline = deadlineOf({ matter: 'work-injury', injury: { date: '2026-03-02' } })
    expect(deadline).toEqual({ kind: 'injury-recognition', lastDay: '2027-03-02', basis: INJURY_BASIS })
    expect(deadlineText(viewDeadline(deadline!, '2026-11-27'))).toContain('一年内自己申请，最晚 2027-03-02，还剩 95 天')
  })

  it('is not invented for a work injury without a date, nor for matters without a limit', () => {
    expect(deadlineOf({ matter: 'work-injury' })).toBeUndefined()
    expect(deadlineOf({ matter: 'traffic', injury: { date: '2026-03-02' } })).toBeUndefined()
    expect(deadlineOf({ matter: 'labour', wage: { dueDate: '2026-01-01', jobEnded: false } })).toMatchObject({ kind: 'wages-while-employed' })
  })
})

describe('days left are counted on the day it is shown, not the day it was booked', () => {
  const booked = wageDeadline({ dueDate: '2025-04-01', jobEnded: true, jobEndDate: '2026-01-10' })

  it('grows louder as the last day comes nearer, then says it may have passed', () => {
    expect(viewDeadline(booked, '2026-11-27')).toMatchObject({ daysLeft: 44, level: 'ok' })
    expect(viewDeadline(booked, '2026-12-20')).toMatchObject({ daysLeft: 21, level: 'soon' })
    expect(viewDeadline(booked, '2027-01-05')).toMatchObject({ daysLeft: 5, level: 'urgent' })
    const passed = viewDeadline(booked, '2027-01-11')
    expect(passed).toMatchObject({ daysLeft: -1, level: 'passed' })
    expect(deadlineText(passed)).toContain('可能已过')
  })

  it('reads a deadline stored before the kinds existed (with its stale count) as the due-day rule', () => {
    const legacy = { lastDay: '2027-01-15', daysLeft: 49, level: 'ok', basis: '劳动争议调解仲裁法第二十七条' }
    expect(viewDeadline(legacy, '2027-01-10')).toMatchObject({ kind: 'arbitration', daysLeft: 5, level: 'urgent', basis: ARBITRATION_BASIS })
  })
})

describe("each deadline cites its article with the article's own words", () => {
  it.each([
    [ARBITRATION_BASIS, '劳动争议申请仲裁的时效期间为一年'],
    [WAGES_BASIS, '劳动关系终止的，应当自劳动关系终止之日起一年内提出'],
    [INJURY_BASIS, '工伤职工或者其近亲属、工会组织在事故伤害发生之日或者被诊断、鉴定为职业病之日起1年内']
  ])('%s', (basis, words) => {
    expect(LAW_TEXT[basis]).toContain(words)
  })
})

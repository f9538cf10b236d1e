/** Each booking step is checked with its own part of the contract, whatever later steps hold. */
import { emptyDraft, issuesOfStep, toPayload, type Draft } from '@/consult/draft'
import { CreateConsultationSchema } from '@/core/contracts/consult'

const draft = (patch: Partial<Draft>): Draft => ({ ...emptyDraft('req-test-0001'), ...patch })
const paths = (d: Draft, step: Parameters<typeof issuesOfStep>[1]) => issuesOfStep(d, step).map((i) => `${i.path}: ${i.message}`)

describe('the 方式和时间 step', () => {
  it('refuses a callback without a time, though the later steps are still empty', () => {
    expect(paths(draft({ matter: 'traffic', channel: 'phone' }), 'channel')).toEqual(['slotStart: 请选择一个时间'])
    expect(paths(draft({ matter: 'traffic', channel: 'in-person-centre' }), 'channel')).toEqual(['slotStart: 请选择一个时间'])
  })

  it('asks for the station first, then its time', () => {
    expect(paths(draft({ channel: 'in-person-station' }), 'channel')).toEqual(['pointId: 请选择驻外法律服务站'])
    expect(paths(draft({ channel: 'in-person-station', pointId: 'chengdu-station' }), 'channel')).toEqual(['slotStart: 请选择一个时间'])
  })

  it('lets a chosen time, 尽快回电 or a written question through', () => {
    expect(paths(draft({ channel: 'phone', slotStart: '2026-12-01T02:00:00.000Z' }), 'channel')).toEqual([])
    expect(paths(draft({ channel: 'phone', asap: true }), 'channel')).toEqual([])
    expect(paths(draft({ channel: 'written' }), 'channel')).toEqual([])
    expect(paths(draft({}), 'channel')).toEqual(['channel: 请选择怎样帮您'])
  })
})

describe('the 说说您的情况 step asks the questions its deadlines need', () => {
  const about = {
    description: '老板一直不发工资，已经三个月了。',
    applicant: { name: '张三', phone: '13800138000', township: '芦花镇', currentCity: '成都市', disputeCity: '成都市' }
  }
  const wage = { employer: '某公司', dueDate: '2026-09-30', coworkers: '0', amountYuan: '', jobEndDate: '' }

  it('picks no date for the citizen and asks whether the job has ended', () => {
    expect(paths(draft({ matter: 'wages', ...about }), 'about')).toEqual([
      'wage.employer: 请填写老板或单位名称',
      'wage.dueDate: 请选择工资应该发的日期',
      'wage.jobEnded: 请选择这份工作还在不在干'
    ])
    expect(paths(draft({ matter: 'wages', ...about, wage: { ...wage, jobEnded: true } }), 'about')).toEqual(['wage.jobEndDate: 请选择哪天不干的'])
    expect(paths(draft({ matter: 'wages', ...about, wage: { ...wage, jobEnded: false } }), 'about')).toEqual([])
  })

  it('asks the day of a work injury', () => {
    expect(paths(draft({ matter: 'work-injury', ...about }), 'about')).toEqual(['injury.date: 请选择受伤或确诊职业病的日期'])
    expect(paths(draft({ matter: 'work-injury', ...about, injuryDate: '2026-03-02' }), 'about')).toEqual([])
  })

  it('sends what the steps checked, which the whole contract accepts', () => {
    const done = draft({
      matter: 'wages',
      ...about,
      channel: 'written',
      wage: { ...wage, jobEnded: true, jobEndDate: '2026-10-20' },
      languageHelp: '羌语',
      consented: true
    })
    const payload = toPayload(done)
    expect(payload).toMatchObject({ wage: { jobEnded: true, jobEndDate: '2026-10-20' }, languageHelp: '羌语' })
    expect(CreateConsultationSchema.safeParse(payload).success).toBe(true)
  })
})

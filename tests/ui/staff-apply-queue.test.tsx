/** The staff 申请 list: the statutory clocks and the urgent flag in words, and the list page's tabs and states. */
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import ApplicationItemCard from '@/staff/components/ApplicationItemCard'
import ApplicationQueue from '@/staff/components/ApplicationQueue'
import { currentClock } from '@/staff/application-actions'
import { clockText, urgentText } from '@/staff/application-labels'
import { aidApplication, staffItem } from './staff-apply-fixtures'

// Tuesday 1 December 2026, 10:00 in Shanghai.
const NOW = new Date('2026-12-01T02:00:00.000Z')

describe('the clock that matters now, in words', () => {
  it('on time: the days left and the day it falls due', () => {
    expect(clockText({ kind: 'decide', dueAt: '2026-12-08T01:00:00.000Z' }, NOW)).toBe('审查期限还剩 7 天（2026年12月8日到期）')
    expect(clockText({ kind: 'appoint', dueAt: '2026-12-03T01:00:00.000Z' }, NOW)).toBe('指派期限还剩 2 天（2026年12月3日到期）')
    expect(clockText({ kind: 'supplement', dueAt: '2026-12-16T01:00:00.000Z' }, NOW)).toBe('补充材料还剩 15 天（2026年12月16日截止）')
  })

  it('due today: the hour, before and after it passes', () => {
    expect(clockText({ kind: 'decide', dueAt: '2026-12-01T07:00:00.000Z' }, NOW)).toBe('审查期限今天 15:00 到期')
    expect(clockText({ kind: 'decide', dueAt: '2026-12-01T01:00:00.000Z' }, NOW)).toBe('审查期限今天 09:00 到期，已超期')
  })

  it('overdue: the days past, counted by Shanghai calendar days', () => {
    expect(clockText({ kind: 'decide', dueAt: '2026-11-29T01:00:00.000Z' }, NOW)).toBe('审查期限已超期 2 天')
    expect(clockText({ kind: 'appoint', dueAt: '2026-11-30T15:59:00.000Z' }, NOW)).toBe('指派期限已超期 1 天')
    expect(clockText({ kind: 'supplement', dueAt: '2026-11-28T01:00:00.000Z' }, NOW)).toBe('补充材料已过截止日 3 天')
  })

  it('on an application page: decide while submitted, supplement while waiting, appoint once granted, none after', () => {
    const request = { at: '2026-12-01T01:00:00.000Z', text: '工资条', dueAt: '2026-12-16T01:00:00.000Z' }
    expect(currentClock(aidApplication())).toEqual({ kind: 'decide', dueAt: '2026-12-08T01:00:00.000Z' })
    expect(currentClock(aidApplication({ status: 'awaiting_materials' }, { materialsRequest: request }))).toEqual({ kind: 'supplement', dueAt: request.dueAt })
    expect(currentClock(aidApplication({ status: 'granted' }, { appointBy: '2026-12-04T01:00:00.000Z' }))).toEqual({
      kind: 'appoint',
      dueAt: '2026-12-04T01:00:00.000Z'
    })
    expect(currentClock(aidApplication({ status: 'assigned' }))).toBeUndefined()
  })
})

describe('an item of the 申请 list', () => {
  it('says the urgent reason with its article (第四十四条)', () => {
    expect(urgentText({ reason: 'limit-near' })).toBe('紧急：离起诉、仲裁或复议的最后期限不到 7 天（法律援助法第四十四条第一项）')
    expect(urgentText({ reason: 'preserve-now', note: '老板要卖设备' })).toBe(
      '紧急：需要马上申请保全财产、保全证据或先予执行（法律援助法第四十四条第二项）。老板要卖设备'
    )
  })

  it('shows ticket, applicant, matter, township, status, the clock and who holds it', () => {
    render(<ApplicationItemCard item={staffItem({ handler: { openid: 'o-lawyer-2', name: '李律师' } })} now={NOW} />)
    expect(screen.getByText('HSY-20261201-0001')).toBeTruthy()
    expect(screen.getByText('要工钱、确认劳动关系 · 待审查')).toBeTruthy()
    expect(screen.getByText('张三 · 芦花镇')).toBeTruthy()
    expect(screen.getByText('审查期限还剩 7 天（2026年12月8日到期）')).toBeTruthy()
    expect(screen.getByText(/李律师 在处理/)).toBeTruthy()
    expect(screen.queryByText(/紧急/)).toBeNull()
  })

  it('an urgent, overdue one says both in words; a mediation request says 待受理 and nobody holds it yet', () => {
    const { unmount } = render(
      <ApplicationItemCard item={staffItem({ urgent: { reason: 'preserve-now' }, clock: { kind: 'decide', dueAt: '2026-11-29T01:00:00.000Z' } })} now={NOW} />
    )
    expect(screen.getByText(/^紧急：需要马上申请保全财产/)).toBeTruthy()
    expect(screen.getByText('审查期限已超期 2 天')).toBeTruthy()
    unmount()
    render(
      <ApplicationItemCard
        item={staffItem({ kind: 'mediation', ticket: 'HST-20261201-0001', title: '邻里纠纷', township: '卡龙镇', clock: undefined })}
        now={NOW}
      />
    )
    expect(screen.getByText('邻里纠纷 · 待受理')).toBeTruthy()
    expect(screen.getByText(/还没有人领取/)).toBeTruthy()
  })
})

describe('the 申请 list', () => {
  const answer = (body: unknown) => ({ json: async () => body })
  const fetchMock = jest.fn()
  const sent = () => fetchMock.mock.calls.map(([url, init]) => ({ url, body: JSON.parse((init as { body: string }).body) }))
  beforeEach(() => {
    Taro.clearStorageSync()
    fetchMock.mockReset()
    globalThis.fetch = fetchMock
  })

  it('asks for legal-aid applications first, then mediation requests on the other tab, with the counts per status', async () => {
    fetchMock.mockImplementation(async (_url, init: { body: string }) => {
      const { payload } = JSON.parse(init.body)
      return payload.kind === 'aid'
        ? answer({ ok: true, data: { items: [staffItem()], total: 1, counts: { submitted: 1, awaiting_materials: 3 } } })
        : answer({ ok: true, data: { items: [], total: 0, counts: {} } })
    })
    render(<ApplicationQueue refresh={0} />)
    expect(await screen.findByText('HSY-20261201-0001')).toBeTruthy()
    expect(screen.getByText('共 1 件，紧急的和快到期的排在前面')).toBeTruthy()
    expect(screen.getByText('等群众补充材料 3')).toBeTruthy()
    expect(sent()[0]).toEqual({ url: '/api/apply', body: { action: 'queue', payload: { kind: 'aid', offset: 0, limit: 20 } } })

    fireEvent.click(screen.getByText('人民调解'))
    expect(await screen.findByText('没有符合条件的人民调解申请。')).toBeTruthy()
    expect(screen.getByText('待受理 0')).toBeTruthy()
    expect(sent().at(-1)?.body.payload).toEqual({ kind: 'mediation', offset: 0, limit: 20 })
  })

  it('filters by status, and shows the cloud’s refusal with a way to try again', async () => {
    fetchMock.mockResolvedValue(answer({ ok: true, data: { items: [staffItem()], total: 1, counts: { submitted: 1 } } }))
    render(<ApplicationQueue refresh={0} />)
    await screen.findByText('HSY-20261201-0001')
    fetchMock.mockResolvedValue(answer({ ok: false, error: { code: 'AUTH.FORBIDDEN', message: '只有工作人员可以查看' } }))
    fireEvent.click(screen.getByText('待审查 1'))
    expect(await screen.findByText('只有工作人员可以查看')).toBeTruthy()
    expect(sent().at(-1)?.body.payload).toEqual({ kind: 'aid', status: 'submitted', offset: 0, limit: 20 })
    fetchMock.mockResolvedValue(answer({ ok: true, data: { items: [staffItem()], total: 1, counts: { submitted: 1 } } }))
    await act(async () => fireEvent.click(screen.getByText('再试一次')))
    await waitFor(() => expect(screen.getByText('HSY-20261201-0001')).toBeTruthy())
  })
})

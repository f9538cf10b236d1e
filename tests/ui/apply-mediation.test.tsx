/**
 * 申请人民调解 and 我的申请 (browser build): the form says it is free first, names the committee
 * of the township where it happened, checks everything with the shared contract before sending,
 * and sends one request id; the list shows each application with its news mark, and the
 * loading, empty and error states. fetch stands in for the cloud (recorded).
 */
import { act, configure, fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import type { ApplicationSummary, CreateMediation, ListMineApplicationsResult } from '@/core/contracts/apply'
import { MEDIATION_FREE_TEXT } from '@/core/domain/mediation-law'
import MediationForm from '@/apply/components/MediationForm'
import MyApplicationsPage from '@/apply/pages/mine/index'

// The cloud's answers settle in a few ticks, but a loaded two-core machine can take longer than the default second.
configure({ asyncUtilTimeout: 5000 })

// Page-show events come from the mini-program's page lifecycle, which jsdom has not: the page's
// first load is what these tests watch.
jest.mock('@tarojs/taro', () => {
  const actual = jest.requireActual('@tarojs/taro')
  return new Proxy(actual, { get: (taro, key) => (key === 'useDidShow' ? () => undefined : taro[key]) })
})

const ok = (data: unknown) => ({ json: async () => ({ ok: true, data }) })
const type = (label: string, value: string) =>
  act(() => {
    screen.getByLabelText(label).dispatchEvent(new CustomEvent('input', { detail: { value }, bubbles: true }))
  })
const tap = (text: string) => act(() => void fireEvent.click(screen.getByText(text)))
/** Picks the n-th township in the n-th picker of the page (Taro's picker reports the index chosen). */
const pickTownship = (container: HTMLElement, picker: number, index: number) =>
  act(() => {
    container.querySelectorAll('taro-picker-core')[picker].dispatchEvent(new CustomEvent('change', { detail: { value: index }, bubbles: true }))
  })

describe('申请人民调解', () => {
  const fetchMock = jest.fn()
  beforeEach(() => {
    Taro.clearStorageSync()
    fetchMock.mockReset()
    globalThis.fetch = fetchMock
  })

  it('says it is free first, and names the committee of the township where it happened', async () => {
    const { container } = render(<MediationForm />)
    expect(container.querySelector('.card')?.textContent).toContain(MEDIATION_FREE_TEXT)
    expect(screen.queryByText(/人民调解委员会负责调解/)).toBeNull()
    await pickTownship(container, 0, 0)
    expect(screen.getByText('由芦花镇人民调解委员会负责调解。')).toBeTruthy()
  })

  it('says what is missing in Chinese and sends nothing', async () => {
    render(<MediationForm />)
    await tap('提交调解申请')
    for (const message of ['请选择纠纷的种类', '请填写事情发生的乡镇', '事情经过至少写 10 个字', '请填写姓名', '需要您同意，我们才能处理您的个人信息'])
      expect(screen.getByText(message)).toBeTruthy()
    expect(fetchMock).not.toHaveBeenCalled()
  })

  it('sends the request with its id, the other party only when given, and opens the new request', async () => {
    fetchMock.mockResolvedValue(ok({ id: 'app-000002' }))
    const redirect = jest.spyOn(Taro, 'redirectTo').mockResolvedValue({ errMsg: 'redirectTo:ok' })
    const { container } = render(<MediationForm />)
    await tap('邻里纠纷')
    await pickTownship(container, 0, 1)
    await type('对方姓名', '李某')
    await type('说说发生了什么', '邻居盖房占了我家的路，商量了几次都不行。')
    await type('姓名', '杨阿姐')
    await type('手机号', '13800138000')
    await pickTownship(container, 1, 0)
    await tap('我已阅读，同意按上面的说明处理我的个人信息（包括敏感信息）')
    await tap('提交调解申请')
    await waitFor(() => expect(redirect).toHaveBeenCalledWith({ url: '/apply/pages/detail/index?id=app-000002' }))
    const [url, init] = fetchMock.mock.calls[0]
    expect(url).toBe('/api/apply')
    const { action, payload } = JSON.parse(init.body) as { action: string; payload: CreateMediation }
    expect(action).toBe('createMediation')
    expect(payload).toMatchObject({
      category: 'neighbour',
      township: '卡龙镇',
      otherParty: { name: '李某' },
      applicant: { name: '杨阿姐', phone: '13800138000', township: '芦花镇' },
      consent: { sensitive: true }
    })
    expect(payload.otherParty).not.toHaveProperty('contact')
    expect(payload.clientRequestId).toMatch(/^[A-Za-z0-9-]{8,64}$/)
  })
})

const summary = (over: Partial<ApplicationSummary>): ApplicationSummary => ({
  id: 'app-000001',
  ticket: 'HSY-20261201-0001',
  kind: 'aid',
  status: 'awaiting_materials',
  statusLabel: '等您补充材料',
  title: '要工钱、确认劳动关系',
  createdAt: '2026-12-01T02:00:00.000Z',
  unseen: true,
  ...over
})

describe('我的申请', () => {
  const fetchMock = jest.fn()
  beforeEach(() => {
    Taro.clearStorageSync()
    fetchMock.mockReset()
    globalThis.fetch = fetchMock
  })

  it('lists each application with its kind, ticket and a mark on news', async () => {
    const list: ListMineApplicationsResult = {
      items: [
        summary({}),
        summary({
          id: 'app-000002',
          ticket: 'HST-20261201-0002',
          kind: 'mediation',
          status: 'submitted',
          statusLabel: '已提交',
          title: '邻里纠纷',
          unseen: false
        })
      ],
      total: 2,
      unseenCount: 1
    }
    fetchMock.mockResolvedValue(ok(list))
    render(<MyApplicationsPage />)
    expect(screen.getByText('正在加载…')).toBeTruthy()
    expect(await screen.findByText('要工钱、确认劳动关系 · 等您补充材料')).toBeTruthy()
    expect(screen.getByText('邻里纠纷 · 已提交')).toBeTruthy()
    expect(screen.getByText(/法律援助 · HSY-20261201-0001 · 12月1日 10:00 提交/)).toBeTruthy()
    expect(screen.getByText(/人民调解 · HST-20261201-0002/)).toBeTruthy()
    expect(screen.getAllByLabelText('有新进展')).toHaveLength(1)
    expect(JSON.parse(fetchMock.mock.calls[0][1].body)).toEqual({ action: 'listMine', payload: { offset: 0, limit: 20 } })
  })

  it('says when there is none yet, and offers both ways to apply', async () => {
    fetchMock.mockResolvedValue(ok({ items: [], total: 0 }))
    render(<MyApplicationsPage />)
    expect(await screen.findByText('您还没有申请过法律援助或人民调解。')).toBeTruthy()
    expect(screen.getByText('申请法律援助')).toBeTruthy()
    expect(screen.getByText('申请人民调解')).toBeTruthy()
  })

  it('shows the cloud’s error with 再试一次', async () => {
    fetchMock.mockResolvedValueOnce({ json: async () => ({ ok: false, error: { code: 'SERVER.INTERNAL', message: '服务器出了点问题，请稍后再试' } }) })
    fetchMock.mockResolvedValueOnce(ok({ items: [summary({})], total: 1 }))
    render(<MyApplicationsPage />)
    expect(await screen.findByText('服务器出了点问题，请稍后再试')).toBeTruthy()
    await tap('再试一次')
    expect(await screen.findByText('要工钱、确认劳动关系 · 等您补充材料')).toBeTruthy()
  })
})

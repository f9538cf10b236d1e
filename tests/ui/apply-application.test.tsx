/**
 * The application page (browser build): staff's request for materials shown first with its due
 * day and 补充材料; a refusal with its reason and how to object; the 承办人 to call; the process
 * steps in words; a file opened through its short-lived link; a mediation's committee and
 * outcome. Fixtures are typed by the contract; fetch stands in for the cloud (recorded).
 */
import { act, configure, fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import type { AidDetail, ApplicationDetail } from '@/core/contracts/apply'
import { objectionText } from '@/core/domain/legal-aid-law'
import { MEDIATION_OUTCOMES } from '@/core/domain/mediation-law'
import ApplicationView from '@/apply/components/ApplicationView'

// The cloud's answers settle in a few ticks, but a loaded two-core machine can take longer than the default second.
configure({ asyncUtilTimeout: 5000 })

const DAY = 86_400_000
const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString()
const ok = (data: unknown) => ({ json: async () => ({ ok: true, data }) })
const tap = (text: string) => act(() => void fireEvent.click(screen.getByText(text)))

const aidSection: AidDetail = {
  matter: 'wages',
  finance: { kind: 'exempt', exemption: 'migrant-wages-injury' },
  materials: [{ id: 'mat-0001', kind: 'id-card', name: '身份证 1.jpg', type: 'image/jpeg', bytes: 350 * 1024, addedAt: inDays(-2) }],
  decideBy: inDays(5)
}

const aid = (over: Partial<ApplicationDetail> = {}, section: Partial<AidDetail> = {}): ApplicationDetail => ({
  id: 'app-000001',
  ticket: 'HSY-20261201-0001',
  kind: 'aid',
  status: 'submitted',
  statusLabel: '审查中',
  title: '要工钱、确认劳动关系',
  createdAt: inDays(-2),
  unseen: false,
  applicant: { name: '杨阿姐', phone: '13800138000', township: '芦花镇' },
  description: '在成都工地干了三个月，老板一直不发工资。',
  nextStep: '法律援助中心正在审查，请保持电话畅通',
  events: [{ at: inDays(-2), kind: 'submitted', text: '您提交了申请' }],
  familyFollow: true,
  aid: { ...aidSection, ...section },
  ...over
})

describe('the application page', () => {
  const fetchMock = jest.fn()
  beforeEach(() => {
    Taro.clearStorageSync()
    fetchMock.mockReset()
    globalThis.fetch = fetchMock
  })
  afterEach(() => {
    delete process.env.TARO_ENV
  })

  it('shows where it stands, the steps of the process and the decide-by day in words', () => {
    render(<ApplicationView application={aid()} onChanged={jest.fn()} />)
    expect(screen.getByText('审查中')).toBeTruthy()
    expect(screen.getByText('下一步：法律援助中心正在审查，请保持电话畅通')).toBeTruthy()
    expect(screen.getByText(/审查期限：.*前（还有 5 天）/)).toBeTruthy()
    const steps = screen.getAllByRole('listitem').map((s) => s.textContent)
    expect(steps).toEqual([
      expect.stringContaining('1. 收到 · ✓ 已完成'),
      expect.stringContaining('2. 审查 · ▶ 进行中'),
      expect.stringContaining('3. 决定 · 还没到'),
      expect.stringContaining('4. 指派 · 还没到')
    ])
    expect(screen.getByText('撤回申请')).toBeTruthy()
  })

  it('puts staff’s request for materials first, with its due day and the 补充材料 action', async () => {
    const asked = aid(
      { status: 'awaiting_materials', statusLabel: '等您补充材料' },
      { materialsRequest: { at: inDays(-1), text: '请补充：工资条或转账记录的照片', dueAt: inDays(14) } }
    )
    const { container } = render(<ApplicationView application={asked} onChanged={jest.fn()} />)
    const alert = container.querySelector('.materials-request')
    expect(alert?.getAttribute('role')).toBe('alert')
    // First after the status card: the citizen must not miss it.
    expect(container.querySelectorAll('.card')[1]).toBe(alert)
    // The status card does not say the request again as its 下一步.
    expect(screen.queryByText(/^下一步：/)).toBeNull()
    expect(screen.getByText('请补充：工资条或转账记录的照片')).toBeTruthy()
    expect(screen.getByText(/请在 .*前（还有 14 天）补充。过期没有补充的，按您撤回申请处理/)).toBeTruthy()
    // The review's clock stands still while staff wait: no date that would move, only the days left.
    expect(screen.queryByText(/^审查期限：/)).toBeNull()
    expect(screen.getByText(/^审查期限暂停：您补齐材料后，法律援助中心还有 \d+ 天作出决定。$/)).toBeTruthy()
    // Only one 补充材料: the answer to the request.
    expect(screen.getAllByText('补充材料')).toHaveLength(1)
    await tap('补充材料')
    expect(screen.getByText('添加照片')).toBeTruthy()
    expect(screen.getByText('还可以加 9 个')).toBeTruthy()
    expect(screen.getByText('提交补充的材料')).toBeTruthy()
  })

  it('refuses a supplement with no file in the contract’s words, and sends nothing', async () => {
    const asked = aid({ status: 'awaiting_materials' }, { materialsRequest: { at: inDays(-1), text: '请补充工资条', dueAt: inDays(14) } })
    render(<ApplicationView application={asked} onChanged={jest.fn()} />)
    await tap('补充材料')
    await tap('提交补充的材料')
    expect(await screen.findByText('请至少选择一个文件')).toBeTruthy()
    expect(fetchMock).not.toHaveBeenCalled()
  })

  it('shows a refusal with its reason and how to object (第四十九条)', () => {
    const refused = aid(
      { status: 'refused', statusLabel: '不予援助' },
      { decision: { at: inDays(-1), granted: false, reason: '您的家庭收入超过了当地的经济困难标准。' }, objection: objectionText('黑水县') }
    )
    render(<ApplicationView application={refused} onChanged={jest.fn()} />)
    expect(screen.getByText('不予法律援助')).toBeTruthy()
    expect(screen.getByText('理由：您的家庭收入超过了当地的经济困难标准。')).toBeTruthy()
    expect(screen.getByText(objectionText('黑水县'))).toBeTruthy()
    expect(screen.getAllByRole('listitem')[2].textContent).toContain('3. 决定 · ✕ 已停止')
    expect(screen.queryByText('撤回申请')).toBeNull()
  })

  it('names the assigned helper and calls them', async () => {
    const assigned = aid(
      { status: 'assigned', statusLabel: '已指派' },
      { decision: { at: inDays(-2), granted: true }, assignee: { kind: 'lawyer', name: '王律师', phone: '0837-6722348', at: inDays(-1) } }
    )
    const call = jest.spyOn(Taro, 'makePhoneCall').mockResolvedValue({ errMsg: 'makePhoneCall:ok' })
    render(<ApplicationView application={assigned} onChanged={jest.fn()} />)
    expect(screen.getByText('承办人')).toBeTruthy()
    expect(screen.getByText('王律师（律师）')).toBeTruthy()
    await tap('📞 拨打 0837-6722348')
    expect(call).toHaveBeenCalledWith({ phoneNumber: '0837-6722348' })
    expect(screen.getAllByRole('listitem')[3].textContent).toContain('承办人：王律师')
  })

  it('opens a file through its short-lived link, made absolute against the local cloud', async () => {
    fetchMock.mockResolvedValue(ok({ url: '/files/local-abc?exp=1&sig=x', expiresAt: inDays(0), name: '身份证 1.jpg', type: 'image/jpeg' }))
    const opened = jest.spyOn(window, 'open').mockReturnValue(null)
    process.env.TARO_ENV = 'h5'
    render(<ApplicationView application={aid()} onChanged={jest.fn()} />)
    expect(screen.getByText('已交的材料（1 个）')).toBeTruthy()
    await act(async () => void fireEvent.click(screen.getByLabelText('查看 身份证 1.jpg')))
    await waitFor(() => expect(opened).toHaveBeenCalledWith(`${window.location.origin}/files/local-abc?exp=1&sig=x`, '_blank', 'noopener'))
    expect(JSON.parse(fetchMock.mock.calls[0][1].body)).toEqual({ action: 'materialLink', payload: { id: 'app-000001', materialId: 'mat-0001' } })
  })

  it('gives the ticket to share with family and turns following off', async () => {
    fetchMock.mockResolvedValue(ok(aid({ familyFollow: false })))
    const changed = jest.fn()
    render(<ApplicationView application={aid()} onChanged={changed} />)
    expect(screen.getByText(/家人凭单号 HSY-20261201-0001 和您手机号的最后 4 位/)).toBeTruthy()
    act(() => {
      screen.getByLabelText('允许家人查进度').dispatchEvent(new CustomEvent('change', { detail: { value: false }, bubbles: true }))
    })
    await waitFor(() => expect(changed).toHaveBeenCalled())
    expect(JSON.parse(fetchMock.mock.calls[0][1].body)).toEqual({ action: 'setFamilyFollow', payload: { id: 'app-000001', allowed: false } })
  })

  it('shows a mediation’s committee, and its outcome with what it means and what comes next', () => {
    const succeeded = MEDIATION_OUTCOMES[0]
    const mediation: ApplicationDetail = {
      ...aid({
        kind: 'mediation',
        ticket: 'HST-20261201-0002',
        status: 'succeeded',
        statusLabel: '调解成功',
        title: '邻里纠纷',
        nextStep: succeeded.next,
        aid: undefined
      }),
      mediation: {
        category: 'neighbour',
        township: '芦花镇',
        committee: '芦花镇人民调解委员会',
        otherParty: { name: '李某' },
        outcome: { kind: succeeded.id, label: succeeded.label, meaning: succeeded.meaning, next: succeeded.next, note: '双方同意重新划定路界。', at: inDays(0) }
      }
    }
    render(<ApplicationView application={mediation} onChanged={jest.fn()} />)
    expect(screen.getByText('由芦花镇人民调解委员会负责调解。')).toBeTruthy()
    expect(screen.getByText('邻里纠纷 · 发生在芦花镇')).toBeTruthy()
    expect(screen.getByText(succeeded.meaning)).toBeTruthy()
    // What comes next is said once, as the page's 下一步.
    expect(screen.getAllByText(new RegExp(succeeded.next.slice(0, 12)))).toHaveLength(1)
    expect(screen.getByText(`下一步：${succeeded.next}`)).toBeTruthy()
    expect(screen.getByText('说明：双方同意重新划定路界。')).toBeTruthy()
    expect(screen.getAllByRole('listitem').map((s) => s.textContent?.split(' · ')[0])).toEqual(['1. 提交', '2. 受理', '3. 结果'])
    expect(screen.queryByText('补充材料')).toBeNull()
  })
})

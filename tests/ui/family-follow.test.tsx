/** 家人查进度 page: checks the form with the shared contract, shows the status only, and the cloud's refusal in Chinese. */
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import FamilyFollowSwitch from '@/consult/components/FamilyFollowSwitch'
import FollowPage from '@/consult/pages/follow/index'
import type { ConsultationDetail } from '@/core/contracts/consult'
import { setElderlyMode } from '@/services/preferences'
import { auditActionLabel } from '@/core/domain/audit-actions'

const answer = (body: unknown) => ({ json: async () => body })

/** Taro's Input reports typing as an `input` event whose detail carries the value (as on WeChat). */
const type = (label: string, value: string) =>
  act(() => {
    screen.getByLabelText(label).dispatchEvent(new CustomEvent('input', { detail: { value }, bubbles: true }))
  })

describe('the 家人查进度 page', () => {
  const fetchMock = jest.fn()
  beforeEach(() => {
    Taro.clearStorageSync()
    fetchMock.mockReset()
    globalThis.fetch = fetchMock
  })
  afterEach(() => act(() => setElderlyMode(false)))

  it('says what is wrong with the form in Chinese and sends nothing', async () => {
    render(<FollowPage />)
    type('单号', 'HS-1')
    type('申请人手机号最后 4 位', '56')
    fireEvent.click(screen.getByText('查进度'))
    expect(await screen.findByText('请填写完整的单号，比如 HS-20261201-0001')).toBeTruthy()
    expect(screen.getByText('请填写申请人手机号的最后 4 位数字')).toBeTruthy()
    expect(fetchMock).not.toHaveBeenCalled()
  })

  it('shows the status, its meaning, the next step and the last change', async () => {
    fetchMock.mockResolvedValue(
      answer({
        ok: true,
        data: {
          ticket: 'HS-20261201-0007',
          status: 'queued',
          statusLabel: '排队中',
          meaning: '正在排队，等工作人员处理',
          nextStep: '请提醒申请人保持电话畅通',
          updatedAt: '2026-12-01T02:30:00.000Z'
        }
      })
    )
    render(<FollowPage />)
    type('单号', 'hs-20261201-0007')
    type('申请人手机号最后 4 位', '5678')
    fireEvent.click(screen.getByText('查进度'))
    expect(await screen.findByText('排队中')).toBeTruthy()
    expect(screen.getByText('正在排队，等工作人员处理')).toBeTruthy()
    expect(screen.getByText('下一步：请提醒申请人保持电话畅通')).toBeTruthy()
    expect(screen.getByText(/最近一次变化：12月1日/)).toBeTruthy()
    const [url, init] = fetchMock.mock.calls[0]
    expect(url).toBe('/api/consult')
    // The ticket goes out as the contract normalises it.
    expect(JSON.parse(init.body)).toEqual({ action: 'follow', payload: { ticket: 'HS-20261201-0007', phoneLast4: '5678' } })
  })

  it('shows the cloud’s refusal in plain Chinese, and works in elderly mode', async () => {
    act(() => setElderlyMode(true))
    fetchMock.mockResolvedValue(
      answer({ ok: false, error: { code: 'RESOURCE.NOT_FOUND', message: '没有查到。请核对单号和申请人手机号的最后 4 位；也可能申请人关闭了家人查进度' } })
    )
    const { container } = render(<FollowPage />)
    expect(container.querySelector('.page.elderly')).toBeTruthy()
    type('单号', 'HS-20261201-0007')
    type('申请人手机号最后 4 位', '1234')
    fireEvent.click(screen.getByText('查进度'))
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('没有查到'))
    expect(screen.queryByRole('status')).toBeNull()
  })
})

describe('the applicant’s 家人查进度 switch on the case page', () => {
  const fetchMock = jest.fn()
  beforeEach(() => {
    Taro.clearStorageSync()
    fetchMock.mockReset()
    globalThis.fetch = fetchMock
  })

  it('is on by default, says what relatives can see, and turns off in one tap', async () => {
    const c = { id: 'case-follow-1', ticket: 'HS-20261201-0007', familyFollow: true } as ConsultationDetail
    fetchMock.mockResolvedValue(answer({ ok: true, data: { ...c, familyFollow: false } }))
    const changed = jest.fn()
    render(<FamilyFollowSwitch consultation={c} onChanged={changed} />)
    expect(screen.getByText(/家人凭单号 HS-20261201-0007 和您手机号的最后 4 位/)).toBeTruthy()
    act(() => {
      screen.getByLabelText('允许家人查进度').dispatchEvent(new CustomEvent('change', { detail: { value: false }, bubbles: true }))
    })
    await waitFor(() => expect(changed).toHaveBeenCalledWith({ ...c, familyFollow: false }))
    expect(JSON.parse(fetchMock.mock.calls[0][1].body)).toEqual({ action: 'setFamilyFollow', payload: { id: 'case-follow-1', allowed: false } })
  })
})

describe('the audit trail', () => {
  it('names each 家人查进度 look-up in words for staff', () => {
    expect(['consult.follow.shown', 'consult.follow.refused', 'consult.follow.locked'].map(auditActionLabel)).toEqual([
      '家人查进度查到了',
      '家人查进度没对上',
      '家人查进度试错太多已锁定'
    ])
  })
})

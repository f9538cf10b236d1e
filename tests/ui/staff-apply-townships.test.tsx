/** Staff admin: the townships a member mediates for, chosen from the county file, and what each member handles in words. */
import { act, fireEvent, render, screen } from '@testing-library/react'
import { county } from '@/core/county/current'
import TownshipsEditor from '@/staff/components/TownshipsEditor'
import { applicationCoverageText } from '@/staff/labels'
import { ADMIN, LAWYER } from './staff-apply-fixtures'

const STATION_STAFF = { ...LAWYER, openid: 'o-station-1', name: '小杨', kind: 'station' as const, pointIds: ['chengdu-station'] }

describe('what a member handles', () => {
  it('follows the cloud’s scope: the centre sees all, station staff only the townships set', () => {
    expect(applicationCoverageText(LAWYER)).toBe('法律援助申请、所有乡镇的人民调解')
    expect(applicationCoverageText(ADMIN)).toBe('法律援助申请、所有乡镇的人民调解')
    expect(applicationCoverageText(STATION_STAFF)).toBe('不处理申请')
    expect(applicationCoverageText({ ...STATION_STAFF, townships: ['卡龙镇', '芦花镇'] })).toBe('卡龙镇、芦花镇的人民调解')
  })
})

describe('setting a member’s townships', () => {
  const answer = (body: unknown) => ({ json: async () => body })
  const fetchMock = jest.fn()
  beforeEach(() => {
    fetchMock.mockReset()
    globalThis.fetch = fetchMock
  })

  it('offers every township of the county file, starts from the member’s own, and saves the choice', async () => {
    const onSaved = jest.fn()
    render(<TownshipsEditor member={{ ...STATION_STAFF, townships: ['卡龙镇'] }} onSaved={onSaved} onCancel={jest.fn()} />)
    expect(screen.getAllByRole('checkbox')).toHaveLength(county.townships.length)
    expect(screen.getByText('✓ 卡龙镇')).toBeTruthy()
    fireEvent.click(screen.getByText('芦花镇'))
    fetchMock.mockResolvedValue(answer({ ok: true, data: { ...STATION_STAFF, townships: ['卡龙镇', '芦花镇'] } }))
    await act(async () => fireEvent.click(screen.getByText('保存乡镇')))
    const [url, init] = fetchMock.mock.calls[0]
    expect(url).toBe('/api/staff')
    expect(JSON.parse(init.body)).toEqual({ action: 'setTownships', payload: { openid: 'o-station-1', townships: ['卡龙镇', '芦花镇'] } })
    expect(onSaved).toHaveBeenCalledWith(expect.objectContaining({ townships: ['卡龙镇', '芦花镇'] }))
  })

  it('shows the cloud’s refusal in Chinese', async () => {
    fetchMock.mockResolvedValue(answer({ ok: false, error: { code: 'AUTH.FORBIDDEN', message: '只有管理员可以这样操作' } }))
    render(<TownshipsEditor member={STATION_STAFF} onSaved={jest.fn()} onCancel={jest.fn()} />)
    await act(async () => fireEvent.click(screen.getByText('保存乡镇')))
    expect(screen.getByText('只有管理员可以这样操作')).toBeTruthy()
  })
})

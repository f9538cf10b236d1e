/** The stations client: the list kept on the phone, offline detail, and what a card says. */
import { render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { county } from '@/core/county/current'
import StationCard from '@/components/StationCard'
import StationNothingNear from '@/components/StationNothingNear'
import { keptPointList, loadPoint, loadPointList } from '@/services/points'

const chengdu = county.servicePoints.find((p) => p.id === 'chengdu-station')!
const envelope = (data: unknown) => ({ json: async () => ({ ok: true, data }) })

describe('service points on the phone', () => {
  const fetchMock = jest.fn()
  beforeEach(() => {
    Taro.clearStorageSync()
    fetchMock.mockReset()
    globalThis.fetch = fetchMock
  })

  it('keeps the list with the time it arrived, for the next visit and for offline use', async () => {
    expect(keptPointList()).toBeUndefined()
    fetchMock.mockResolvedValue(envelope({ items: [chengdu], updatedAt: '2026-11-20T02:00:00.000Z' }))
    await loadPointList()
    expect(keptPointList()).toEqual({ data: { items: [chengdu], updatedAt: '2026-11-20T02:00:00.000Z' }, savedAt: expect.any(String) })
    // The position is never part of what is sent.
    expect(JSON.parse(fetchMock.mock.calls[0][1].body)).toEqual({ action: 'list', payload: {} })
  })

  it('opens a station offline from the kept list, even if its own page was never opened', async () => {
    fetchMock.mockResolvedValueOnce(envelope({ items: [chengdu], updatedAt: null }))
    await loadPointList()
    fetchMock.mockRejectedValue(new TypeError('Failed to fetch'))
    expect(await loadPoint('chengdu-station')).toMatchObject({ ok: true, data: chengdu, fromCache: true })
    expect(await loadPoint('not-kept')).toMatchObject({ ok: false, error: { code: 'NETWORK.OFFLINE' } })
  })
})

describe('what a station card says', () => {
  it('shows the 示例 badge, open now in words, the next opening, and the distance', () => {
    // Tuesday 10 March 2026, 20:00 in Shanghai: closed, opens tomorrow 09:00.
    render(<StationCard point={chengdu} calendar={county} now={new Date('2026-03-10T12:00:00Z')} distanceText='1.2 公里' />)
    expect(screen.getByText('示例')).toBeTruthy()
    expect(screen.getByText('已休息')).toBeTruthy()
    expect(screen.getByText('明天 09:00 开门')).toBeTruthy()
    expect(screen.getByText('1.2 公里')).toBeTruthy()
  })

  it('says when nothing is near, names the nearest station, and offers the local 12348 and booking', () => {
    render(<StationNothingNear nearestStation={{ point: chengdu, km: 2057.4 }} localHelp={[]} hotline={county.hotline} from='您' />)
    expect(screen.getByText('50 公里内没有驻外法律服务工作站')).toBeTruthy()
    expect(screen.getByText(`离您最近的是${chengdu.name}，约 2057 公里。`)).toBeTruthy()
    expect(screen.getByLabelText('拨打当地的公共法律服务热线 12348')).toBeTruthy()
    expect(screen.getByText('预约电话咨询')).toBeTruthy()
    expect(screen.getByText('留言咨询')).toBeTruthy()
    // The nearest station stays one tap away, however far.
    expect(screen.getByText(`最近的工作站：${chengdu.name}（约 2057 公里）`)).toBeTruthy()
  })

  it('in a city that is not listed (深圳), lists real help, never an empty list, and explains that 12348 there is 深圳’s line', () => {
    const { container } = render(<StationNothingNear nearestStation={null} localHelp={[]} hotline={county.hotline} from='深圳市' />)
    const items = [...container.querySelectorAll('[role=listitem]')]
    expect(items.length).toBeGreaterThanOrEqual(2)
    for (const item of items) expect(item.textContent?.trim()).not.toBe('')
    expect(container.textContent).toContain(`在深圳市拨打 12348，接通的是深圳市的公共法律服务热线（不是${county.name}的）`)
    expect(container.textContent).toContain(`想找${county.name}的律师`)
    expect(container.textContent).not.toMatch(/家乡的热线|离您很近/)
    // The county's hotline is 12348 itself: dialled from 深圳 it would not reach the county, so it is not offered as such.
    expect(screen.queryByLabelText(`拨打${county.hotline.label} 12348`)).toBeNull()
  })
})

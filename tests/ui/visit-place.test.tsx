/** An in-person ticket says where to go: address, phones and 导航, also from the phone's copy offline. */
import { act, fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { county } from '@/core/county/current'
import VisitPlace from '@/consult/components/VisitPlace'
import { loadPointList } from '@/services/points'

const chengdu = county.servicePoints.find((p) => p.id === 'chengdu-station')!
const envelope = (data: unknown) => ({ json: async () => ({ ok: true, data }) })

describe('VisitPlace (fetch recorded; window.open recorded: the map app is outside the browser)', () => {
  const fetchMock = jest.fn()
  const openMock = jest.fn()
  beforeEach(() => {
    Taro.clearStorageSync()
    fetchMock.mockReset()
    openMock.mockReset()
    globalThis.fetch = fetchMock
    window.open = openMock
  })

  it('shows the station’s address and phones, and 导航 opens the map at its place', async () => {
    fetchMock.mockResolvedValue(envelope(chengdu))
    render(<VisitPlace pointId='chengdu-station' />)
    await screen.findByText(`地址：${chengdu.address}`)
    for (const phone of chengdu.phones) expect(screen.getByLabelText(`拨打${phone.label} ${phone.number}`)).toBeTruthy()
    fireEvent.click(screen.getByText('🧭 导航过去'))
    expect(openMock.mock.calls[0][0]).toContain(`position=${chengdu.location.lng},${chengdu.location.lat}`)
  })

  it('still says where to go offline, from the kept list of stations', async () => {
    fetchMock.mockResolvedValueOnce(envelope({ items: [chengdu], updatedAt: null }))
    await loadPointList()
    fetchMock.mockRejectedValue(new TypeError('Failed to fetch'))
    await act(async () => {
      render(<VisitPlace pointId='chengdu-station' />)
    })
    await screen.findByText(`地址：${chengdu.address}`)
    expect(screen.getByRole('status').textContent).toContain('没有网络')
  })
})

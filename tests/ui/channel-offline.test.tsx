/**
 * 方式和时间 with no network: the times cannot be seen, so the step offers what works offline
 * (尽快回电, a written question) instead of a dead end. fetch stands in for the network.
 */
import { act, fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import ChannelStep from '@/consult/components/ChannelStep'
import { emptyDraft, type Draft } from '@/consult/draft'

describe('choosing a time with no network', () => {
  beforeEach(() => {
    Taro.clearStorageSync()
    globalThis.fetch = jest.fn().mockRejectedValue(new TypeError('Failed to fetch'))
  })

  it('says the times cannot be seen and offers 尽快回电 or a written question', async () => {
    const update = jest.fn()
    const draft: Draft = { ...emptyDraft('req-offline-0001'), matter: 'wages', channel: 'phone' }
    await act(async () => {
      render(<ChannelStep draft={draft} issues={[]} update={update} />)
    })
    await screen.findByText('现在没有网络，看不到能约的时间。您可以：')
    fireEvent.click(screen.getByText('尽快回电'))
    expect(update).toHaveBeenLastCalledWith({ asap: true, slotStart: undefined })
    fireEvent.click(screen.getByText('改为留言咨询'))
    expect(update).toHaveBeenLastCalledWith({ channel: 'written', slotStart: undefined, asap: false })
    expect(screen.queryByText(/约满/)).toBeNull()
  })
})

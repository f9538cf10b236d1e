/**
 * The outbox on Taro's browser storage: what fails for want of a network is kept with its
 * request id, sent once when the network returns, and what the cloud refuses waits with its
 * words. fetch is recorded: it stands in for the network and the cloud.
 */
import { act, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { PRIVACY_NOTICE_VERSION, type CreateConsultation } from '@/core/contracts/consult'
import OutboxList from '@/consult/components/OutboxList'
import { flushOutbox, outboxItems, startOutbox, subscribeOutbox, wasSent } from '@/services/outbox'
import { sendOrKeep } from '@/services/outbox-send'

const booking: CreateConsultation = {
  clientRequestId: 'req-outbox-0001',
  matter: 'traffic',
  channel: 'written',
  description: '骑摩托车被小车撞了，对方不肯赔。',
  applicant: { name: '张三', phone: '13800138000', township: '芦花镇', currentCity: '成都市', disputeCity: '成都市' },
  contactSafety: { safeToCall: true, leaveMessage: true, sayWhoWeAre: true },
  consent: { sensitive: true, version: PRIVACY_NOTICE_VERSION }
}
const created = { id: 'c-123456', ticket: 'HS-20261201-0001' }
const ok = (data: unknown) => ({ json: async () => ({ ok: true, data }) })
const refused = (code: string, message: string) => ({ json: async () => ({ ok: false, error: { code, message } }) })
const offline = () => Promise.reject(new TypeError('Failed to fetch'))
const sentBodies = (fetchMock: jest.Mock) => fetchMock.mock.calls.map(([, init]) => JSON.parse(init.body))

describe('the outbox', () => {
  const fetchMock = jest.fn()
  beforeEach(() => {
    Taro.clearStorageSync()
    fetchMock.mockReset()
    globalThis.fetch = fetchMock
  })

  it('keeps a booking made offline with its request id, and shows it as 待发送', async () => {
    fetchMock.mockImplementation(offline)
    expect(await sendOrKeep({ kind: 'booking', requestId: booking.clientRequestId, payload: booking })).toEqual({ status: 'kept' })
    expect(outboxItems()).toEqual([expect.objectContaining({ kind: 'booking', requestId: 'req-outbox-0001', payload: booking })])
    render(<OutboxList items={outboxItems()} />)
    expect(screen.getByText('待发送')).toBeTruthy()
    expect(screen.getByText('预约：交通事故 · 留言咨询')).toBeTruthy()
  })

  it('sends it once when the browser says the network is back, and remembers it was sent', async () => {
    fetchMock.mockImplementation(offline)
    await sendOrKeep({ kind: 'booking', requestId: booking.clientRequestId, payload: booking })
    await sendOrKeep({ kind: 'booking', requestId: booking.clientRequestId, payload: booking })
    expect(outboxItems()).toHaveLength(1)

    fetchMock.mockReset()
    fetchMock.mockResolvedValue(ok(created))
    const heard: unknown[] = []
    const stop = subscribeOutbox((sent) => sent && heard.push(sent.data))
    startOutbox()
    await act(async () => {
      window.dispatchEvent(new Event('online'))
      await flushOutbox()
    })
    stop()
    expect(sentBodies(fetchMock)).toEqual([{ action: 'create', payload: booking }])
    expect(heard).toEqual([created])
    expect(outboxItems()).toEqual([])
    expect(wasSent('req-outbox-0001')).toBe(true)
  })

  it('keeps a message with its request id, which the cloud uses to add it once', async () => {
    fetchMock.mockImplementation(offline)
    await sendOrKeep({
      kind: 'message',
      requestId: 'msg-0001-abcdef',
      payload: { id: 'c-123456', text: '老板电话 13900000000', clientRequestId: 'msg-0001-abcdef' }
    })
    fetchMock.mockReset()
    fetchMock.mockResolvedValue(ok(created))
    expect(await flushOutbox()).toBe(1)
    expect(sentBodies(fetchMock)).toEqual([
      { action: 'addMessage', payload: { id: 'c-123456', text: '老板电话 13900000000', clientRequestId: 'msg-0001-abcdef' } }
    ])
  })

  it('stops at the first network failure and keeps the rest in order', async () => {
    fetchMock.mockImplementation(offline)
    await sendOrKeep({ kind: 'booking', requestId: 'req-outbox-0001', payload: booking })
    await sendOrKeep({ kind: 'booking', requestId: 'req-outbox-0002', payload: { ...booking, clientRequestId: 'req-outbox-0002' } })
    fetchMock.mockReset()
    fetchMock.mockImplementation(offline)
    expect(await flushOutbox()).toBe(0)
    expect(fetchMock).toHaveBeenCalledTimes(1)
    expect(outboxItems().map((i) => i.requestId)).toEqual(['req-outbox-0001', 'req-outbox-0002'])
  })

  it('keeps what the cloud refuses later with the cloud’s words, and does not send it again by itself', async () => {
    fetchMock.mockImplementation(offline)
    await sendOrKeep({ kind: 'booking', requestId: booking.clientRequestId, payload: booking })
    fetchMock.mockReset()
    fetchMock.mockResolvedValue(refused('SLOT.FULL', '这个时间已经约满了，请换一个时间'))
    expect(await flushOutbox()).toBe(0)
    expect(outboxItems()[0].problem).toBe('这个时间已经约满了，请换一个时间')
    expect(await flushOutbox()).toBe(0)
    expect(fetchMock).toHaveBeenCalledTimes(1)
    render(<OutboxList items={outboxItems()} />)
    expect(screen.getByText('没能发出')).toBeTruthy()
    expect(screen.getByText('改一改再发')).toBeTruthy()
  })

  it('answers a refusal at once, keeping nothing', async () => {
    fetchMock.mockResolvedValue(refused('CONSULT.LIMIT', '您已经有 5 个咨询正在处理'))
    expect(await sendOrKeep({ kind: 'booking', requestId: booking.clientRequestId, payload: booking })).toMatchObject({
      status: 'refused',
      error: { code: 'CONSULT.LIMIT' }
    })
    expect(outboxItems()).toEqual([])
  })
})

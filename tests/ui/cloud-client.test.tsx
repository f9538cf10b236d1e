/** The client checks payloads with the shared contract before anything is sent. */
import Taro from '@tarojs/taro'
import { callCloud } from '@/services/cloud'
import { saveSession } from '@/services/session'

describe('callCloud (h5 transport, fetch recorded)', () => {
  const fetchMock = jest.fn()
  beforeEach(() => {
    Taro.clearStorageSync()
    fetchMock.mockReset()
    globalThis.fetch = fetchMock
  })

  it('refuses a bad payload with the same field messages as the cloud, sending nothing', async () => {
    const answer = await callCloud('tips', 'list', { keyword: '一'.repeat(21) })
    expect(answer).toEqual({
      ok: false,
      error: { code: 'INPUT.INVALID', message: '填写的内容有问题，请按提示修改', issues: [{ path: 'keyword', message: '搜索词不能超过 20 个字' }] }
    })
    expect(fetchMock).not.toHaveBeenCalled()
  })

  it('posts { action, payload } to /api/<function> with the local session', async () => {
    saveSession({ token: 'tok.sig', openid: 'local_x', role: 'citizen', name: '张三' })
    fetchMock.mockResolvedValue({ json: async () => ({ ok: true, data: { items: [], total: 0 } }) })
    expect(await callCloud('tips', 'list', { category: 'anti-fraud' })).toEqual({ ok: true, data: { items: [], total: 0 } })
    const [url, init] = fetchMock.mock.calls[0]
    expect(url).toBe('/api/tips')
    expect(JSON.parse(init.body)).toEqual({ action: 'list', payload: { category: 'anti-fraud' } })
    expect(init.headers.authorization).toBe('Bearer tok.sig')
  })

  it('answers a plain Chinese offline error when the network fails', async () => {
    fetchMock.mockRejectedValue(new TypeError('Failed to fetch'))
    expect(await callCloud('tips', 'theme', {})).toMatchObject({ ok: false, error: { code: 'NETWORK.OFFLINE', message: '网络不通，请检查网络后再试' } })
  })
})

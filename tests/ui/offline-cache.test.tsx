import Taro from '@tarojs/taro'
import { fail, ok } from '@/core/envelope'
import { cachedCall } from '@/services/offline-cache'

describe('the offline copy of what citizens read', () => {
  beforeEach(() => Taro.clearStorageSync())

  it('keeps a good answer on the phone with the time it arrived', async () => {
    const result = await cachedCall('k', async () => ok({ title: '讨薪' }))
    expect(result).toMatchObject({ ok: true, data: { title: '讨薪' }, fromCache: false })
    expect(Taro.getStorageSync('cache:k')).toMatchObject({ data: { title: '讨薪' }, savedAt: expect.any(String) })
  })

  it('answers the kept copy, marked as such, when the network is gone', async () => {
    await cachedCall('k', async () => ok({ title: '讨薪' }))
    const offline = await cachedCall('k', async () => fail('NETWORK.OFFLINE', '网络不通'))
    expect(offline).toMatchObject({ ok: true, data: { title: '讨薪' }, fromCache: true })
  })

  it('passes the error on when nothing was kept', async () => {
    expect(await cachedCall('k', async () => fail('NETWORK.OFFLINE', '网络不通'))).toEqual({
      ok: false,
      error: { code: 'NETWORK.OFFLINE', message: '网络不通' }
    })
  })

  it('does not hide a real refusal behind an old copy', async () => {
    await cachedCall('k', async () => ok({ title: '讨薪' }))
    const gone = await cachedCall('k', async () => fail('RESOURCE.NOT_FOUND', '没有找到这条普法小贴士'))
    expect(gone).toMatchObject({ ok: false, error: { code: 'RESOURCE.NOT_FOUND' } })
  })
})

/** The home page's badges: what changed in 我的咨询 and in 我的申请, each said in words. fetch stands in for the cloud. */
import { render, screen } from '@testing-library/react'
import HomePage from '@/pages/home/index'
import { saveSession } from '@/services/session'

// jsdom has no mini-program page lifecycle: the page shows once, when it mounts.
jest.mock('@tarojs/taro', () => {
  const actual = jest.requireActual('@tarojs/taro')
  const { useEffect, useRef } = jest.requireActual('react')
  const useShownOnce = (show: () => void) => {
    const shown = useRef(show)
    useEffect(() => shown.current(), [])
  }
  return new Proxy(actual, { get: (taro, key) => (key === 'useDidShow' ? useShownOnce : taro[key]) })
})

const answer = (data: unknown) => ({ json: async () => ({ ok: true, data }) })

describe('the home page badges', () => {
  it('counts changed consultations and changed applications apart', async () => {
    saveSession({ token: 't.sig', openid: 'o-citizen', role: 'citizen', name: '杨阿姐' })
    globalThis.fetch = jest.fn(async (url: string, init: { body: string }) => {
      const { action } = JSON.parse(init.body) as { action: string }
      if (url.endsWith('/api/consult') && action === 'listMine') return answer({ items: [], total: 3, unseenCount: 2 })
      if (url.endsWith('/api/apply') && action === 'listMine') return answer({ items: [], total: 1, unseenCount: 1 })
      // The month's theme is not what this test watches: it answers that it could not load.
      return { json: async () => ({ ok: false, error: { code: 'SERVER.UNAVAILABLE', message: '服务暂时不可用' } }) }
    }) as unknown as typeof fetch
    render(<HomePage />)
    expect(await screen.findByLabelText('2 个咨询有新进展')).toBeTruthy()
    expect(await screen.findByLabelText('1 个申请有新进展')).toBeTruthy()
  })
})

import { act, render } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { Text } from '@tarojs/components'
import PageShell from '@/components/PageShell'
import { setElderlyMode } from '@/services/preferences'

describe('elderly mode', () => {
  afterEach(() => act(() => setElderlyMode(false)))

  it('marks every open page when switched on, and remembers the choice on the phone', () => {
    const { container } = render(
      <>
        <PageShell>
          <Text>首页</Text>
        </PageShell>
        <PageShell>
          <Text>普法</Text>
        </PageShell>
      </>
    )
    const pages = () => [...container.querySelectorAll('.page')]
    expect(pages().map((p) => p.classList.contains('elderly'))).toEqual([false, false])
    act(() => setElderlyMode(true))
    expect(pages().map((p) => p.classList.contains('elderly'))).toEqual([true, true])
    expect(Taro.getStorageSync('elderly-mode')).toBe(true)
  })
})

import { fireEvent, render, screen } from '@testing-library/react'
import LoadStateView from '@/components/LoadStateView'
import type { LoadState } from '@/hooks/use-loader'

const renderState = (state: LoadState<string[]>, onRetry = jest.fn()) =>
  render(
    <LoadStateView state={state} onRetry={onRetry} isEmpty={(items) => items.length === 0} emptyText='还没有小贴士'>
      {(items) => <div data-testid='content'>{items.join(',')}</div>}
    </LoadStateView>
  )

describe('LoadStateView', () => {
  it('says it is loading', () => {
    renderState({ status: 'loading' })
    expect(screen.getByText('正在加载…')).toBeTruthy()
    expect(screen.queryByTestId('content')).toBeNull()
  })

  it('shows the cloud’s message and retries on tap', () => {
    const onRetry = jest.fn()
    renderState({ status: 'failed', error: { code: 'NETWORK.OFFLINE', message: '网络不通，请检查网络后再试' } }, onRetry)
    expect(screen.getByText('网络不通，请检查网络后再试')).toBeTruthy()
    fireEvent.click(screen.getByText('再试一次'))
    expect(onRetry).toHaveBeenCalledTimes(1)
  })

  it('shows the empty text instead of an empty list', () => {
    renderState({ status: 'loaded', data: [], savedAt: '2026-11-27T12:00:00Z', fromCache: false })
    expect(screen.getByText('还没有小贴士')).toBeTruthy()
  })

  it('shows the content, and when it comes from the phone’s copy, when that was saved', () => {
    renderState({ status: 'loaded', data: ['a', 'b'], savedAt: '2026-11-27T12:48:00Z', fromCache: true })
    expect(screen.getByTestId('content').textContent).toBe('a,b')
    expect(screen.getByText('没有网络，显示的是 11月27日 20:48 保存的内容')).toBeTruthy()
  })
})

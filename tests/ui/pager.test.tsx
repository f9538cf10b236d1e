/**
 * The one pager of the growing lists, in the browser build's components: one page first, the
 * next on "show more", the count of what is left, a failed page kept out, and a new first page
 * (another filter, a reload) starting over. The pages come from a loader the test writes.
 */
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { Text, View } from '@tarojs/components'
import ShowMoreButton from '@/components/ShowMoreButton'
import { usePager } from '@/hooks/use-pager'
import type { CachedResult } from '@/services/offline-cache'

type Page = { items: string[]; total: number }
const ALL = Array.from({ length: 45 }, (_, i) => `第${i + 1}条`)
const PAGE = 20

const pageAt = (list: string[], offset: number): CachedResult<Page> => ({
  ok: true,
  data: { items: list.slice(offset, offset + PAGE), total: list.length },
  savedAt: '2026-11-29T00:00:00Z',
  fromCache: false
})

function List({ load, filter }: { load: (offset: number, filter: string) => Promise<CachedResult<Page>>; filter: string }) {
  const { pager } = usePager((offset) => load(offset, filter), [filter])
  return (
    <View>
      {pager.items.map((item) => (
        <Text key={item} className='item'>
          {item}
        </Text>
      ))}
      <ShowMoreButton pager={pager} step={PAGE} unit='条' />
    </View>
  )
}

const shown = () => document.querySelectorAll('.item').length

describe('the pager of the growing lists (browser build)', () => {
  it('shows one page, adds the next on "show more", and says how many are left', async () => {
    const load = jest.fn(async (offset: number) => pageAt(ALL, offset))
    render(<List load={load} filter='all' />)
    await waitFor(() => expect(shown()).toBe(20))
    fireEvent.click(screen.getByText('再看 20 条（还有 25 条）'))
    await waitFor(() => expect(shown()).toBe(40))
    fireEvent.click(screen.getByText('再看 5 条（还有 5 条）'))
    await waitFor(() => expect(shown()).toBe(45))
    expect(screen.queryByText(/再看/)).toBeNull()
    expect(load.mock.calls.map(([offset]) => offset)).toEqual([0, 20, 40])
  })

  it('keeps what it has when a page fails and says why, and a new first page starts over', async () => {
    let failNext = false
    const load = jest.fn(async (offset: number, filter: string): Promise<CachedResult<Page>> => {
      if (failNext) return { ok: false, error: { code: 'NETWORK.OFFLINE', message: '网络不通，请检查网络后再试' } }
      return pageAt(filter === 'all' ? ALL : ALL.slice(0, 3), offset)
    })
    const { rerender } = render(<List load={load} filter='all' />)
    await waitFor(() => expect(shown()).toBe(20))
    fireEvent.click(screen.getByText('再看 20 条（还有 25 条）'))
    await waitFor(() => expect(shown()).toBe(40))
    failNext = true
    fireEvent.click(screen.getByText('再看 5 条（还有 5 条）'))
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)))
    expect(shown()).toBe(40)
    // Taro's toast says why, in the browser as in WeChat.
    await waitFor(() => expect(document.body.textContent).toContain('网络不通，请检查网络后再试'))
    failNext = false
    rerender(<List load={load} filter='few' />)
    await waitFor(() => expect(shown()).toBe(3))
    expect(screen.queryByText(/再看/)).toBeNull()
  })
})

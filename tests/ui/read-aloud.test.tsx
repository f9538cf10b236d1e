/**
 * 朗读 with a recording stand-in for the browser's speechSynthesis: the test hears what would
 * be spoken, in which language, and that a second tap stops it.
 */
import { act, fireEvent, render, screen } from '@testing-library/react'
import ReadAloudButton from '@/components/ReadAloudButton'

class RecordingUtterance {
  lang = ''
  rate = 1
  onend: (() => void) | null = null
  onerror: (() => void) | null = null
  constructor(public text: string) {}
}

describe('朗读 (speechSynthesis replaced by a recording stand-in)', () => {
  const spoken: RecordingUtterance[] = []
  const cancel = jest.fn()
  beforeEach(() => {
    spoken.length = 0
    cancel.mockReset()
    Object.assign(window, { SpeechSynthesisUtterance: RecordingUtterance, speechSynthesis: { speak: (u: RecordingUtterance) => spoken.push(u), cancel } })
  })

  it('reads the text in Chinese, a little slowly, and stops on a second tap', () => {
    render(<ReadAloudButton what='这条小贴士' text='工资被拖欠怎么办。先留好证据。' />)
    fireEvent.click(screen.getByLabelText('朗读这条小贴士'))
    expect(spoken.map((u) => ({ text: u.text, lang: u.lang, rate: u.rate }))).toEqual([{ text: '工资被拖欠怎么办。先留好证据。', lang: 'zh-CN', rate: 0.9 }])
    fireEvent.click(screen.getByLabelText('停止朗读这条小贴士'))
    expect(cancel).toHaveBeenCalled()
    expect(screen.getByLabelText('朗读这条小贴士')).toBeTruthy()
  })

  it('goes back to 朗读 when the reading ends by itself', () => {
    render(<ReadAloudButton what='预约结果' text='预约成功。' />)
    fireEvent.click(screen.getByLabelText('朗读预约结果'))
    fireEvent.click(screen.getByLabelText('停止朗读预约结果'))
    fireEvent.click(screen.getByLabelText('朗读预约结果'))
    expect(screen.queryByLabelText('朗读预约结果')).toBeNull()
    act(() => spoken[1].onend?.())
    expect(screen.getByLabelText('朗读预约结果')).toBeTruthy()
  })

  it('says plainly when the browser cannot read aloud', () => {
    Object.assign(window, { speechSynthesis: undefined })
    render(<ReadAloudButton what='答复' text='你好' />)
    fireEvent.click(screen.getByLabelText('朗读答复'))
    expect(screen.getByText(/这个浏览器不能朗读/)).toBeTruthy()
    expect(spoken).toEqual([])
  })
})

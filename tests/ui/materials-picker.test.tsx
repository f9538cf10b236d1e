/**
 * @jest-environment-options {"url": "http://127.0.0.1:24731/"}
 */
/**
 * The materials picker (browser build) against the real local cloud: limits checked before
 * anything is sent, uploads to POST /files with the session, every state in words, retry and
 * remove. Files are picked through the real hidden file input; sends are recorded at
 * XMLHttpRequest.open. The page's origin is the local cloud's (a fixed port below Linux's
 * ephemeral range), as when the local cloud serves the h5 build.
 */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import MaterialsPicker from '@/apply/components/MaterialsPicker'
import { FILE_INPUT_ID } from '@/services/browser-file-input'
import { uploadedMaterials, type PickedMaterial } from '@/services/materials'
import { saveSession } from '@/services/session'
import { LOCAL_FILE_KEY } from '../../cloudfunctions/files/local-dir'
import { signIn } from '../../cloudfunctions/local/sessions'
import { startLocalCloud, type RunningCloud } from '../helpers/local-cloud'
import { jpegBytes, textBytes } from '../helpers/material-files'
import { openTempStore } from '../helpers/temp-store'

const MB = 1024 * 1024
/** A file as the browser hands it over: its bytes (a real JPEG unless given), its name and the type the browser guessed. */
const jpeg = (name: string, bytes: number | Buffer = jpegBytes()) =>
  new File([typeof bytes === 'number' ? new Uint8Array(bytes) : new Uint8Array(bytes)], name, { type: 'image/jpeg' })

/** The picker as a form holds it: the list lives in the form's state. */
function Form({ initial = [], alreadyAttached, onList }: { initial?: PickedMaterial[]; alreadyAttached?: number; onList?: (v: PickedMaterial[]) => void }) {
  const [value, setValue] = useState(initial)
  return (
    <MaterialsPicker
      value={value}
      alreadyAttached={alreadyAttached}
      onChange={(next) => {
        setValue(next)
        onList?.(next)
      }}
    />
  )
}

/** Taps 添加照片 and chooses these files in the browser's file dialog. */
const pick = async (button: string, files: File[]) => {
  fireEvent.click(screen.getByText(button))
  const input = document.getElementById(FILE_INPUT_ID) as HTMLInputElement
  expect(input).toBeTruthy()
  Object.defineProperty(input, 'files', { value: files })
  await act(async () => {
    input.dispatchEvent(new Event('change'))
  })
}

const row = (over: Partial<PickedMaterial>): PickedMaterial => ({
  localId: Math.random().toString(36).slice(2),
  name: 'a.jpg',
  bytes: 300 * 1024,
  kind: 'evidence',
  state: 'done',
  progress: 100,
  upload: 'local-00000000-0000-0000-0000-000000000000',
  ...over
})

describe('MaterialsPicker', () => {
  let cloud: RunningCloud
  let openid: string
  beforeAll(async () => {
    cloud = await startLocalCloud({}, openTempStore(), 24731)
    const session = await signIn({ persona: 'citizen', name: '张三' }, cloud.temp.store, 'test-secret')
    openid = session.openid
    saveSession({ ...session, name: '张三' })
  })
  afterAll(async () => {
    Taro.clearStorageSync()
    await cloud.stop()
    await cloud.temp.cleanup()
  })
  const opened: string[] = []
  const realOpen = XMLHttpRequest.prototype.open
  beforeEach(() => {
    opened.length = 0
    jest.spyOn(XMLHttpRequest.prototype, 'open').mockImplementation(function (this: XMLHttpRequest, method: string, url: string | URL) {
      opened.push(`${method} ${String(url)}`)
      return realOpen.call(this, method, url, true)
    })
  })
  afterEach(() => jest.restoreAllMocks())

  it('refuses a file over 10 MB before uploading anything, in words', async () => {
    const lists: PickedMaterial[][] = []
    render(<Form onList={(v) => lists.push(v)} />)
    await pick('添加照片', [jpeg('工资条.jpg', 10 * MB + 1)])
    expect(screen.getByText('“工资条.jpg”没有加上：文件太大了：每个文件不能超过 10 MB')).toBeTruthy()
    expect(opened).toEqual([])
    expect(lists).toEqual([])
    expect(screen.getByText('还可以加 10 个')).toBeTruthy()
  })

  it('refuses a file that is not a photo or PDF by its type, before uploading', async () => {
    render(<Form />)
    await pick('添加PDF', [new File(['MZ'], '欠条.exe', { type: 'application/x-msdownload' })])
    expect(screen.getByText('“欠条.exe”没有加上：只能上传照片（JPG、PNG）或 PDF 文件')).toBeTruthy()
    expect(opened).toEqual([])
  })

  it('counts those already attached: the 11th file is refused and never sent', async () => {
    render(<Form initial={[row({ name: '身份证.jpg', kind: 'id-card' })]} alreadyAttached={8} />)
    expect(screen.getByText('还可以加 1 个')).toBeTruthy()
    await pick('添加照片', [jpeg('证据1.jpg'), jpeg('证据2.jpg')])
    expect(screen.getByText('最多 10 个文件，还有 1 个没有加上')).toBeTruthy()
    expect(screen.getByText('证据1.jpg')).toBeTruthy()
    expect(screen.queryByText('证据2.jpg')).toBeNull()
    expect(opened).toEqual(['POST /files'])
    expect(screen.getByText('已经 10 个了，不能再加')).toBeTruthy()
    expect(screen.getByText('添加照片')).toHaveProperty('disabled', true)
    await waitFor(() => expect(screen.getAllByText('✓ 已传好')).toHaveLength(2))
  })

  it('uploads a picked photo to the local cloud with the session, and says when it is done', async () => {
    const lists: PickedMaterial[][] = []
    render(<Form onList={(v) => lists.push(v)} />)
    await pick('添加照片', [jpeg('身份证.jpg')])
    expect(screen.getByText(/^正在上传 \d+%$/)).toBeTruthy()
    expect(await screen.findByText('✓ 已传好')).toBeTruthy()
    const [done] = lists.at(-1) ?? []
    expect(done).toMatchObject({ name: '身份证.jpg', kind: 'id-card', state: 'done', progress: 100 })
    expect(done.upload).toMatch(LOCAL_FILE_KEY)
    expect(await cloud.files.read(done.upload ?? '')).toEqual({ bytes: jpegBytes(), uploaderOpenid: openid })
    expect(uploadedMaterials(lists.at(-1) ?? [])).toEqual([{ upload: done.upload, kind: 'id-card' }])
  })

  it('says why the cloud refused a file (text named .jpg), offers 重试, and 删除 clears it', async () => {
    render(<Form />)
    await pick('添加照片', [jpeg('工资条.jpg', textBytes())])
    expect(await screen.findByText('✗ 没传上去：只能上传照片（JPG、PNG）或 PDF 文件')).toBeTruthy()
    fireEvent.click(screen.getByLabelText('重试上传 工资条.jpg'))
    expect(screen.getByText('正在上传 0%')).toBeTruthy()
    expect(await screen.findByText('✗ 没传上去：只能上传照片（JPG、PNG）或 PDF 文件')).toBeTruthy()
    expect(opened).toEqual(['POST /files', 'POST /files'])
    fireEvent.click(screen.getByLabelText('删除 工资条.jpg'))
    expect(screen.queryByText('工资条.jpg')).toBeNull()
  })

  it('passes on the cloud’s answer to a caller who is not signed in', async () => {
    const session = Taro.getStorageSync('local-session')
    Taro.removeStorageSync('local-session')
    try {
      render(<Form />)
      await pick('添加照片', [jpeg('病历.jpg')])
      expect(await screen.findByText('✗ 没传上去：请先登录，再上传文件')).toBeTruthy()
    } finally {
      Taro.setStorageSync('local-session', session)
    }
  })

  it('says each state in words: done, failed with why; an upload the app lost (restarted) is failed, not waiting forever', () => {
    render(
      <Form
        initial={[
          row({ name: '身份证.jpg', kind: 'id-card', state: 'uploading', progress: 40, upload: undefined }),
          row({ name: '工资条.pdf', state: 'done' }),
          row({ name: '病历.jpg', state: 'failed', progress: 0, upload: undefined, error: '没有传上去，请检查网络后点“重试”' })
        ]}
      />
    )
    expect(screen.getByText('✗ 没传上去：上传中断了，请删掉后重新选择')).toBeTruthy()
    expect(screen.getByText('✓ 已传好')).toBeTruthy()
    expect(screen.getByText('✗ 没传上去：没有传上去，请检查网络后点“重试”')).toBeTruthy()
    expect(screen.getByText('是：身份证（点这里改）')).toBeTruthy()
    expect(screen.getAllByText('重试')).toHaveLength(2)
    expect(screen.getByText('还可以加 7 个')).toBeTruthy()
  })

  it('shows an upload that finished while the picker was closed (a form step left and reopened)', async () => {
    function Steps() {
      const [value, setValue] = useState<PickedMaterial[]>([])
      const [open, setOpen] = useState(true)
      return (
        <>
          <button onClick={() => setOpen(!open)}>换一步</button>
          {open && <MaterialsPicker value={value} onChange={setValue} />}
        </>
      )
    }
    render(<Steps />)
    await pick('添加照片', [jpeg('欠条.jpg')])
    fireEvent.click(screen.getByText('换一步'))
    expect(screen.queryByText('欠条.jpg')).toBeNull()
    await act(() => new Promise((resolve) => setTimeout(resolve, 300)))
    fireEvent.click(screen.getByText('换一步'))
    expect(await screen.findByText('✓ 已传好')).toBeTruthy()
  })

  it('builds the payload from the finished files only', () => {
    const value = [
      row({ kind: 'id-card', upload: 'local-11111111-1111-1111-1111-111111111111' }),
      row({ state: 'uploading', progress: 10, upload: undefined }),
      row({ state: 'failed', upload: undefined, error: 'x' })
    ]
    expect(uploadedMaterials(value)).toEqual([{ upload: 'local-11111111-1111-1111-1111-111111111111', kind: 'id-card' }])
  })

  it('keeps the kind chosen before adding, and removes a file when asked', async () => {
    const lists: PickedMaterial[][] = []
    render(<Form onList={(v) => lists.push(v)} />)
    // Taro's h5 pickers (one per file, to change its kind) leave their option lists in <body>: look in the choice only.
    const kinds = within(screen.getByLabelText('要添加的是什么材料'))
    fireEvent.click(kinds.getByText('证据（工资条、聊天记录、欠条、病历等）'))
    expect(kinds.getByText('✓ 证据（工资条、聊天记录、欠条、病历等）')).toBeTruthy()
    await pick('添加照片', [jpeg('聊天记录.jpg')])
    expect(lists[0]).toEqual([expect.objectContaining({ name: '聊天记录.jpg', kind: 'evidence', state: 'uploading', bytes: jpegBytes().length })])
    fireEvent.click(screen.getByLabelText('删除 聊天记录.jpg'))
    expect(screen.queryByText('聊天记录.jpg')).toBeNull()
    expect(screen.getByText('还可以加 10 个')).toBeTruthy()
  })
})

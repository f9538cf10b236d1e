/**
 * Materials' files on the real local cloud (HTTP server, SQLite store, files directory):
 * POST /files for signed-in callers only, with a hard 10 MB cap; GET /files/<key> only through
 * a signed link that has not expired.
 */
import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { LOCAL_FILE_KEY, localDirFiles, type LocalDirFiles } from '../../cloudfunctions/files/local-dir'
import { startLocalCloud, type RunningCloud } from '../helpers/local-cloud'
import { jpegBytes, pdfBytes, pngBytes, textBytes } from '../helpers/material-files'

const MB = 1024 * 1024

interface Reply {
  status: number
  headers: http.IncomingHttpHeaders
  body: Buffer
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read whatever envelope they expect
  json(): any
}

/**
 * A raw request whose body is written in chunks (chunked encoding when `length` is omitted), so
 * the server can cut it off midway. The answer is what arrived, even when the server closed the
 * connection before the whole body was sent.
 */
const send = (url: string, options: { method?: string; path: string; headers?: Record<string, string>; chunks?: Buffer[] }): Promise<Reply> =>
  new Promise((resolve, reject) => {
    const { hostname, port } = new URL(url)
    let answered = false
    const req = http.request({ hostname, port, method: options.method ?? 'GET', path: options.path, headers: options.headers }, (res) => {
      answered = true
      const parts: Buffer[] = []
      res.on('data', (part: Buffer) => parts.push(part))
      res.on('end', () => {
        const body = Buffer.concat(parts)
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body, json: () => JSON.parse(body.toString('utf8')) })
      })
    })
    // Writing after the server stopped reading fails (EPIPE / reset): what matters is its answer.
    req.on('error', (error) => !answered && reject(error))
    const chunks = options.chunks ?? []
    const writeNext = (i: number): void => {
      if (i === chunks.length || req.destroyed) return void req.end()
      if (req.write(chunks[i])) writeNext(i + 1)
      else req.once('drain', () => writeNext(i + 1))
    }
    writeNext(0)
  })

const filesIn = (dir: string): string[] => (fs.existsSync(dir) ? fs.readdirSync(dir) : [])

describe('POST /files and GET /files/<key> on the local cloud', () => {
  let cloud: RunningCloud
  let files: LocalDirFiles
  let dir: string
  let clock: number
  let token: string
  let openid: string

  const upload = (body: Buffer, headers: Record<string, string> = {}) =>
    send(cloud.url, {
      method: 'POST',
      path: '/files',
      headers: { authorization: `Bearer ${token}`, 'content-length': String(body.length), ...headers },
      chunks: [body]
    })

  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'falv-files-'))
    clock = Date.parse('2026-12-01T02:00:00Z')
    files = localDirFiles(dir, 'test-secret', () => clock)
    cloud = await startLocalCloud({ files, rateLimit: { windowMs: 60_000, max: 20 } })
    const session = await cloud.post('/api/_local/login', { persona: 'citizen', name: '张三' })
    token = session.body.data.token
    openid = session.body.data.openid
  })
  afterEach(async () => {
    await cloud.stop()
    await cloud.temp.cleanup()
    fs.rmSync(dir, { recursive: true, force: true })
  })

  it('keeps a signed-in upload (raw body) under a fresh key, with its uploader, and reads it back', async () => {
    const reply = await upload(jpegBytes(), { 'content-type': 'image/jpeg' })
    expect(reply.status).toBe(200)
    const { key } = reply.json().data
    expect(key).toMatch(LOCAL_FILE_KEY)
    expect(await files.read(key)).toEqual({ bytes: jpegBytes(), uploaderOpenid: openid })
  })

  it('takes multipart/form-data as Taro.uploadFile sends it in the browser', async () => {
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(pdfBytes())], { type: 'application/pdf' }), '工资条.pdf')
    const response = await fetch(`${cloud.url}/files`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form })
    const answer = (await response.json()) as { ok: true; data: { key: string } }
    expect(answer.ok).toBe(true)
    expect((await files.read(answer.data.key))?.bytes).toEqual(pdfBytes())
  })

  it('refuses a caller who is not signed in, or whose token is forged, and keeps nothing', async () => {
    const anonymous = await send(cloud.url, { method: 'POST', path: '/files', headers: { 'content-length': '543' }, chunks: [jpegBytes()] })
    expect(anonymous.status).toBe(401)
    expect(anonymous.json()).toEqual({ ok: false, error: { code: 'AUTH.REQUIRED', message: '请先登录，再上传文件' } })
    const forged = await send(cloud.url, {
      method: 'POST',
      path: '/files',
      headers: { authorization: `Bearer ${openid}.forged`, 'content-length': '543' },
      chunks: [jpegBytes()]
    })
    expect(forged.status).toBe(401)
    expect(filesIn(dir)).toEqual([])
  })

  it('cuts off a 20 MB upload, declared or streamed without a length, answers in Chinese and keeps nothing', async () => {
    const tooBig = { ok: false, error: { code: 'REQUEST.TOO_LARGE', message: '文件太大了：每个文件不能超过 10 MB' } }
    const declared = await upload(Buffer.concat([jpegBytes(), Buffer.alloc(20 * MB)]))
    expect([declared.status, declared.json()]).toEqual([413, tooBig])
    // Chunked: the server learns the size only while reading, and stops at the cap.
    const piece = Buffer.alloc(MB)
    const streamed = await send(cloud.url, {
      method: 'POST',
      path: '/files',
      headers: { authorization: `Bearer ${token}`, 'transfer-encoding': 'chunked' },
      chunks: [jpegBytes(), ...Array.from({ length: 20 }, () => piece)]
    })
    expect([streamed.status, streamed.json()]).toEqual([413, tooBig])
    expect(filesIn(dir)).toEqual([])
    // Exactly 10 MB is allowed.
    const atLimit = await upload(Buffer.concat([jpegBytes(), Buffer.alloc(10 * MB - jpegBytes().length)]))
    expect(atLimit.status).toBe(200)
  })

  it('refuses text named .jpg and an empty body, keeping nothing', async () => {
    const text = await upload(textBytes(), { 'content-type': 'image/jpeg' })
    expect([text.status, text.json().error.message]).toEqual([400, '只能上传照片（JPG、PNG）或 PDF 文件'])
    const empty = await upload(Buffer.alloc(0))
    expect([empty.status, empty.json().error.message]).toEqual([400, '没有收到文件，请重新选择'])
    expect(filesIn(dir)).toEqual([])
  })

  it('counts uploads against the caller’s rate limit', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 21; i++) statuses.push((await upload(pngBytes())).status)
    // The sign-in in beforeEach counted in another bucket (login), so all 20 pass and the 21st is refused.
    expect(statuses.slice(0, 20).every((s) => s === 200)).toBe(true)
    expect(statuses[20]).toBe(429)
  })

  describe('links', () => {
    let key: string
    let link: string
    beforeEach(async () => {
      key = (await upload(pngBytes())).json().data.key
      link = (await files.link(key, 600)).url
    })
    const get = (target: string) => send(cloud.url, { path: target })

    it('opens the file through its link, typed by its bytes, never cached, never sniffed', async () => {
      const reply = await get(link)
      expect(reply.status).toBe(200)
      expect(reply.body).toEqual(pngBytes())
      expect(reply.headers).toMatchObject({
        'content-type': 'image/png',
        'cache-control': 'private, no-store',
        'x-content-type-options': 'nosniff',
        'content-disposition': 'inline'
      })
    })

    it('stops working once expired (10 minutes at most)', async () => {
      clock += 600_000
      expect((await get(link)).status).toBe(200)
      clock += 1
      const expired = await get(link)
      expect([expired.status, expired.body.toString('utf8')]).toEqual([403, '这个链接已经失效了，请回到页面重新打开文件'])
    })

    it('refuses a tampered signature, expiry or key, and a missing one', async () => {
      const url = new URL(link, 'http://local')
      const exp = url.searchParams.get('exp') ?? ''
      const sig = url.searchParams.get('sig') ?? ''
      const other = (await upload(jpegBytes())).json().data.key
      const tampered = [
        `/files/${key}?exp=${exp}&sig=${sig.slice(0, -1)}${sig.endsWith('A') ? 'B' : 'A'}`,
        `/files/${key}?exp=${Number(exp) + 60_000}&sig=${sig}`,
        `/files/${other}?exp=${exp}&sig=${sig}`,
        `/files/${key}?exp=${exp}`,
        `/files/${key}`
      ]
      for (const target of tampered) expect({ target, status: (await get(target)).status }).toEqual({ target, status: 403 })
    })

    it('refuses paths that try to leave the files directory or open the uploader record', async () => {
      const url = new URL(link, 'http://local')
      const query = url.search
      fs.writeFileSync(path.join(path.dirname(dir), 'secret.txt'), 'not yours')
      const attempts = [
        `/files/..%2Fsecret.txt${query}`,
        `/files/%2e%2e/secret.txt${query}`,
        `/files/${key}.json${query}`,
        `/files/${key}%2F..%2F..%2Fsecret.txt${query}`
      ]
      for (const target of attempts) {
        const reply = await get(target)
        expect({ target, status: reply.status, leaked: reply.body.includes('not yours') }).toEqual({ target, status: expect.any(Number), leaked: false })
        expect([403, 404]).toContain(reply.status)
      }
      fs.rmSync(path.join(path.dirname(dir), 'secret.txt'))
    })

    it('answers 404 in Chinese when a valid link names a file since deleted', async () => {
      await files.remove(key)
      const gone = await get(link)
      expect([gone.status, gone.body.toString('utf8')]).toEqual([404, '文件已经不在了'])
    })
  })
})

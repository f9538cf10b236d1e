/**
 * The local cloud's gateway under hostile or careless requests (issue 8, findings 14 and 15)
 * and its static serving (compressed, cacheable assets, issue 9).
 */
import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'
import { openidOfToken } from '../../cloudfunctions/local/sessions'
import { startLocalCloud, type RunningCloud } from '../helpers/local-cloud'

interface RawReply {
  status: number
  headers: http.IncomingHttpHeaders
  body: Buffer
}

/** A raw HTTP request: fetch may not set Host, and decodes bodies on its own. */
const raw = (url: string, options: { method?: string; path: string; headers?: Record<string, string>; body?: string }): Promise<RawReply> =>
  new Promise((resolve, reject) => {
    const { hostname, port } = new URL(url)
    const req = http.request({ hostname, port, method: options.method ?? 'GET', path: options.path, headers: options.headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }))
    })
    req.on('error', reject)
    req.end(options.body)
  })

const login = (cloud: RunningCloud, host: string): Promise<RawReply> =>
  raw(cloud.url, {
    method: 'POST',
    path: '/api/_local/login',
    headers: { host, 'content-type': 'application/json' },
    body: JSON.stringify({ persona: 'admin', name: '管理员甲' })
  })

describe('the gateway refuses what it must not serve', () => {
  let cloud: RunningCloud
  let siteDir: string
  beforeEach(async () => {
    siteDir = fs.mkdtempSync(path.join(os.tmpdir(), 'falv-site-'))
    fs.writeFileSync(path.join(siteDir, 'index.html'), '<!doctype html><title>门</title>')
    cloud = await startLocalCloud({ staticDir: siteDir, rateLimit: { windowMs: 60_000, max: 20 } })
  })
  afterEach(async () => {
    await cloud.stop()
    await cloud.temp.cleanup()
    fs.rmSync(siteDir, { recursive: true, force: true })
  })

  it('answers bad percent-encoding with 400, not a 500 and a logged stack', async () => {
    const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined)
    try {
      for (const target of ['/%', '/%zz', '/index.html%', '//[']) {
        expect({ target, status: (await raw(cloud.url, { path: target })).status }).toEqual({ target, status: 400 })
      }
      expect(logged).not.toHaveBeenCalled()
    } finally {
      logged.mockRestore()
    }
  })

  it('signs in only when the Host header names this machine (no DNS rebinding)', async () => {
    const port = new URL(cloud.url).port
    const rebound = await login(cloud, `evil.example:${port}`)
    expect(rebound.status).toBe(403)
    expect(JSON.parse(rebound.body.toString())).toMatchObject({ ok: false, error: { code: 'AUTH.FORBIDDEN' } })
    expect((await login(cloud, '127.0.0.1.evil.example')).status).toBe(403)
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`]) {
      expect({ host, status: (await login(cloud, host)).status }).toEqual({ host, status: 200 })
    }
  })

  it('keeps sign-in and signed-in callers working while anonymous calls from the same address are refused', async () => {
    const staff = (await cloud.post('/api/_local/login', { persona: 'staff', name: '律师乙' })).body.data.token as string
    const anonymous: number[] = []
    for (let i = 0; i < 25; i += 1) anonymous.push((await cloud.post('/api/tips', { action: 'theme', payload: {} })).status)
    expect(anonymous.slice(-5)).toEqual([429, 429, 429, 429, 429])

    expect((await cloud.post('/api/_local/login', { persona: 'citizen', name: '张三' })).status).toBe(200)
    expect((await cloud.post('/api/tips', { action: 'theme', payload: {} }, staff)).status).toBe(200)
  })
})

describe('a session token', () => {
  it('is exactly two segments: openid and signature', async () => {
    const cloud = await startLocalCloud()
    try {
      const { token } = (await cloud.post('/api/_local/login', { persona: 'citizen', name: '张三' })).body.data as { token: string }
      expect(openidOfToken(`Bearer ${token}`, 'test-secret')).toMatch(/^local_/)
      expect(openidOfToken(`Bearer ${token}.anything`, 'test-secret')).toBeNull()
      expect(openidOfToken(`Bearer ${token}.`, 'test-secret')).toBeNull()
    } finally {
      await cloud.stop()
      await cloud.temp.cleanup()
    }
  })
})

describe('static assets of the h5 build', () => {
  let cloud: RunningCloud
  let siteDir: string
  const script = `console.log(${JSON.stringify('法律服务之门 '.repeat(400))})\n`
  beforeAll(async () => {
    siteDir = fs.mkdtempSync(path.join(os.tmpdir(), 'falv-site-'))
    fs.mkdirSync(path.join(siteDir, 'js'))
    fs.writeFileSync(path.join(siteDir, 'index.html'), `<!doctype html><title>门</title>${'<p>法律</p>'.repeat(200)}`)
    fs.writeFileSync(path.join(siteDir, 'js', 'app.0123abcd.js'), script)
    cloud = await startLocalCloud({ staticDir: siteDir })
  })
  afterAll(async () => {
    await cloud.stop()
    await cloud.temp.cleanup()
    fs.rmSync(siteDir, { recursive: true, force: true })
  })

  it('sends brotli or gzip to a browser that accepts it, and plain bytes otherwise', async () => {
    const br = await raw(cloud.url, { path: '/js/app.0123abcd.js', headers: { 'accept-encoding': 'gzip, deflate, br' } })
    expect(br.headers['content-encoding']).toBe('br')
    expect(br.headers.vary).toMatch(/accept-encoding/i)
    expect(br.body.length).toBeLessThan(Buffer.byteLength(script) / 5)
    expect(zlib.brotliDecompressSync(br.body).toString()).toBe(script)

    const gzip = await raw(cloud.url, { path: '/js/app.0123abcd.js', headers: { 'accept-encoding': 'gzip' } })
    expect(gzip.headers['content-encoding']).toBe('gzip')
    expect(zlib.gunzipSync(gzip.body).toString()).toBe(script)

    const plain = await raw(cloud.url, { path: '/js/app.0123abcd.js' })
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.body.toString()).toBe(script)
  })

  it('lets browsers keep hashed files for good and revalidate index.html every time', async () => {
    const hashed = await raw(cloud.url, { path: '/js/app.0123abcd.js' })
    expect(hashed.headers['cache-control']).toBe('public, max-age=31536000, immutable')

    const index = await raw(cloud.url, { path: '/', headers: { 'accept-encoding': 'gzip' } })
    expect(index.status).toBe(200)
    expect(index.headers['cache-control']).toBe('no-cache')
    expect(index.headers['content-encoding']).toBe('gzip')
    const etag = index.headers.etag as string
    expect(etag).toBeTruthy()
    const again = await raw(cloud.url, { path: '/', headers: { 'accept-encoding': 'gzip', 'if-none-match': etag } })
    expect(again.status).toBe(304)
    expect(again.body.length).toBe(0)
  })

  it('answers HEAD with the headers only', async () => {
    const head = await raw(cloud.url, { method: 'HEAD', path: '/js/app.0123abcd.js', headers: { 'accept-encoding': 'br' } })
    expect(head.status).toBe(200)
    expect(head.headers['content-encoding']).toBe('br')
    expect(Number(head.headers['content-length'])).toBeGreaterThan(0)
    expect(head.body.length).toBe(0)
  })
})

/**
 * The fake's cloud storage: it stands in for WeChat's servers (CloudBase storage over Tencent
 * COS). The SDK's storage calls reach it through node-sdk's request layer (transport.ts); the
 * bytes themselves travel over real HTTP on a loopback port, because the real SDK downloads a
 * file by fetching its temporary URL and uploads by PUTting to the URL it was handed.
 *
 * What the server answers, as node-sdk (dist/storage/index.js) and wx-server-sdk read it:
 * - storage.getUploadMetadata { path } → data { url, authorization, token, fileId, cosFileId };
 *   the SDK PUTs the bytes to `url`, and an empty answer body means success;
 * - storage.batchGetDownloadUrl { file_list: [{ fileid, max_age }] } → data.download_list
 *   [{ fileID, tempFileURL, maxAge, code }], code 'SUCCESS', or 'STORAGE_FILE_NONEXIST' for a
 *   file that is not there (reported by developers in WeChat's community for batchDownloadFile;
 *   node-sdk's downloadFile then throws it as a TcbError whose `code` is that text);
 * - storage.batchDeleteFile { fileid_list } → data.delete_list [{ fileID, code }].
 * Not settled by documentation: what deleting a missing file answers (the fake answers
 * STORAGE_FILE_NONEXIST for it, the stricter choice: code that treats it as a failure fails
 * here), and the URLs' form (real ones are https://<bucket>.tcb.qcloud.la/<path>?sign=…&t=…;
 * the fake's have the same query, on http://127.0.0.1).
 */
import crypto from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'

export interface StorageRequest {
  action: string
  fileIDs: string[]
}

type Answer = Record<string, unknown>

const readBody = (req: http.IncomingMessage): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', reject)
  })

const cosError = (code: string, message: string): string =>
  `<?xml version='1.0' encoding='utf-8' ?><Error><Code>${code}</Code><Message>${message}</Message><RequestId>fake</RequestId><TraceId>fake</TraceId></Error>`

export class FakeStorage {
  readonly log: StorageRequest[] = []
  private readonly files = new Map<string, Buffer>()
  private readonly pendingUploads = new Map<string, { path: string; authorization: string }>()
  private readonly secret = crypto.randomBytes(16).toString('hex')
  private offsetMs = 0
  private server: http.Server | null = null
  private listening: Promise<string> | null = null
  private readonly bucket: string

  constructor(private readonly env: string) {
    this.bucket = `${env}-storage`
  }

  /** The storage's clock (a link's expiry), moved by `advance`. */
  now(): number {
    return Date.now() + this.offsetMs
  }

  advance(ms: number): void {
    this.offsetMs += ms
  }

  /** Files kept, by fileID (copies). */
  dump(): Record<string, Buffer> {
    return Object.fromEntries([...this.files].map(([path, bytes]) => [this.fileIdOf(path), Buffer.from(bytes)]))
  }

  async handle(action: string, params: Record<string, unknown>): Promise<Answer> {
    const requestId = `fake-storage-${this.log.length + 1}`
    if (action === 'storage.getUploadMetadata') {
      const path = String(params.path)
      this.log.push({ action, fileIDs: [this.fileIdOf(path)] })
      const cosFileId = crypto.randomUUID()
      const authorization = crypto.randomBytes(12).toString('hex')
      this.pendingUploads.set(cosFileId, { path, authorization })
      const base = await this.baseUrl()
      return { requestId, data: { url: `${base}/upload/${cosFileId}`, authorization, token: 'fake-token', fileId: this.fileIdOf(path), cosFileId } }
    }
    if (action === 'storage.batchGetDownloadUrl') {
      const list = params.file_list as Array<{ fileid: string; max_age?: number }>
      this.log.push({ action, fileIDs: list.map((f) => f.fileid) })
      const base = await this.baseUrl()
      const download_list = list.map(({ fileid, max_age }) => {
        const path = this.pathOf(fileid)
        if (path === null || !this.files.has(path)) return { fileID: fileid, tempFileURL: '', maxAge: max_age, code: 'STORAGE_FILE_NONEXIST' }
        const expires = Math.floor(this.now() / 1000) + (max_age ?? 7200)
        return { fileID: fileid, tempFileURL: `${base}/${path}?sign=${this.sign(path, expires)}&t=${expires}`, maxAge: max_age, code: 'SUCCESS' }
      })
      return { requestId, data: { download_list } }
    }
    if (action === 'storage.batchDeleteFile') {
      const list = params.fileid_list as string[]
      this.log.push({ action, fileIDs: list })
      const delete_list = list.map((fileid) => {
        const path = this.pathOf(fileid)
        const existed = path !== null && this.files.delete(path)
        return { fileID: fileid, code: existed ? 'SUCCESS' : 'STORAGE_FILE_NONEXIST' }
      })
      return { requestId, data: { delete_list } }
    }
    return { code: 'INVALID_PARAM', message: `the fake storage does not know the action ${action}`, requestId }
  }

  close(): void {
    this.server?.closeAllConnections()
    this.server?.close()
  }

  private fileIdOf(path: string): string {
    return `cloud://${this.env}.${this.bucket}/${path}`
  }

  /** The path inside this bucket, or null for a fileID of another env or bucket. */
  private pathOf(fileID: string): string | null {
    const prefix = `cloud://${this.env}.${this.bucket}/`
    return fileID.startsWith(prefix) ? fileID.slice(prefix.length) : null
  }

  private sign(path: string, expires: number): string {
    return crypto.createHmac('sha256', this.secret).update(`${path}:${expires}`).digest('hex')
  }

  private baseUrl(): Promise<string> {
    if (!this.listening) {
      this.server = http.createServer((req, res) => void this.serve(req, res))
      const server = this.server
      this.listening = new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)))
    }
    return this.listening
  }

  /** COS's side: a PUT to an upload URL, or a GET of a signed temporary URL. */
  private async serve(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://fake')
    const upload = url.pathname.match(/^\/upload\/([0-9a-f-]+)$/)
    if (upload && req.method === 'PUT') {
      const pending = this.pendingUploads.get(upload[1])
      const body = await readBody(req)
      if (!pending || req.headers.authorization !== pending.authorization) {
        res.writeHead(403).end(cosError('AccessDenied', 'Access Denied.'))
        return
      }
      this.pendingUploads.delete(upload[1])
      this.files.set(pending.path, body)
      res.writeHead(200).end()
      return
    }
    const path = decodeURIComponent(url.pathname.slice(1))
    const expires = Number(url.searchParams.get('t'))
    if (req.method !== 'GET' || url.searchParams.get('sign') !== this.sign(path, expires) || expires * 1000 < this.now()) {
      res.writeHead(403).end(cosError('AccessDenied', 'Request has expired or its signature does not match.'))
      return
    }
    const bytes = this.files.get(path)
    if (!bytes) {
      res.writeHead(404).end(cosError('NoSuchKey', 'The specified key does not exist.'))
      return
    }
    res.writeHead(200, { 'content-length': bytes.length }).end(bytes)
  }
}

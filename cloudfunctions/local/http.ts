/** Small HTTP helpers of the local gateway: a bounded JSON body reader and envelope replies. */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { fail, statusOf, type Envelope } from '../../src/core/envelope'

export const BODY_LIMIT_BYTES = 64 * 1024

export type BodyResult = { ok: true; value: unknown } | { ok: false; reply: Envelope<never> }

const tooLarge = fail('REQUEST.TOO_LARGE', '提交的内容太多了，请删减后再试')

export const readJsonBody = (req: IncomingMessage, limit = BODY_LIMIT_BYTES): Promise<BodyResult> =>
  new Promise((resolve) => {
    if (Number(req.headers['content-length'] ?? 0) > limit) {
      req.resume()
      resolve({ ok: false, reply: tooLarge })
      return
    }
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > limit) {
        req.removeAllListeners('data')
        req.resume()
        resolve({ ok: false, reply: tooLarge })
        return
      }
      chunks.push(chunk)
    })
    req.on('end', () => {
      if (size > limit) return
      try {
        resolve({ ok: true, value: JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') })
      } catch {
        resolve({ ok: false, reply: fail('INPUT.MALFORMED_JSON', '请求内容不是正确的 JSON') })
      }
    })
    req.on('error', () => resolve({ ok: false, reply: fail('INPUT.MALFORMED_JSON', '请求没有传完整') }))
  })

export const sendEnvelope = (res: ServerResponse, envelope: Envelope<unknown>): void => {
  const body = JSON.stringify(envelope)
  res.writeHead(envelope.ok ? 200 : statusOf(envelope.error.code), {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
    'cache-control': 'no-store'
  })
  res.end(body)
}

/** A short plain-text answer for what is not an API call (missing page, bad address). */
export const sendText = (res: ServerResponse, status: number, text: string): void => {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'content-length': Buffer.byteLength(text) })
  res.end(text)
}

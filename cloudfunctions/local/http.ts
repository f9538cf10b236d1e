/** Small HTTP helpers of the local gateway: bounded body readers and envelope replies. */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { fail, statusOf, type Envelope } from '../../src/core/envelope'

export const BODY_LIMIT_BYTES = 64 * 1024

export type BodyResult = { ok: true; value: unknown } | { ok: false; reply: Envelope<never> }

const tooLarge = fail('REQUEST.TOO_LARGE', '提交的内容太多了，请删减后再试')

/** A request body read with a hard cap: past the cap nothing more is kept and the caller answers at once. */
export type CappedBody = { ok: true; bytes: Buffer } | { ok: false; reason: 'too-large' | 'broken' }

/**
 * After an early answer (too large, not signed in), what is still arriving is thrown away, so
 * the sender gets to read the answer instead of a reset connection (closing at once makes
 * browsers and Node report a broken pipe); past this much more the connection is cut.
 */
const DISCARD_LIMIT_BYTES = 32 * 1024 * 1024

export const discardRest = (req: IncomingMessage): void => {
  if (req.readableEnded) return
  if (Number(req.headers['content-length'] ?? 0) > DISCARD_LIMIT_BYTES) {
    req.socket.destroy()
    return
  }
  let discarded = 0
  req.on('data', (chunk: Buffer) => {
    discarded += chunk.length
    if (discarded > DISCARD_LIMIT_BYTES) req.socket.destroy()
  })
  req.resume()
}

export const readCappedBody = (req: IncomingMessage, cap: number): Promise<CappedBody> =>
  new Promise((resolve) => {
    if (Number(req.headers['content-length'] ?? 0) > cap) return resolve({ ok: false, reason: 'too-large' })
    let chunks: Buffer[] = []
    let size = 0
    let done = false
    const finish = (result: CappedBody) => {
      if (done) return
      done = true
      chunks = []
      resolve(result)
    }
    req.on('data', (chunk: Buffer) => {
      if (done) return
      size += chunk.length
      if (size > cap) return finish({ ok: false, reason: 'too-large' })
      chunks.push(chunk)
    })
    req.on('end', () => finish({ ok: true, bytes: Buffer.concat(chunks) }))
    req.on('error', () => finish({ ok: false, reason: 'broken' }))
    req.on('close', () => finish({ ok: false, reason: 'broken' }))
  })

/** A JSON body of at most `limit` bytes; what is still arriving past it is thrown away. */
export const readJsonBody = async (req: IncomingMessage, limit = BODY_LIMIT_BYTES): Promise<BodyResult> => {
  const body = await readCappedBody(req, limit)
  if (!body.ok) {
    if (body.reason === 'too-large') discardRest(req)
    return { ok: false, reply: body.reason === 'too-large' ? tooLarge : fail('INPUT.MALFORMED_JSON', '请求没有传完整') }
  }
  try {
    return { ok: true, value: JSON.parse(body.bytes.toString('utf8') || '{}') }
  } catch {
    return { ok: false, reply: fail('INPUT.MALFORMED_JSON', '请求内容不是正确的 JSON') }
  }
}

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

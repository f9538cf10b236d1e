/**
 * The body of an upload to the local cloud, read with a hard cap: past the cap nothing more is
 * kept and the caller answers at once. Browsers send the file either as the raw body (our
 * client's XHR) or as multipart/form-data (Taro.uploadFile on h5: one part holding the file).
 */
import type { IncomingMessage } from 'node:http'

export type UploadBody = { ok: true; bytes: Buffer } | { ok: false; reason: 'too-large' | 'broken' }

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

export const readCappedBody = (req: IncomingMessage, cap: number): Promise<UploadBody> =>
  new Promise((resolve) => {
    if (Number(req.headers['content-length'] ?? 0) > cap) return resolve({ ok: false, reason: 'too-large' })
    let chunks: Buffer[] = []
    let size = 0
    let done = false
    const finish = (result: UploadBody) => {
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

/** multipart/form-data's boundary, or null when the body is sent raw. */
export const multipartBoundary = (contentType: string | undefined): string | null => {
  const match = (contentType ?? '').match(/^multipart\/form-data;.*\bboundary=(?:"([^"]+)"|([^;\s]+))/i)
  return match ? (match[1] ?? match[2]) : null
}

/** The bytes of the first part that carries a file name; null when there is none or the body is broken. */
export const fileOfMultipart = (body: Buffer, boundary: string): Buffer | null => {
  const delimiter = Buffer.from(`--${boundary}`)
  let start = body.indexOf(delimiter)
  while (start !== -1) {
    const headersStart = start + delimiter.length + 2 // past the CRLF after the delimiter
    const headersEnd = body.indexOf('\r\n\r\n', headersStart)
    if (headersEnd === -1) return null
    const next = body.indexOf(Buffer.from(`\r\n--${boundary}`), headersEnd + 4)
    if (next === -1) return null
    const headers = body.subarray(headersStart, headersEnd).toString('utf8')
    if (/content-disposition:[^\r\n]*\bfilename=/i.test(headers)) return body.subarray(headersEnd + 4, next)
    start = next + 2
  }
  return null
}

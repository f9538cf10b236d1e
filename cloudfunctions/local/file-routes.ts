/**
 * Materials' files on the local cloud:
 *   POST /files          signed-in only; the file as the raw body or multipart/form-data,
 *                        ≤ 10 MB (cut off past that, nothing kept), a photo or PDF by content
 *                        → { ok: true, data: { key } }
 *   GET  /files/<key>?exp=…&sig=…   only through a link the cloud signed and that has not
 *                        expired; served inline with the type its bytes show, never cached.
 * The upload key then travels in an application's payload; the use case reads the file again.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { MAX_MATERIAL_BYTES } from '../../src/core/domain/application'
import { MATERIAL_TOO_BIG, MATERIAL_WRONG_TYPE } from '../../src/core/domain/material-texts'
import { fail, ok, type Envelope } from '../../src/core/envelope'
import type { LocalDirFiles } from '../files/local-dir'
import { sniffMaterialType } from '../files/sniff'
import { sendEnvelope, sendText } from './http'
import { discardRest, readCappedBody } from './http'
import { fileOfMultipart, multipartBoundary } from './upload-body'

/** Room for multipart's part headers and boundaries around a 10 MB file. */
const MULTIPART_ROOM = 16 * 1024

export interface FileRoutesOptions {
  files: LocalDirFiles
  /** The caller's OPENID from the session token, or null. */
  openidOf(req: IncomingMessage): string | null
  /** The gateway's rate limit, shared with API calls. */
  allow(req: IncomingMessage, openid: string | null): boolean
}

const tooBig = fail('REQUEST.TOO_LARGE', MATERIAL_TOO_BIG)

/** Answers before the body is read (or while it still arrives): the rest is thrown away, never kept. */
const refuseEarly = (req: IncomingMessage, res: ServerResponse, envelope: Envelope<never>): void => {
  sendEnvelope(res, envelope)
  discardRest(req)
}

export const createFileRoutes = ({ files, openidOf, allow }: FileRoutesOptions) => {
  const upload = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (req.method !== 'POST') return refuseEarly(req, res, fail('REQUEST.METHOD_NOT_ALLOWED', '请用 POST 上传文件'))
    const openid = openidOf(req)
    if (!allow(req, openid)) return refuseEarly(req, res, fail('REQUEST.TOO_MANY', '操作太频繁了，请稍等一会儿再试'))
    if (!openid) return refuseEarly(req, res, fail('AUTH.REQUIRED', '请先登录，再上传文件'))
    const boundary = multipartBoundary(req.headers['content-type'])
    const body = await readCappedBody(req, MAX_MATERIAL_BYTES + (boundary ? MULTIPART_ROOM : 0))
    if (!body.ok) return refuseEarly(req, res, body.reason === 'too-large' ? tooBig : fail('INPUT.INVALID', '文件没有传完整，请重试'))
    const bytes = boundary ? fileOfMultipart(body.bytes, boundary) : body.bytes
    if (!bytes || bytes.length === 0) return sendEnvelope(res, fail('INPUT.INVALID', '没有收到文件，请重新选择'))
    if (bytes.length > MAX_MATERIAL_BYTES) return sendEnvelope(res, tooBig)
    // Checked again by the use case; refusing here keeps a program renamed .jpg off the disk.
    if (!sniffMaterialType(bytes)) return sendEnvelope(res, fail('INPUT.INVALID', MATERIAL_WRONG_TYPE))
    sendEnvelope(res, ok({ key: await files.write(bytes, openid) }))
  }

  const serve = async (req: IncomingMessage, res: ServerResponse, key: string): Promise<void> => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendText(res, 405, '不支持这种请求')
    if (!allow(req, null)) return sendText(res, 429, '打开得太频繁了，请稍等一会儿再试')
    const query = new URL(req.url ?? '/', 'http://local').searchParams
    if (!files.opens(key, query.get('exp'), query.get('sig'))) return sendText(res, 403, '这个链接已经失效了，请回到页面重新打开文件')
    const file = await files.read(key)
    if (!file) return sendText(res, 404, '文件已经不在了')
    res.writeHead(200, {
      'content-type': sniffMaterialType(file.bytes) ?? 'application/octet-stream',
      'content-length': file.bytes.length,
      'content-disposition': 'inline',
      'cache-control': 'private, no-store',
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer'
    })
    res.end(req.method === 'HEAD' ? undefined : file.bytes)
  }

  return { upload, serve }
}

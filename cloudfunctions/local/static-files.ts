/**
 * Serves the h5 build: compressed (brotli or gzip, as the browser accepts) and cacheable.
 * Content-hashed files never change under their name, so browsers keep them for a year;
 * index.html is revalidated on every load (ETag → 304) so a new build is picked up at once.
 * Compressed bodies are made once per file version and kept in memory: the build is a few
 * megabytes at most, and the local cloud serves one machine.
 */
import fs from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import zlib from 'node:zlib'
import type { IncomingMessage } from 'node:http'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2'
}
/** Already compressed formats gain nothing from another pass. */
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg'])
/** `name.0123abcd.ext`: the build's content hash (config/index.ts, contenthash:8). */
const HASHED = /\.[0-9a-f]{8}\.[a-z0-9]+$/

type Encoding = 'br' | 'gzip' | 'identity'

const brotli = promisify(zlib.brotliCompress)
const gzip = promisify(zlib.gzip)
const encoders: Record<Exclude<Encoding, 'identity'>, (body: Buffer) => Promise<Buffer>> = {
  // Quality 9 of 11: within a few per cent of the smallest, and fast enough to make on first request.
  br: (body) => brotli(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 9, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length } }),
  gzip: (body) => gzip(body, { level: 9 })
}

/** The best encoding the browser accepts (a q=0 entry refuses one). */
export const pickEncoding = (acceptEncoding: string | undefined): Encoding => {
  const accepted = new Set(
    (acceptEncoding ?? '')
      .split(',')
      .map((part) => part.trim().split(';'))
      .filter(([, q]) => !q || Number(q.trim().replace(/^q=/, '')) > 0)
      .map(([name]) => name.trim().toLowerCase())
  )
  if (accepted.has('br')) return 'br'
  if (accepted.has('gzip')) return 'gzip'
  return 'identity'
}

/** The URL path as a file path, or null when its percent-encoding is broken. */
export const decodeUrlPath = (urlPath: string): string | null => {
  try {
    return decodeURIComponent(urlPath)
  } catch {
    return null
  }
}

interface Variant {
  body: Buffer
  etag: string
}

export type StaticReply = { status: 200 | 304; headers: Record<string, string | number>; body: Buffer } | { status: 400 | 404 }

/** Finds, compresses and remembers the files of one build folder. */
export const createStaticFiles = (root: string) => {
  const base = path.resolve(root)
  const cache = new Map<string, Promise<Variant>>()

  const variantOf = (file: string, stat: fs.Stats, encoding: Encoding): Promise<Variant> => {
    const version = `${stat.size.toString(36)}-${Math.floor(stat.mtimeMs).toString(36)}`
    const key = `${file}\n${encoding}\n${version}`
    let variant = cache.get(key)
    if (!variant) {
      // Older versions of the same file are dropped: a rebuild must not grow the cache.
      for (const old of cache.keys()) if (old.startsWith(`${file}\n${encoding}\n`)) cache.delete(old)
      variant = fs.promises.readFile(file).then(async (plain) => ({
        body: encoding === 'identity' ? plain : await encoders[encoding](plain),
        etag: `"${version}-${encoding}"`
      }))
      variant.catch(() => cache.delete(key))
      cache.set(key, variant)
    }
    return variant
  }

  return async (urlPath: string, req: Pick<IncomingMessage, 'headers'>): Promise<StaticReply> => {
    const relative = decodeUrlPath(urlPath === '/' ? '/index.html' : urlPath)
    if (relative === null || relative.includes('\0')) return { status: 400 }
    const file = path.resolve(base, `.${relative}`)
    // Never serve anything outside the build folder (../ in the URL).
    if (!file.startsWith(base + path.sep)) return { status: 404 }
    const stat = await fs.promises.stat(file).catch(() => null)
    if (!stat?.isFile()) return { status: 404 }

    const extension = path.extname(file)
    const encoding = COMPRESSIBLE.has(extension) ? pickEncoding(req.headers['accept-encoding']) : 'identity'
    const { body, etag } = await variantOf(file, stat, encoding)
    const headers: Record<string, string | number> = {
      'content-type': TYPES[extension] ?? 'application/octet-stream',
      'cache-control': HASHED.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache',
      etag,
      vary: 'accept-encoding'
    }
    if (encoding !== 'identity') headers['content-encoding'] = encoding
    if (req.headers['if-none-match'] === etag) return { status: 304, headers, body: Buffer.alloc(0) }
    return { status: 200, headers: { ...headers, 'content-length': body.length }, body }
  }
}

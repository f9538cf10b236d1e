/**
 * The local cloud's file store: one directory beside the SQLite database. The gateway writes an
 * upload here (POST /files) with a small sidecar naming the uploader, and serves a file only
 * through a signed link that expires (GET /files/<key>?exp=…&sig=…), so a link shown to one
 * person stops working minutes later and cannot be altered to open another file.
 */
import crypto from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'
import type { FileStore, StoredFile } from './port'

/** Keys the gateway makes: `local-` and a random UUID, so a key can never name a path outside the directory. */
export const LOCAL_FILE_KEY = /^local-[0-9a-f-]{36}$/

export const newLocalFileKey = (): string => `local-${crypto.randomUUID()}`

const signature = (secret: string, key: string, expiresMs: number): string =>
  crypto.createHmac('sha256', secret).update(`${key}:${expiresMs}`).digest('base64url')

/** The link's query is this key's, unaltered and not yet expired. */
export const linkIsValid = (secret: string, key: string, exp: string | null, sig: string | null, nowMs: number): boolean => {
  if (!LOCAL_FILE_KEY.test(key) || !exp || !sig || !/^\d{13}$/.test(exp) || Number(exp) < nowMs) return false
  const expected = Buffer.from(signature(secret, key, Number(exp)))
  const given = Buffer.from(sig)
  return expected.length === given.length && crypto.timingSafeEqual(expected, given)
}

export interface LocalDirFiles extends FileStore {
  dir: string
  /** Keeps an uploaded file under a fresh key (the gateway's POST /files). */
  write(bytes: Buffer, uploaderOpenid: string): Promise<string>
  /** A link's query opens this key now: signed by this store and not yet expired (the gateway's GET /files/<key>). */
  opens(key: string, exp: string | null, sig: string | null): boolean
}

export const localDirFiles = (dir: string, secret: string, now: () => number = Date.now): LocalDirFiles => {
  const fileOf = (key: string) => {
    if (!LOCAL_FILE_KEY.test(key)) return null
    return path.join(dir, key)
  }
  return {
    dir,
    async write(bytes, uploaderOpenid) {
      await fs.mkdir(dir, { recursive: true })
      const key = newLocalFileKey()
      await fs.writeFile(path.join(dir, `${key}.json`), JSON.stringify({ uploaderOpenid }))
      await fs.writeFile(path.join(dir, key), bytes)
      return key
    },
    opens: (key, exp, sig) => linkIsValid(secret, key, exp, sig, now()),
    async read(key): Promise<StoredFile | null> {
      const file = fileOf(key)
      if (!file) return null
      try {
        const [bytes, meta] = await Promise.all([fs.readFile(file), fs.readFile(`${file}.json`, 'utf8')])
        return { bytes, uploaderOpenid: (JSON.parse(meta) as { uploaderOpenid?: string }).uploaderOpenid }
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
        throw error
      }
    },
    async link(key, seconds) {
      const expiresMs = now() + Math.min(seconds, 600) * 1000
      return { url: `/files/${key}?exp=${expiresMs}&sig=${signature(secret, key, expiresMs)}`, expiresAt: new Date(expiresMs).toISOString() }
    },
    async remove(key) {
      const file = fileOf(key)
      if (!file) return
      await fs.rm(file, { force: true })
      await fs.rm(`${file}.json`, { force: true })
    }
  }
}

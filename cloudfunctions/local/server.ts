/**
 * The local cloud: the same cloud functions as on WeChat, behind a small HTTP server, with a
 * local sign-in standing in for WeChat's identity. Routes:
 *   POST /api/<function>      { action, payload } → envelope (HTTP status mirrors it)
 *   POST /api/_local/login    { persona, name }   → { token, openid, role }
 *   POST /files, GET /files/<key>?exp&sig   materials' files (./file-routes)
 *   GET  /healthz             200 once the store is open and seeded
 *   GET  /*                   the h5 build, compressed and cacheable
 *
 * Plain node:http rather than a framework: four routes, one body reader and one static folder
 * are a few dozen lines here, and each rule the local cloud needs (loopback Host for sign-in,
 * separate rate-limit buckets, 400 on bad percent-encoding) is a line we can read and test.
 */
import http, { type IncomingMessage, type ServerResponse } from 'node:http'
import { LocalLoginSchema } from '../../src/core/contracts/local'
import type { County } from '../../src/core/county/schema'
import { fail, ok } from '../../src/core/envelope'
import { parseWith } from '../../src/core/validation'
import { cloudFunctions } from '../functions'
import type { ContentCheck } from '../content-check/port'
import type { Store } from '../store/port'
import type { LocalDirFiles } from '../files/local-dir'
import { createFileRoutes } from './file-routes'
import { readJsonBody, sendEnvelope, sendText } from './http'
import { createRateLimiter, type RateLimit } from './rate-limit'
import { openidOfToken, signIn } from './sessions'
import { createStaticFiles } from './static-files'

export interface LocalCloudOptions {
  store: Store
  county: County
  contentCheck: ContentCheck
  /** Materials' files: a directory beside the database. */
  files: LocalDirFiles
  /** Signs local session tokens; keep it stable to keep sessions across restarts. */
  sessionSecret: string
  /** The h5 build to serve; omitted in API-only tests. */
  staticDir?: string
  rateLimit?: RateLimit
  now?: () => Date
}

/** The path of a request target, or null when it is no URL at all (`//[`, `//a b`). */
const pathOf = (target: string | undefined): string | null => {
  try {
    return new URL(target ?? '/', 'http://local').pathname
  } catch {
    return null
  }
}

const functionsByName = new Map(cloudFunctions.map((fn) => [fn.name, fn]))

/** Local sign-in is not real authentication: the local cloud must never face a network. */
export const isLoopback = (host: string): boolean => host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host)

/** The host name of a Host header (`127.0.0.1:10086`, `[::1]:10086`, `localhost`), without its port. */
export const hostnameOf = (hostHeader: string | undefined): string => {
  const host = (hostHeader ?? '').trim().toLowerCase()
  const bracketed = host.match(/^\[([^\]]+)\](?::\d+)?$/)
  return bracketed ? bracketed[1] : host.replace(/:\d+$/, '')
}

/**
 * Which rate-limit bucket a call counts against. Signed-in callers each have their own; sign-in
 * has one per address apart from other anonymous calls, so a burst of anonymous calls from one
 * address can neither lock out sign-in nor anyone already signed in there.
 */
const bucketOf = (openid: string | null, name: string, address: string): string =>
  openid ? `user:${openid}` : name === '_local/login' ? `login:${address}` : `anonymous:${address}`

export const createLocalCloud = (options: LocalCloudOptions): http.Server => {
  const { store, county, contentCheck, files, sessionSecret } = options
  const allow = createRateLimiter(options.rateLimit ?? { windowMs: 10_000, max: 300 })
  const staticFiles = options.staticDir ? createStaticFiles(options.staticDir) : null
  const fileRoutes = createFileRoutes({
    files,
    openidOf: (req) => openidOfToken(req.headers.authorization, sessionSecret),
    allow: (req, openid) => allow(bucketOf(openid, 'files', req.socket.remoteAddress ?? 'unknown'))
  })

  const handleApi = async (req: IncomingMessage, res: ServerResponse, name: string): Promise<void> => {
    if (req.method !== 'POST') return sendEnvelope(res, fail('REQUEST.METHOD_NOT_ALLOWED', '请用 POST 调用'))
    const openid = openidOfToken(req.headers.authorization, sessionSecret)
    if (!allow(bucketOf(openid, name, req.socket.remoteAddress ?? 'unknown'))) {
      return sendEnvelope(res, fail('REQUEST.TOO_MANY', '操作太频繁了，请稍等一会儿再试'))
    }
    // A web page can point its own domain name at 127.0.0.1 (DNS rebinding): its requests then
    // carry that name in Host. Sign-in hands out any identity, so it answers this machine's names only.
    if (name === '_local/login' && !isLoopback(hostnameOf(req.headers.host))) {
      req.resume()
      return sendEnvelope(res, fail('AUTH.FORBIDDEN', '只能在本机登录本地测试环境'))
    }
    const body = await readJsonBody(req)
    if (!body.ok) return sendEnvelope(res, body.reply)

    if (name === '_local/login') {
      const login = parseWith(LocalLoginSchema, body.value)
      if (!login.ok) return sendEnvelope(res, fail('INPUT.INVALID', '登录信息不对', login.issues))
      return sendEnvelope(res, ok(await signIn(login.data, store, sessionSecret)))
    }
    const fn = functionsByName.get(name)
    if (!fn) return sendEnvelope(res, fail('FUNCTION.UNKNOWN', `没有“${name}”这个云函数`))
    sendEnvelope(res, await fn.handle(body.value, { openid, store, county, contentCheck, files, now: options.now }))
  }

  const handleStatic = async (req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> => {
    const reply = staticFiles ? await staticFiles(pathname, req) : { status: 404 as const }
    if (!('body' in reply)) return sendText(res, reply.status, reply.status === 400 ? '网址的写法不对' : '没有这个页面')
    res.writeHead(reply.status, reply.headers)
    res.end(req.method === 'HEAD' ? undefined : reply.body)
  }

  return http.createServer((req, res) => {
    const route = (async () => {
      const pathname = pathOf(req.url)
      if (pathname === null) return sendText(res, 400, '网址的写法不对')
      if (pathname === '/healthz') return sendEnvelope(res, ok({ status: 'ok', county: county.name }))
      if (pathname.startsWith('/api/')) return handleApi(req, res, pathname.slice('/api/'.length))
      if (pathname === '/files') return fileRoutes.upload(req, res)
      if (pathname.startsWith('/files/')) return fileRoutes.serve(req, res, pathname.slice('/files/'.length))
      if (req.method === 'GET' || req.method === 'HEAD') return handleStatic(req, res, pathname)
      sendText(res, 405, '不支持这种请求')
    })()
    route.catch((error: unknown) => {
      console.error('[local cloud]', error)
      if (!res.headersSent) sendEnvelope(res, fail('SERVER.INTERNAL', '系统出了点问题，请稍后再试'))
    })
  })
}

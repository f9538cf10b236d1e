/**
 * The local cloud: the same cloud functions as on WeChat, behind a small HTTP server, with a
 * local sign-in standing in for WeChat's identity. Routes:
 *   POST /api/<function>      { action, payload } → envelope (HTTP status mirrors it)
 *   POST /api/_local/login    { persona, name }   → { token, openid, role }
 *   GET  /healthz             200 once the store is open and seeded
 *   GET  /*                   the h5 build
 */
import http, { type IncomingMessage, type ServerResponse } from 'node:http'
import { LocalLoginSchema } from '../../src/core/contracts/local'
import type { County } from '../../src/core/county/schema'
import { fail, ok } from '../../src/core/envelope'
import { parseWith } from '../../src/core/validation'
import { cloudFunctions } from '../functions'
import type { ContentCheck } from '../content-check/port'
import type { Store } from '../store/port'
import { readJsonBody, sendEnvelope } from './http'
import { createRateLimiter, type RateLimit } from './rate-limit'
import { openidOfToken, signIn } from './sessions'
import { serveStatic } from './static-files'

export interface LocalCloudOptions {
  store: Store
  county: County
  contentCheck: ContentCheck
  /** Signs local session tokens; keep it stable to keep sessions across restarts. */
  sessionSecret: string
  /** The h5 build to serve; omitted in API-only tests. */
  staticDir?: string
  rateLimit?: RateLimit
  now?: () => Date
}

const functionsByName = new Map(cloudFunctions.map((fn) => [fn.name, fn]))

export const createLocalCloud = (options: LocalCloudOptions): http.Server => {
  const { store, county, contentCheck, sessionSecret } = options
  const allow = createRateLimiter(options.rateLimit ?? { windowMs: 10_000, max: 300 })

  const handleApi = async (req: IncomingMessage, res: ServerResponse, name: string): Promise<void> => {
    if (req.method !== 'POST') return sendEnvelope(res, fail('REQUEST.METHOD_NOT_ALLOWED', '请用 POST 调用'))
    const openid = openidOfToken(req.headers.authorization, sessionSecret)
    if (!allow(openid ?? req.socket.remoteAddress ?? 'unknown')) {
      return sendEnvelope(res, fail('REQUEST.TOO_MANY', '操作太频繁了，请稍等一会儿再试'))
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
    sendEnvelope(res, await fn.handle(body.value, { openid, store, county, contentCheck, now: options.now }))
  }

  return http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://local')
    const route = (async () => {
      if (url.pathname === '/healthz') return sendEnvelope(res, ok({ status: 'ok', county: county.name }))
      if (url.pathname.startsWith('/api/')) return handleApi(req, res, url.pathname.slice('/api/'.length))
      if (options.staticDir && (req.method === 'GET' || req.method === 'HEAD')) return serveStatic(options.staticDir, url.pathname, res)
      res.writeHead(404).end()
    })()
    route.catch((error: unknown) => {
      console.error('[local cloud]', error)
      if (!res.headersSent) sendEnvelope(res, fail('SERVER.INTERNAL', '系统出了点问题，请稍后再试'))
    })
  })
}

/** Local sign-in is not real authentication: the local cloud must never face a network. */
export const isLoopback = (host: string): boolean =>
  host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host)

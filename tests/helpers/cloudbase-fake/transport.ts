/**
 * Where the fake meets the real SDK. wx-server-sdk's database wraps @cloudbase/node-sdk's,
 * which builds every database request as `new Db.reqClass(config).send(action, params)`,
 * with `Db.reqClass` = node-sdk's TcbDBApiHttpRequester: its `send` is the narrowest point
 * that takes one request (action name + serialized parameters) and returns the server's
 * parsed answer. The fake replaces that one method; everything above it — wx-server-sdk,
 * the serializer, runTransaction and its retry, the error conversion — is the real SDK.
 *
 * Each fake owns an env id (`fake-cloud-N`), and requests are routed by the env the database
 * was opened for, so several fakes in one process share nothing. Requests for any other env
 * go to the real method unchanged.
 */
import path from 'node:path'
import type { Params } from './operations'
import type { FakeServer } from './server'

type Send = (this: { config: { envName?: unknown } }, action: string, params?: unknown, opts?: unknown) => Promise<unknown>

/** node-sdk's own modules, resolved from wx-server-sdk so they are the very copies it uses (they ship no types). */
const nodeSdk = <T>(file: string): T => {
  const sdkDir = path.dirname(require.resolve('wx-server-sdk'))
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(require.resolve(`@cloudbase/node-sdk/dist/utils/${file}`, { paths: [sdkDir] })) as T
}

const servers = new Map<string, FakeServer>()
let opened = 0
let installed = false

const install = (): void => {
  if (installed) return
  installed = true
  const { TcbDBApiHttpRequester } = nodeSdk<{ TcbDBApiHttpRequester: { prototype: unknown } }>('tcbdbapirequester')
  const { processReturn } = nodeSdk<{ processReturn(answer: unknown): unknown }>('utils')
  const prototype = TcbDBApiHttpRequester.prototype as unknown as { send: Send }
  const realSend = prototype.send
  prototype.send = async function (action, params, opts) {
    const server = servers.get(String(this.config.envName))
    if (!server) return realSend.call(this, action, params, opts)
    const answer = await server.handle(action, params as Params)
    // What node-sdk's request layer does with an answer carrying `code`: throw it as a TcbError.
    return answer.code ? processReturn(answer) : answer
  }
}

/** Routes the requests of a new env id to `server`; answers the id and how to unroute it. */
export const connect = (server: FakeServer): { env: string; disconnect(): void } => {
  install()
  const env = `fake-cloud-${++opened}`
  servers.set(env, server)
  return { env, disconnect: () => servers.delete(env) }
}

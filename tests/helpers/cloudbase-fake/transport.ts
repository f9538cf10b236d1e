/**
 * Where the fake meets the real SDK. wx-server-sdk's database wraps @cloudbase/node-sdk's,
 * which builds every database request as `new Db.reqClass(config).send(action, params)`,
 * with `Db.reqClass` = node-sdk's TcbDBApiHttpRequester: its `send` is the narrowest point
 * that takes one request (action name + serialized parameters) and returns the server's
 * parsed answer. The fake replaces that one method; everything above it — wx-server-sdk,
 * the serializer, runTransaction and its retry, the error conversion — is the real SDK.
 *
 * Storage requests (getUploadMetadata, batchGetDownloadUrl, batchDeleteFile) leave node-sdk
 * through another door: its `tcbapirequester.request(args)`, which signs and sends one API
 * request and answers the parsed reply. The fake replaces that exported function for storage
 * actions of its envs; node-sdk's storage module looks it up at each call, so its own code
 * (argument checks, answer mapping, the download over HTTP) and wx-server-sdk's above it run.
 *
 * Each fake owns an env id (`fake-cloud-N`), and requests are routed by the env the database
 * was opened for, so several fakes in one process share nothing. Requests for any other env
 * go to the real method unchanged.
 */
import path from 'node:path'
import type { Params } from './operations'
import type { FakeServer } from './server'
import type { FakeStorage } from './storage'

type Send = (this: { config: { envName?: unknown } }, action: string, params?: unknown, opts?: unknown) => Promise<unknown>

/** node-sdk's own modules, resolved from wx-server-sdk so they are the very copies it uses (they ship no types). */
const nodeSdk = <T>(file: string): T => {
  const sdkDir = path.dirname(require.resolve('wx-server-sdk'))
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(require.resolve(`@cloudbase/node-sdk/dist/utils/${file}`, { paths: [sdkDir] })) as T
}

type ApiRequest = (args: { config: { envName?: unknown }; params: { action: string } & Record<string, unknown> }) => Promise<unknown>

const servers = new Map<string, FakeServer>()
const storages = new Map<string, FakeStorage>()
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
  const apiRequester = nodeSdk<{ request: ApiRequest }>('tcbapirequester')
  const realRequest = apiRequester.request
  apiRequester.request = async (args) => {
    const storage = storages.get(String(args.config.envName))
    if (!storage || !args.params.action.startsWith('storage.')) return realRequest(args)
    const answer = await storage.handle(args.params.action, args.params)
    // As node-sdk's request(): an answer carrying `code` is thrown (TcbError) or returned.
    return answer.code ? processReturn(answer) : answer
  }
}

/** Routes the requests of a new env id to `server` (database) and to the storage it makes; answers the id and how to unroute it. */
export const connect = (server: FakeServer, makeStorage: (env: string) => FakeStorage): { env: string; storage: FakeStorage; disconnect(): void } => {
  install()
  const env = `fake-cloud-${++opened}`
  const storage = makeStorage(env)
  servers.set(env, server)
  storages.set(env, storage)
  return {
    env,
    storage,
    disconnect: () => {
      servers.delete(env)
      storages.delete(env)
      storage.close()
    }
  }
}

/**
 * A small closed-loop HTTP load generator: `connections` keep-alive clients, each sending its
 * next POST as soon as the previous answer arrives, for `seconds`. Answers requests per second
 * of 2xx answers (anything else is counted and reported, never hidden).
 */
import http from 'node:http'

export interface LoadResult {
  perSecond: number
  ok: number
  failed: number
}

export interface LoadOptions {
  url: string
  connections: number
  seconds: number
  /** The i-th request's path, body and headers. */
  request(i: number): { path: string; body: string; headers?: Record<string, string> }
}

export const runLoad = async ({ url, connections, seconds, request }: LoadOptions): Promise<LoadResult> => {
  const { hostname, port } = new URL(url)
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections })
  let next = 0
  let ok = 0
  let failed = 0
  const stopAt = Date.now() + seconds * 1000
  const started = Date.now()

  const send = (): Promise<void> =>
    new Promise((resolve) => {
      const { path, body, headers } = request(next++)
      const req = http.request(
        { hostname, port, path, method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...headers } },
        (res) => {
          res.resume()
          res.on('end', () => {
            if ((res.statusCode ?? 500) < 300) ok += 1
            else failed += 1
            resolve()
          })
        }
      )
      req.on('error', () => {
        failed += 1
        resolve()
      })
      req.end(body)
    })

  const client = async (): Promise<void> => {
    while (Date.now() < stopAt) await send()
  }
  await Promise.all(Array.from({ length: connections }, client))
  agent.destroy()
  return { perSecond: ok / ((Date.now() - started) / 1000), ok, failed }
}

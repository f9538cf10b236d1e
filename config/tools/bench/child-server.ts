/**
 * A server for the throughput figures, in a process of its own so the load generator does not
 * share its event loop: `echo` (a bare node:http JSON echo, the baseline) or `local-cloud` (the
 * real gateway on a seeded SQLite store). Prints `PORT <n>` once listening.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { startBenchCloud } from './local-cloud'

const echo = (): Promise<number> => {
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const body = JSON.stringify({ ok: true, data: JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') })
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) })
      res.end(body)
    })
  })
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)))
}

const main = async (): Promise<void> => {
  const kind = process.argv[2]
  if (kind === 'echo') return console.log(`PORT ${await echo()}`)
  if (kind === 'local-cloud') {
    // A fixed Tuesday morning: the same bookable slots on every run.
    const cloud = await startBenchCloud(undefined, () => new Date('2026-12-01T00:00:00Z'))
    return console.log(`PORT ${new URL(cloud.url).port}`)
  }
  console.error('usage: child-server.ts echo|local-cloud')
  process.exit(2)
}

void main()

/**
 * Local cloud throughput over HTTP, each against a bare baseline measured in the same run:
 * tips.list and consult.slots against a bare node:http JSON echo server; consult.create (a
 * written question, so no slot runs out) against a bare better-sqlite3 durable insert (WAL,
 * synchronous=FULL, one transaction per row). Servers run in their own processes.
 *   BENCH_SECONDS      seconds per figure (default 5)
 *   BENCH_CONNECTIONS  concurrent keep-alive clients (default 8)
 */
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import { PRIVACY_NOTICE_VERSION, type CreateConsultation } from '../../../src/core/contracts/consult'
import { ROOT } from '../weapp-audit'
import { runLoad } from './load'
import type { FigureGroup } from './print'

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5)
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 8)
/** A citizen may have 5 open consultations: each signed-in citizen books at most that many. */
const BOOKINGS_PER_CITIZEN = 5

const startChild = (kind: 'echo' | 'local-cloud'): Promise<{ url: string; child: ChildProcess }> =>
  new Promise((resolve, reject) => {
    const child = spawn(path.join(ROOT, 'node_modules', '.bin', 'tsx'), [path.join(__dirname, 'child-server.ts'), kind], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'inherit']
    })
    let output = ''
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      const port = output.match(/PORT (\d+)/)?.[1]
      if (port) resolve({ url: `http://127.0.0.1:${port}`, child })
    })
    child.on('exit', (code) => reject(new Error(`${kind} server exited (${code})`)))
  })

/** Rows per second of a bare durable single-row insert, one transaction per row. */
const bareInsertsPerSecond = (): number => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'falv-bench-insert-'))
  const db = new Database(path.join(dir, 'bare.sqlite'))
  try {
    db.pragma('journal_mode = WAL')
    db.pragma('synchronous = FULL')
    db.exec('CREATE TABLE rows (id TEXT PRIMARY KEY, body TEXT NOT NULL)')
    const insert = db.prepare('INSERT INTO rows (id, body) VALUES (?, ?)')
    const insertOne = db.transaction((id: string, body: string) => insert.run(id, body))
    const body = JSON.stringify(booking('bare-insert-row'))
    const started = Date.now()
    let rows = 0
    while (Date.now() - started < SECONDS * 1000) insertOne(`row-${(rows += 1)}`, body)
    return rows / ((Date.now() - started) / 1000)
  } finally {
    db.close()
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

export const booking = (clientRequestId: string): CreateConsultation => ({
  clientRequestId,
  matter: 'wages',
  quickCheck: ['migrant-wages'],
  channel: 'written',
  description: '在工地干了三个月，老板一直不发工资。',
  applicant: { name: '张三', phone: '13800138000', township: '芦花镇', currentCity: '成都市', disputeCity: '成都市' },
  contactSafety: { safeToCall: true, leaveMessage: true, sayWhoWeAre: true },
  wage: { employer: '某某建筑劳务公司', dueDate: '2026-09-30', coworkers: 0, amountYuan: 12000 },
  consent: { sensitive: true, version: PRIVACY_NOTICE_VERSION }
})

const signIn = async (url: string, name: string): Promise<string> => {
  const response = await fetch(`${url}/api/_local/login`, { method: 'POST', body: JSON.stringify({ persona: 'citizen', name }) })
  return ((await response.json()) as { data: { token: string } }).data.token
}

const call = (fn: string, action: string, payload: unknown, token?: string) => ({
  path: `/api/${fn}`,
  body: JSON.stringify({ action, payload }),
  headers: token ? { authorization: `Bearer ${token}` } : undefined
})

export const throughput = {
  id: 'throughput',
  title: `Local cloud throughput (HTTP, ${CONNECTIONS} keep-alive clients, ${SECONDS} s each)`,
  async run(log) {
    const echo = await startChild('echo')
    const cloud = await startChild('local-cloud')
    try {
      const load = async (url: string, request: (i: number) => ReturnType<typeof call>) => {
        const result = await runLoad({ url, connections: CONNECTIONS, seconds: SECONDS, request })
        if (result.failed > 0) log(`  (${result.failed} of ${result.ok + result.failed} calls to ${request(0).path} were refused)`)
        return result.perSecond
      }
      const tipsCall = call('tips', 'list', {})
      const slotsCall = call('consult', 'slots', { channel: 'phone' })
      const echoTips = await load(echo.url, () => tipsCall)
      const tips = await load(cloud.url, () => tipsCall)
      const echoSlots = await load(echo.url, () => slotsCall)
      const slots = await load(cloud.url, () => slotsCall)

      // Enough citizens for the fastest run we can expect; their sign-in is not timed.
      const citizens = await Promise.all(Array.from({ length: Math.ceil((SECONDS * 3000) / BOOKINGS_PER_CITIZEN) }, (_, i) => signIn(cloud.url, `市民${i}`)))
      const bare = bareInsertsPerSecond()
      const create = await load(cloud.url, (i) =>
        call('consult', 'create', booking(`bench-${String(i).padStart(8, '0')}`), citizens[Math.floor(i / BOOKINGS_PER_CITIZEN) % citizens.length])
      )
      return [
        { name: 'tips.list', value: tips, unit: 'req/s', baselineName: 'bare JSON echo', baseline: echoTips, target: { atLeast: 0.3 } },
        { name: 'consult.slots', value: slots, unit: 'req/s', baselineName: 'bare JSON echo', baseline: echoSlots, target: { atLeast: 0.3 } },
        {
          name: 'consult.create (written question)',
          value: create,
          unit: 'req/s',
          baselineName: 'bare durable insert',
          baseline: bare,
          target: { atLeast: 0.3 }
        }
      ]
    } finally {
      echo.child.kill()
      cloud.child.kill()
    }
  }
} satisfies FigureGroup

/**
 * `npm run bench:queue` — how long the staff queue takes to load with 10,000 consultations in
 * the store (SQLite, the local cloud's adapter), through the real staff function. It prints
 * figures; it asserts nothing (timings depend on the machine).
 *   BENCH_CASES  consultations in the store (default 10000)
 *   BENCH_RUNS   calls per case (default 30)
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { PRIVACY_NOTICE_VERSION } from '../../src/core/contracts/consult'
import { county } from '../../src/core/county/current'
import { MATTERS } from '../../src/core/domain/matters'
import { STATUSES } from '../../src/core/domain/consult-status'
import { wordListCheck } from '../../cloudfunctions/content-check/word-list'
import { staff } from '../../cloudfunctions/functions/staff'
import { seedStore } from '../../cloudfunctions/seed'
import type { StoredConsultation } from '../../cloudfunctions/store/consult-port'
import { openSqliteStore } from '../../cloudfunctions/store/sqlite'

const CASES = Number(process.env.BENCH_CASES ?? 10_000)
const RUNS = Number(process.env.BENCH_RUNS ?? 30)
const POINTS = ['heishui-legal-aid-centre', 'guangan-station', 'chengdu-station', 'tongxiang-station']

const consultation = (i: number, now: Date): StoredConsultation => {
  const created = new Date(now.getTime() - (i % 2000) * 3600_000).toISOString()
  return {
    id: crypto.randomUUID(),
    ticket: `HS-BENCH-${String(i).padStart(6, '0')}`,
    ownerOpenid: `o-citizen-${i % 3000}`,
    consentVersion: PRIVACY_NOTICE_VERSION,
    consentedAt: created,
    matter: MATTERS[i % MATTERS.length].id,
    channel: i % 3 ? 'phone' : 'written',
    status: STATUSES[i % STATUSES.length],
    pointId: POINTS[i % POINTS.length],
    pointName: POINTS[i % POINTS.length],
    description: '在工地干了三个月，老板一直不发工资。',
    applicant: { name: '张三', phone: '13800138000', township: '芦花镇', currentCity: '成都市', disputeCity: '成都市' },
    contactSafety: { safeToCall: true, leaveMessage: true, sayWhoWeAre: true },
    quickCheck: [],
    asap: false,
    priority: ((i % 3) + 1) as 1 | 2 | 3,
    dueAt: new Date(now.getTime() + ((i % 100) - 20) * 3600_000).toISOString(),
    heldForReview: false,
    employerKey: `employer-${i % 500}`,
    wage: { employer: `某公司${i % 500}`, dueDate: '2026-06-01', coworkers: i % 5 },
    createdAt: created,
    updatedAt: created,
    statusChangedAt: created,
    citizenSeenAt: created
  }
}

const time = async (label: string, call: () => Promise<unknown>) => {
  const ms: number[] = []
  for (let i = 0; i < RUNS; i += 1) {
    const start = performance.now()
    await call()
    ms.push(performance.now() - start)
  }
  ms.sort((a, b) => a - b)
  console.log(`${label.padEnd(34)} median ${ms[Math.floor(RUNS / 2)].toFixed(1)} ms  p90 ${ms[Math.floor(RUNS * 0.9)].toFixed(1)} ms`)
}

const main = async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-queue-'))
  const store = openSqliteStore(path.join(dir, 'bench.sqlite'))
  await seedStore(store)
  const now = new Date()
  const fill = performance.now()
  for (let i = 0; i < CASES; i += 1)
    await store.unitOfWork((uow) => uow.saveConsultation(consultation(i, now), { events: [{ at: now.toISOString(), kind: 'created', actor: 'citizen' }] }))
  console.log(`store: ${CASES} consultations written in ${((performance.now() - fill) / 1000).toFixed(1)} s`)

  await store.staff.upsert({ openid: 'o-lawyer', role: 'staff', kind: 'lawyer', pointIds: [], name: '王律师' })
  await store.staff.upsert({ openid: 'o-station', role: 'staff', kind: 'station', pointIds: ['guangan-station'], name: '小李' })
  const call = (openid: string, payload: object) => staff.handle({ action: 'queue', payload }, { openid, store, county, contentCheck: wordListCheck() })

  await time('queue, county lawyer (all points)', () => call('o-lawyer', {}))
  await time('queue, station staff (one point)', () => call('o-station', {}))
  await time('queue, filtered: queued + wages', () => call('o-lawyer', { status: 'queued', matter: 'wages' }))
  await time('queue, page 20 of the open cases', () => call('o-lawyer', { offset: 380 }))
  await store.close()
  fs.rmSync(dir, { recursive: true, force: true })
}

void main()

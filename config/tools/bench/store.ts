/**
 * The store at a million: each action through its real cloud function on a SQLite store of
 * 1,000,000 consultations, against the same action on a store of 10,000 (store-fill.ts).
 * Median of BENCH_STORE_RUNS calls (default 15) after five warm-up calls, alternating between the
 * two stores so both meet the same load from the rest of the machine.
 *   BENCH_STORE_CASES  the big store's size (default 1000000)
 */
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { county } from '../../../src/core/county/current'
import { STATUSES } from '../../../src/core/domain/consult-status'
import { wordListCheck } from '../../../cloudfunctions/content-check/word-list'
import { localDirFiles } from '../../../cloudfunctions/files/local-dir'
import { consult } from '../../../cloudfunctions/functions/consult'
import { staff } from '../../../cloudfunctions/functions/staff'
import { openSqliteStore } from '../../../cloudfunctions/store/sqlite'
import type { Store } from '../../../cloudfunctions/store/port'
import type { Figure, FigureGroup } from './print'
import { benchConsultation, benchOwner, benchStoreFile } from './store-fill'
import { booking } from './throughput'

const RUNS = Number(process.env.BENCH_STORE_RUNS ?? 15)
/** Calls before the timed ones: the first calls on a file read its pages from disk. */
const WARM_UP = 5
const SMALL = 10_000
const BIG = Number(process.env.BENCH_STORE_CASES ?? 1_000_000)

type Call = (run: number) => Promise<unknown>

/** Times one call; a refused call stops the bench (it would time the refusal). */
const timed = async (call: Call, run: number): Promise<number> => {
  const start = performance.now()
  const answer = (await call(run)) as { ok: boolean; error?: unknown }
  if (!answer.ok) throw new Error(`bench call refused: ${JSON.stringify(answer.error)}`)
  return performance.now() - start
}

const medianOf = (ms: number[]): number => [...ms].sort((a, b) => a - b)[Math.floor(ms.length / 2)]

/** The actions measured on one store, by figure name. */
const actions = async (store: Store, cases: number, log: (line: string) => void): Promise<Array<[name: string, call: Call]>> => {
  // No action measured here reads a file: an empty directory stands in for the files store.
  const files = localDirFiles(path.join(os.tmpdir(), 'falv-bench-files'), 'bench')
  const env = (openid: string) => ({ openid, store, county, contentCheck: wordListCheck(), files })
  const asStaff = (openid: string, payload: object) => () => staff.handle({ action: 'queue', payload }, env(openid))
  const asCitizen = (openid: string, action: string, payload: object) => consult.handle({ action, payload }, env(openid))
  await store.staff.upsert({ openid: 'o-bench-lawyer', role: 'staff', kind: 'lawyer', pointIds: [], name: '王律师' })
  await store.staff.upsert({ openid: 'o-bench-station', role: 'staff', kind: 'station', pointIds: ['guangan-station'], name: '小李' })
  // The newest queued case (the newest are the ones citizens look at): its view counts the queue ahead.
  const newestQueued = cases - 1 - ((cases - 1 - STATUSES.indexOf('queued')) % STATUSES.length)
  const waiting = benchConsultation(newestQueued, cases, Date.now())
  const owner = benchOwner(newestQueued, cases)
  const label = `${cases}-${Date.now()}`
  const view = (await asCitizen(owner, 'getMine', { id: waiting.id })) as { ok: boolean; data?: { queuePosition?: number } }
  if (!view.data?.queuePosition) throw new Error(`the bench case ${waiting.id} has no queue position: it is not waiting`)
  log(`  ${cases.toLocaleString('en')} store: the bench case's queue position is ${view.data.queuePosition}`)
  return [
    ['staff.queue, county lawyer', asStaff('o-bench-lawyer', {})],
    ['staff.queue, station staff', asStaff('o-bench-station', {})],
    ['staff.queue, filtered (queued + wages)', asStaff('o-bench-lawyer', { status: 'queued', matter: 'wages' })],
    ['staff.queue, page 20', asStaff('o-bench-lawyer', { offset: 380 })],
    ['consult.getMine (queue position)', () => asCitizen(owner, 'getMine', { id: waiting.id })],
    ['consult.create', (run) => asCitizen(`o-bench-new-${label}-${run}`, 'create', booking(`bench-create-${label}-${run}`))],
    ['consult.listMine', () => asCitizen(owner, 'listMine', {})],
    ['consult.slots', () => asCitizen(owner, 'slots', { channel: 'phone' })]
  ]
}

export const store = {
  id: 'store',
  title: `SQLite store at ${BIG.toLocaleString('en')} consultations (real functions; median of ${RUNS}, runs alternating with the 10,000 store)`,
  async run(log) {
    const small = openSqliteStore(await benchStoreFile(SMALL, log))
    const big = openSqliteStore(await benchStoreFile(BIG, log))
    try {
      const smallActions = await actions(small, SMALL, log)
      const bigActions = await actions(big, BIG, log)
      const figures: Figure[] = []
      for (const [index, [name, smallCall]] of smallActions.entries()) {
        const bigCall = bigActions[index][1]
        // Alternating, so both stores meet the same load from the rest of the machine.
        const smallMs: number[] = []
        const bigMs: number[] = []
        for (let run = -WARM_UP; run < RUNS; run += 1) {
          const smallTime = await timed(smallCall, run + WARM_UP)
          const bigTime = await timed(bigCall, run + WARM_UP)
          if (run < 0) continue
          smallMs.push(smallTime)
          bigMs.push(bigTime)
        }
        figures.push({ name, value: medianOf(bigMs), unit: 'ms', baselineName: SMALL.toLocaleString('en'), baseline: medianOf(smallMs), target: { atMost: 2 } })
      }
      return figures
    } finally {
      await small.close()
      await big.close()
    }
  }
} satisfies FigureGroup

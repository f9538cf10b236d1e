/**
 * Calibration of the CloudBase fake (tests/helpers/cloudbase-fake): asserts, against a real
 * env, each assumption the fake makes about WeChat's database server. It needs WeChat's
 * servers, so it runs only when WX_CLOUD_ENV, TENCENTCLOUD_SECRETID and
 * TENCENTCLOUD_SECRETKEY are set, on an env where `npm run deploy`'s collections exist.
 * Server codes are read from the SDK's lower layer (@cloudbase/database), because
 * wx-server-sdk turns every code it does not know into errCode -501001.
 */
import crypto from 'node:crypto'
import { storeDatabaseConfig, type CloudDatabase } from '../../cloudfunctions/store/cloudbase/types'
import { awaited } from '../../cloudfunctions/store/cloudbase/awaited'
import { defaultSettings } from '../helpers/cloudbase-fake/settings'

const configured = Boolean(process.env.WX_CLOUD_ENV && process.env.TENCENTCLOUD_SECRETID && process.env.TENCENTCLOUD_SECRETKEY)

/** @cloudbase/database beneath wx-server-sdk: its errors keep the server's `code`. */
interface RawCollection {
  add(data: object): Promise<unknown>
  doc(id: string): { update(data: object): Promise<unknown>; get(): Promise<unknown>; remove(): Promise<unknown> }
  where(query: object): { get(): Promise<unknown> }
}
interface RawTransaction {
  collection(name: string): RawCollection
  commit(): Promise<unknown>
  rollback(): Promise<unknown>
}
interface RawDb {
  collection(name: string): RawCollection
  startTransaction(): Promise<RawTransaction>
}

const codeOf = async (call: Promise<unknown>): Promise<string> =>
  call.then(
    () => 'answered',
    (error: { code?: string }) => error.code ?? 'no code'
  )

const describeOnRealEnv = configured ? describe : describe.skip

describeOnRealEnv('CloudBase server rules the fake assumes (real env)', () => {
  const token = crypto.randomBytes(6).toString('hex')
  const CALIBRATION = 'calibration'
  let db: CloudDatabase
  let raw: RawDb

  beforeAll(async () => {
    // Loaded only here: offline, wx-server-sdk raises an unhandled rejection on a request.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const cloud = require('wx-server-sdk') as typeof import('wx-server-sdk')
    cloud.init({ env: process.env.WX_CLOUD_ENV })
    db = cloud.database(storeDatabaseConfig)
    raw = (db as unknown as { _db: RawDb })._db
    const created = await db.createCollection(CALIBRATION).then(
      () => null,
      (error: unknown) => error
    )
    // An existing collection is fine; anything else is not.
    if (created) await awaited(db.collection(CALIBRATION).count()).catch(() => Promise.reject(created))
  }, 30_000)

  afterAll(async () => {
    if (db) await awaited(db.collection(CALIBRATION).where({ token }).remove())
  })

  it(`answers at most readCap (${defaultSettings().readCap}) documents per get, whatever the limit`, async () => {
    for (let start = 0; start < 120; start += 20) {
      await Promise.all(Array.from({ length: 20 }, (_unused, n) => awaited(db.collection(CALIBRATION).add({ data: { token, n: start + n } }))))
    }
    const { data } = await awaited(db.collection(CALIBRATION).where({ token }).limit(1000).get())
    expect(data).toHaveLength(defaultSettings().readCap)
  }, 120_000)

  it(`answers at most aggregateDefaultLimit (${defaultSettings().aggregateDefaultLimit}) results from an aggregation without $limit`, async () => {
    // Reads the 120 documents the read-cap test wrote.
    const { list } = await awaited(db.collection(CALIBRATION).aggregate().match({ token }).end())
    expect(list).toHaveLength(defaultSettings().aggregateDefaultLimit)
  })

  it('refuses a duplicate _id with DATABASE_DUPLICATE_WRITE', async () => {
    const id = `dup-${token}`
    await raw.collection(CALIBRATION).add({ _id: id, token })
    expect(await codeOf(raw.collection(CALIBRATION).add({ _id: id, token }))).toBe('DATABASE_DUPLICATE_WRITE')
  })

  it('refuses a second invite with the same code hash (unique index) with DATABASE_DUPLICATE_WRITE', async () => {
    const codeHash = `calibration-${token}`
    await raw.collection('invites').add({ _id: `a-${token}`, codeHash })
    try {
      expect(await codeOf(raw.collection('invites').add({ _id: `b-${token}`, codeHash }))).toBe('DATABASE_DUPLICATE_WRITE')
    } finally {
      await raw.collection('invites').doc(`a-${token}`).remove()
      await raw.collection('invites').doc(`b-${token}`).remove()
    }
  })

  it('answers a get of a missing document with null data, in and out of a transaction', async () => {
    expect((await awaited(db.collection(CALIBRATION).doc(`missing-${token}`).get())).data).toBeNull()
    const inTransaction = await db.runTransaction(async (transaction: { collection: CloudDatabase['collection'] }) => {
      return (await awaited(transaction.collection(CALIBRATION).doc(`missing-${token}`).get())).data
    })
    expect(inTransaction).toBeNull()
  })

  it('never receives an undefined field: an update leaves it as it was, and flattens nested objects', async () => {
    const id = `undef-${token}`
    await awaited(db.collection(CALIBRATION).add({ data: { _id: id, token, assignee: 'o-staff', rating: { score: 5, comment: '好' } } }))
    await awaited(
      db
        .collection(CALIBRATION)
        .doc(id)
        .update({ data: { assignee: undefined, status: 'queued', rating: { score: 3 } } })
    )
    const { data } = await awaited(db.collection(CALIBRATION).doc(id).get())
    expect(data).toMatchObject({ assignee: 'o-staff', status: 'queued', rating: { score: 3, comment: '好' } })
  })

  it('answers DATABASE_TRANSACTION_CONFLICT at the write when another open transaction wrote the document', async () => {
    const id = `conflict-${token}`
    await raw.collection(CALIBRATION).add({ _id: id, token, n: 0 })
    const [first, second] = [await raw.startTransaction(), await raw.startTransaction()]
    await first.collection(CALIBRATION).doc(id).update({ n: 1 })
    expect(await codeOf(second.collection(CALIBRATION).doc(id).update({ n: 2 }))).toBe('DATABASE_TRANSACTION_CONFLICT')
    await first.commit()
    await second.rollback().catch(() => undefined)
  })

  it('refuses where() inside a transaction', async () => {
    const transaction = await raw.startTransaction()
    try {
      expect(await codeOf(transaction.collection(CALIBRATION).where({ token }).get())).not.toBe('answered')
    } finally {
      await transaction.rollback()
    }
  })
})

if (!configured) {
  describe('CloudBase server rules the fake assumes', () => {
    it.skip('skipped: set WX_CLOUD_ENV, TENCENTCLOUD_SECRETID and TENCENTCLOUD_SECRETKEY to calibrate the fake against a real env', () => {})
  })
}

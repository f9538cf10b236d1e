/**
 * The CloudBase fake behaves as the server rules in tests/helpers/cloudbase-fake say, seen
 * through the real wx-server-sdk (WeChat's servers are the edge we cannot reach: the fake
 * stands in for them below the SDK's request layer).
 */
import { awaited } from '../../cloudfunctions/store/cloudbase/awaited'
import type { CloudDatabase } from '../../cloudfunctions/store/cloudbase/types'
import { openFakeCloud, type FakeCloud } from '../helpers/cloudbase-fake'

/** wx-server-sdk types a transaction as any; this is the part these tests use. */
type Transaction = { collection: CloudDatabase['collection'] }

const errorOf = async (call: Promise<unknown> | void | string): Promise<{ errCode?: number; errMsg?: string; message: string }> => {
  try {
    await awaited(call)
  } catch (error) {
    return error as { errCode?: number; errMsg?: string; message: string }
  }
  throw new Error('expected the call to fail')
}

describe('CloudBase fake (real wx-server-sdk, fake server)', () => {
  let fake: FakeCloud
  beforeEach(() => {
    fake = openFakeCloud()
  })
  afterEach(() => fake.close())

  it('answers queries with filters, order, skip and limit, and caps a read at 100 documents', async () => {
    const { db } = fake
    const _ = db.command
    await Promise.all(
      Array.from({ length: 150 }, (_unused, n) => db.collection('rows').add({ data: { _id: `r${String(n).padStart(3, '0')}`, n, even: n % 2 === 0 } }))
    )
    const capped = await awaited(db.collection('rows').limit(1000).get())
    expect(capped.data).toHaveLength(100)
    const page = await awaited(
      db
        .collection('rows')
        .where({ even: true, n: _.gte(10).and(_.lt(20)) })
        .orderBy('n', 'desc')
        .skip(1)
        .limit(2)
        .get()
    )
    expect(page.data.map((row) => row.n)).toEqual([16, 14])
    expect(
      (
        await awaited(
          db
            .collection('rows')
            .where({ n: _.in([1, 2, 300]) })
            .count()
        )
      ).total
    ).toBe(2)
  })

  it('answers in no set order what the query leaves unordered, ties of a sort included', async () => {
    const { db } = fake
    const ids = Array.from({ length: 20 }, (_unused, n) => `r${String(n).padStart(2, '0')}`)
    for (const id of ids) await awaited(db.collection('rows').add({ data: { _id: id, same: 1 } }))
    const unordered = (await awaited(db.collection('rows').get())).data.map((row) => row._id)
    const tied = (await awaited(db.collection('rows').orderBy('same', 'asc').get())).data.map((row) => row._id)
    const sorted = (await awaited(db.collection('rows').orderBy('_id', 'desc').get())).data.map((row) => row._id)
    expect(unordered).not.toEqual(ids)
    expect(tied).not.toEqual(ids)
    expect(sorted).toEqual([...ids].reverse())
  })

  it('answers a get of a missing document with null data, in and out of a transaction', async () => {
    const { db } = fake
    expect((await awaited(db.collection('rows').doc('nope').get())).data).toBeNull()
    const inTransaction = await db.runTransaction(async (transaction: Transaction) => (await awaited(transaction.collection('rows').doc('nope').get())).data)
    expect(inTransaction).toBeNull()
  })

  it('refuses a duplicate _id, and the SDK reports it as errCode -501001', async () => {
    await awaited(fake.db.collection('rows').add({ data: { _id: 'a', v: 1 } }))
    const duplicate = await errorOf(fake.db.collection('rows').add({ data: { _id: 'a', v: 2 } }))
    expect(duplicate.errCode).toBe(-501001)
    expect(fake.requests.at(-1)?.failed).toBe('DATABASE_DUPLICATE_WRITE')
    expect((await awaited(fake.db.collection('rows').doc('a').get())).data).toMatchObject({ v: 1 })
  })

  it('enforces the unique indexes of collections.json: one ticket number, one consultation', async () => {
    await awaited(fake.db.collection('consultations').add({ data: { _id: 'c1', ticket: '20261129-0001' } }))
    await errorOf(fake.db.collection('consultations').add({ data: { _id: 'c2', ticket: '20261129-0001' } }))
    await awaited(fake.db.collection('invites').add({ data: { _id: 'i1' } }))
    await errorOf(fake.db.collection('invites').add({ data: { _id: 'i2' } }))
    expect(fake.requests.map((request) => request.failed ?? 'ok')).toEqual(['ok', 'DATABASE_DUPLICATE_WRITE', 'ok', 'DATABASE_DUPLICATE_WRITE'])
  })

  it('enforces the unique indexes it is given, a missing field counting as null', async () => {
    const unique = openFakeCloud({ indexes: [{ collection: 'tickets', name: 'ticket_unique', unique: true, fields: ['ticket'] }] })
    try {
      await awaited(unique.db.collection('tickets').add({ data: { _id: 'a', ticket: 'T1' } }))
      await errorOf(unique.db.collection('tickets').add({ data: { _id: 'b', ticket: 'T1' } }))
      await awaited(unique.db.collection('tickets').add({ data: { _id: 'c' } }))
      await errorOf(unique.db.collection('tickets').add({ data: { _id: 'd' } }))
      expect(unique.requests.map((request) => request.failed ?? 'ok')).toEqual(['ok', 'DATABASE_DUPLICATE_WRITE', 'ok', 'DATABASE_DUPLICATE_WRITE'])
    } finally {
      unique.close()
    }
  })

  it('applies updates as the serializer sends them: undefined dropped, objects flattened, _.remove and _.set', async () => {
    const { db } = fake
    const _ = db.command
    await awaited(
      db
        .collection('cases')
        .add({ data: { _id: 'c1', assignee: 'o-staff', status: 'claimed', rating: { score: 5, comment: '很好' }, notes: ['a'], old: 1, box: { a: 1, b: 2 } } })
    )
    await awaited(
      db
        .collection('cases')
        .doc('c1')
        .update({ data: { assignee: undefined, status: 'queued', rating: { score: 3 }, old: _.remove(), box: _.set({ c: 3 }), notes: _.push('b') } })
    )
    const { data } = await awaited(db.collection('cases').doc('c1').get())
    expect(data).toEqual({ _id: 'c1', assignee: 'o-staff', status: 'queued', rating: { score: 3, comment: '很好' }, notes: ['a', 'b'], box: { c: 3 } })
    await awaited(
      db
        .collection('cases')
        .doc('c1')
        .set({ data: { status: 'closed' } })
    )
    expect((await awaited(db.collection('cases').doc('c1').get())).data).toEqual({ _id: 'c1', status: 'closed' })
  })

  it('keeps dates as dates and finds text with db.RegExp', async () => {
    const { db } = fake
    const at = new Date('2026-11-29T08:00:00.000Z')
    await awaited(db.collection('rows').add({ data: { _id: 'd', at, title: '欠薪怎么办' } }))
    const found = await awaited(
      db
        .collection('rows')
        .where({ title: db.RegExp({ regexp: '欠薪', options: 'i' }) })
        .get()
    )
    expect(found.data[0].at).toEqual(at)
  })

  it('stamps db.serverDate() with the server clock', async () => {
    const { db } = fake
    const before = Date.now()
    await awaited(
      db
        .collection('rows')
        .doc('s')
        .set({ data: { at: db.serverDate() } })
    )
    const stored = fake.dump().rows[0].at as Date
    expect(stored).toBeInstanceOf(Date)
    expect(stored.getTime()).toBeGreaterThanOrEqual(before)
  })

  it('aggregates with $match, $group and $count', async () => {
    const { db } = fake
    const $ = db.command.aggregate
    await Promise.all(['p1', 'p1', 'p2'].map((pointId, n) => db.collection('rows').add({ data: { _id: `a${n}`, pointId } })))
    const grouped = await awaited(
      db
        .collection('rows')
        .aggregate()
        .match({ pointId: db.command.neq('none') })
        .group({ _id: '$pointId', n: $.sum(1) })
        .sort({ _id: 1 })
        .end()
    )
    expect(grouped.list).toEqual([
      { _id: 'p1', n: 2 },
      { _id: 'p2', n: 1 }
    ])
    expect((await awaited(db.collection('rows').aggregate().count('total').end())).list).toEqual([{ total: 3 }])
  })

  it('answers at most 20 results from an aggregation without $limit, as measured on the platform', async () => {
    const { db } = fake
    await Promise.all(Array.from({ length: 30 }, (_unused, n) => awaited(db.collection('rows').add({ data: { _id: `g${n}`, group: n } }))))
    const grouped = (limit?: number) => {
      const pipeline = db.collection('rows').aggregate().group({ _id: '$group' })
      return awaited((limit ? pipeline.limit(limit) : pipeline).end())
    }
    expect((await grouped()).list).toHaveLength(20)
    expect((await grouped(1000)).list).toHaveLength(30)
  })

  it('interleaves concurrent calls: plain read-then-write increments lose updates', async () => {
    const { db } = fake
    await awaited(db.collection('counters').add({ data: { _id: 'day', n: 0 } }))
    await Promise.all(
      Array.from({ length: 10 }, async () => {
        const { data } = await awaited(db.collection('counters').doc('day').get())
        await awaited(
          db
            .collection('counters')
            .doc('day')
            .update({ data: { n: (data as { n: number }).n + 1 } })
        )
      })
    )
    expect(((await awaited(db.collection('counters').doc('day').get())).data as { n: number }).n).toBeLessThan(10)
  })

  it('commits a transaction across collections at once, and a write conflict makes the other one fail', async () => {
    const { db } = fake
    await awaited(db.collection('counters').add({ data: { _id: 'day', n: 0 } }))
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, (_unused, k) =>
        db.runTransaction(async (transaction: Transaction) => {
          const { data } = await awaited(transaction.collection('counters').doc('day').get())
          const n = (data as { n: number }).n + 1
          await awaited(transaction.collection('counters').doc('day').update({ data: { n } }))
          await awaited(transaction.collection('tickets').add({ data: { _id: `t${n}`, by: k } }))
          return n
        })
      )
    )
    const won = results.filter((result) => result.status === 'fulfilled')
    const counter = ((await awaited(db.collection('counters').doc('day').get())).data as { n: number }).n
    expect(won.length).toBeGreaterThan(0)
    expect(counter).toBe(won.length)
    expect((await awaited(db.collection('tickets').count())).total).toBe(won.length)
    expect(fake.requests.some((request) => request.failed === 'DATABASE_TRANSACTION_CONFLICT')).toBe(true)
  })

  it('refuses where() inside a transaction: document operations only', async () => {
    const { db } = fake
    await awaited(db.collection('rows').add({ data: { _id: 'x', v: 1 } }))
    await errorOf(db.runTransaction(async (transaction: Transaction) => transaction.collection('rows').where({ v: 1 }).get()))
    expect(fake.requests.find((request) => request.transactionId && request.action === 'database.getDocument')?.failed).toBe('DATABASE_REQUEST_FAILED')
  })

  it('makes a plain write wait for a transaction lock, then apply after the commit', async () => {
    const { db } = fake
    await awaited(db.collection('rows').add({ data: { _id: 'x', a: 0, b: 0 } }))
    const transaction = await db.startTransaction()
    await awaited(
      transaction
        .collection('rows')
        .doc('x')
        .update({ data: { a: 1 } })
    )
    const plain = db
      .collection('rows')
      .doc('x')
      .update({ data: { b: db.command.inc(1) } })
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect((await awaited(db.collection('rows').doc('x').get())).data).toMatchObject({ a: 0, b: 0 })
    await transaction.commit()
    await plain
    expect((await awaited(db.collection('rows').doc('x').get())).data).toMatchObject({ a: 1, b: 1 })
  })

  it('rolls back a transaction that is never finished, releasing its lock', async () => {
    const short = openFakeCloud({ transactionLifetimeMs: 30 })
    try {
      await awaited(short.db.collection('rows').add({ data: { _id: 'x', a: 0 } }))
      const abandoned = await short.db.startTransaction()
      await abandoned
        .collection('rows')
        .doc('x')
        .update({ data: { a: 1 } })
      await awaited(
        short.db
          .collection('rows')
          .doc('x')
          .update({ data: { a: 2 } })
      )
      await errorOf(abandoned.commit())
      expect((await awaited(short.db.collection('rows').doc('x').get())).data).toMatchObject({ a: 2 })
    } finally {
      short.close()
    }
  })

  it('fails the n-th request from now: before = not applied, after = applied with the answer lost', async () => {
    const { db } = fake
    fake.injectFailure({ at: 1, when: 'before' })
    expect((await errorOf(db.collection('rows').add({ data: { _id: 'lost' } }))).errCode).toBe(-501001)
    fake.injectFailure({ at: 1, when: 'after' })
    await errorOf(db.collection('rows').add({ data: { _id: 'kept' } }))
    expect(fake.dump().rows.map((row) => row._id)).toEqual(['kept'])
    expect(fake.requests.map((request) => request.failed)).toEqual(['injected before', 'injected after'])
  })

  it('keeps two fakes apart, and reset empties one', async () => {
    const other = openFakeCloud()
    try {
      await awaited(fake.db.collection('rows').add({ data: { _id: 'mine' } }))
      expect(await awaited(other.db.collection('rows').count())).toMatchObject({ total: 0 })
      fake.reset()
      expect(fake.dump()).toEqual({})
      expect(fake.requests).toHaveLength(0)
    } finally {
      other.close()
    }
  })
})

/**
 * What the fake server does for each database action the SDK sends (the action names and
 * parameters are those of @cloudbase/database's request calls). Each handler answers the
 * body the SDK expects and how many documents it read or wrote, for the request log.
 */
import crypto from 'node:crypto'
import { aggregate, find, update as applyOperators } from 'mingo'
import type { AnyObject } from 'mingo/types'
import { copy, decode, encode, type Doc } from './codec'
import type { DocumentStore, Write } from './documents'
import { duplicateWrite, ServerRefusal } from './errors'
import type { FakeCloudSettings } from './settings'
import type { Transactions } from './transactions'
import { brokenUniqueIndex } from './unique'

export interface Params {
  collectionName?: string
  transactionId?: string
  queryType?: 'WHERE' | 'DOC'
  query?: string
  order?: string
  offset?: number
  limit?: number
  projection?: string
  data?: string | string[]
  multi?: boolean
  merge?: boolean
  upsert?: boolean
  stages?: Array<{ stageKey: string; stageValue: string }>
}

export interface Outcome {
  body: Record<string, unknown>
  count?: number
}

export interface Context {
  store: DocumentStore
  transactions: Transactions
  settings: FakeCloudSettings
  random: () => number
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

const collectionOf = (params: Params): string => {
  if (!params.collectionName) throw new ServerRefusal('INVALID_PARAM', 'collectionName is required')
  return params.collectionName
}

const matching = (ctx: Context, collection: string, query: Doc): Doc[] => find(ctx.store.list(collection), query as AnyObject).all() as Doc[]

/** A transaction takes `doc(id)` operations only ("事务中不支持批量操作（where 语句）"). */
const documentIdIn = (params: Params): string => {
  const id = decode(params.query)._id
  if (params.queryType !== 'DOC' || (typeof id !== 'string' && typeof id !== 'number')) {
    throw new ServerRefusal('DATABASE_REQUEST_FAILED', 'a transaction accepts single-document operations (doc(id)) only, not where()')
  }
  return String(id)
}

/** Plain writes wait while an open transaction holds a lock on any document they touch. */
const afterLocks = async (ctx: Context, collection: string, ids: () => string[]): Promise<void> => {
  while (ids().some((id) => ctx.transactions.isLocked(collection, id))) await sleep(1)
}

const uniqueOrRefuse = (ctx: Context, collection: string, doc: Doc, alsoWritten: Doc[] = []): void => {
  const broken = brokenUniqueIndex(ctx.settings.indexes, collection, doc, () => [...ctx.store.list(collection), ...alsoWritten])
  if (broken) throw duplicateWrite(collection, broken)
}

const newId = (): string => crypto.randomBytes(16).toString('hex')

/** Shuffled before a (stable) sort: what the query leaves unordered comes in no set order. */
const inUnspecifiedOrder = (ctx: Context, docs: Doc[]): Doc[] => {
  if (ctx.settings.unorderedReads === 'insertion') return docs
  const shuffled = [...docs]
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = Math.floor(ctx.random() * (i + 1))
    ;[shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]]
  }
  return shuffled
}

export const getDocument = (ctx: Context, params: Params): Outcome => {
  const collection = collectionOf(params)
  if (params.transactionId) {
    const doc = ctx.transactions.read(params.transactionId, collection, documentIdIn(params))
    return { body: { data: { list: doc ? [encode(doc)] : [] } }, count: doc ? 1 : 0 }
  }
  let cursor = find(
    inUnspecifiedOrder(ctx, ctx.store.list(collection)),
    decode(params.query) as AnyObject,
    params.projection ? (decode(params.projection) as AnyObject) : undefined
  )
  if (params.order) cursor = cursor.sort(decode(params.order) as Record<string, 1 | -1>)
  const docs = cursor
    .skip(params.offset ?? 0)
    .limit(Math.min(params.limit ?? ctx.settings.readCap, ctx.settings.readCap))
    .all() as Doc[]
  return { body: { data: { list: docs.map(encode) } }, count: docs.length }
}

export const calculateDocument = (ctx: Context, params: Params): Outcome => {
  const total = matching(ctx, collectionOf(params), decode(params.query)).length
  return { body: { data: { total } }, count: total }
}

export const aggregateDocuments = (ctx: Context, params: Params): Outcome => {
  const pipeline = (params.stages ?? []).map(({ stageKey, stageValue }) => ({ [stageKey]: decode(`{"v":${stageValue}}`).v }))
  const answered = aggregate(ctx.store.list(collectionOf(params)), pipeline as AnyObject[]) as Doc[]
  const limited = pipeline.some((stage) => '$limit' in stage)
  const list = limited ? answered : answered.slice(0, ctx.settings.aggregateDefaultLimit)
  return { body: { data: { list: list.map(encode) } }, count: list.length }
}

export const insertDocument = async (ctx: Context, params: Params): Promise<Outcome> => {
  const collection = collectionOf(params)
  const docs = (Array.isArray(params.data) ? params.data : [params.data]).map((text) => {
    const doc = decode(text)
    return { ...doc, _id: doc._id ?? newId() }
  })
  if (params.transactionId) {
    for (const doc of docs) {
      const id = String(doc._id)
      if (ctx.transactions.read(params.transactionId, collection, id)) throw duplicateWrite(collection, '_id_')
      ctx.transactions.write(params.transactionId, collection, id, doc)
    }
  } else {
    // Ordered, like MongoDB's insertMany: documents before a refused one stay written.
    for (const doc of docs) {
      const id = String(doc._id)
      await afterLocks(ctx, collection, () => [id])
      if (ctx.store.get(collection, id)) throw duplicateWrite(collection, '_id_')
      uniqueOrRefuse(ctx, collection, doc)
      ctx.store.commit([{ collection, id, doc }])
    }
  }
  return { body: { data: { insertedIds: docs.map((doc) => doc._id) } }, count: docs.length }
}

/** The document after the request's change: a replacement (`set`) or update operators. */
const changed = (before: Doc | null, id: string, params: Params): Doc | null => {
  const data = decode(params.data as string)
  if (!params.merge) return before || params.upsert ? { ...data, _id: before?._id ?? id } : null
  if (!before) return null
  const after = copy(before)
  applyOperators(after, data as AnyObject)
  return after
}

const same = (a: Doc | null, b: Doc | null): boolean => JSON.stringify(a) === JSON.stringify(b)

export const modifyDocument = async (ctx: Context, params: Params): Promise<Outcome> => {
  const collection = collectionOf(params)
  if (params.transactionId) {
    const id = documentIdIn(params)
    const before = ctx.transactions.read(params.transactionId, collection, id)
    const after = changed(before, id, params)
    if (!after) return { body: { data: { updated: 0 } }, count: 0 }
    ctx.transactions.write(params.transactionId, collection, id, after)
    return { body: { data: { updated: before && !same(before, after) ? 1 : 0, upsert_id: before ? undefined : id } }, count: 1 }
  }
  const query = decode(params.query)
  const targets = () => {
    const found = matching(ctx, collection, query)
    return params.multi ? found : found.slice(0, 1)
  }
  await afterLocks(ctx, collection, () => targets().map((doc) => String(doc._id)))
  const befores = targets()
  if (!befores.length && params.upsert && params.queryType === 'DOC') {
    const id = String(query._id)
    const created = changed(null, id, params) as Doc
    uniqueOrRefuse(ctx, collection, created)
    ctx.store.commit([{ collection, id, doc: created }])
    return { body: { data: { updated: 0, upsert_id: id } }, count: 1 }
  }
  const writes: Write[] = []
  for (const before of befores) {
    const after = changed(before, String(before._id), params) as Doc
    if (same(before, after)) continue
    uniqueOrRefuse(
      ctx,
      collection,
      after,
      writes.map((write) => write.doc as Doc)
    )
    writes.push({ collection, id: String(before._id), doc: after })
  }
  ctx.store.commit(writes)
  return { body: { data: { updated: writes.length } }, count: writes.length }
}

export const modifyAndReturnDoc = async (ctx: Context, params: Params): Promise<Outcome> => {
  const collection = collectionOf(params)
  const query = decode(params.query)
  await afterLocks(ctx, collection, () =>
    matching(ctx, collection, query)
      .slice(0, 1)
      .map((doc) => String(doc._id))
  )
  const [before] = matching(ctx, collection, query)
  if (!before) return { body: { data: { updated: 0, doc: null } }, count: 0 }
  const after = changed(before, String(before._id), { ...params, merge: true }) as Doc
  uniqueOrRefuse(ctx, collection, after)
  ctx.store.commit([{ collection, id: String(before._id), doc: after }])
  return { body: { data: { updated: same(before, after) ? 0 : 1, doc: encode(after) } }, count: 1 }
}

export const removeDocument = async (ctx: Context, params: Params): Promise<Outcome> => {
  const collection = collectionOf(params)
  if (params.transactionId) {
    const id = documentIdIn(params)
    const before = ctx.transactions.read(params.transactionId, collection, id)
    if (before) ctx.transactions.write(params.transactionId, collection, id, null)
    return { body: { data: { deleted: before ? 1 : 0 } }, count: before ? 1 : 0 }
  }
  const query = decode(params.query)
  const targets = () => {
    const found = matching(ctx, collection, query)
    return params.multi ? found : found.slice(0, 1)
  }
  await afterLocks(ctx, collection, () => targets().map((doc) => String(doc._id)))
  const ids = targets().map((doc) => String(doc._id))
  ctx.store.commit(ids.map((id) => ({ collection, id, doc: null })))
  return { body: { data: { deleted: ids.length } }, count: ids.length }
}

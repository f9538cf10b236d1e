/**
 * The wire format of CloudBase's database requests: queries, updates and documents travel as
 * Extended JSON strings (the SDK's serializer writes them, `bson` parses them), and answers
 * carry documents as canonical Extended JSON strings, which the SDK parses back.
 */
import { EJSON } from 'bson'

export type Doc = Record<string, unknown>

interface BsonRegExpLike {
  _bsontype: 'BSONRegExp'
  pattern: string
  options: string
}

const isBsonRegExp = (value: unknown): value is BsonRegExpLike =>
  typeof value === 'object' && value !== null && (value as { _bsontype?: string })._bsontype === 'BSONRegExp'

const serverDateOffset = (value: object): number | null => {
  const marker = (value as { $tcb_server_date?: { offset?: number } }).$tcb_server_date
  return marker ? (marker.offset ?? 0) : null
}

/**
 * What the server resolves on arrival: `db.RegExp` comes as a BSON regular expression (the
 * query engine wants a JS RegExp), `db.serverDate()` as `{ $tcb_server_date: { offset } }`
 * (the server's clock plus the offset).
 */
const resolved = (value: unknown): unknown => {
  if (isBsonRegExp(value)) return new RegExp(value.pattern, value.options.replace(/[^gimsuy]/g, ''))
  if (Array.isArray(value)) return value.map(resolved)
  if (value instanceof Date || value instanceof RegExp) return value
  if (typeof value === 'object' && value !== null) {
    const offset = serverDateOffset(value)
    if (offset !== null) return new Date(Date.now() + offset)
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, resolved(inner)]))
  }
  return value
}

export const decode = (text: string | undefined): Doc => (text ? (resolved(EJSON.parse(text)) as Doc) : {})

export const encode = (doc: Doc): string => EJSON.stringify(doc, { relaxed: false })

/**
 * A deep copy of a stored value. (Not structuredClone: under jest it builds Dates of another
 * realm, which `instanceof Date` in the code under test would not recognise.)
 */
export const copy = <T>(value: T): T => {
  if (value instanceof Date) return new Date(value.getTime()) as T
  if (value instanceof RegExp) return new RegExp(value.source, value.flags) as T
  if (Array.isArray(value)) return value.map(copy) as T
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, copy(inner)])) as T
  }
  return value
}

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

/** `db.RegExp` arrives as a BSON regular expression; the query engine wants a JS RegExp. */
const withJsRegExps = (value: unknown): unknown => {
  if (isBsonRegExp(value)) return new RegExp(value.pattern, value.options.replace(/[^gimsuy]/g, ''))
  if (Array.isArray(value)) return value.map(withJsRegExps)
  if (value instanceof Date || value instanceof RegExp) return value
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, withJsRegExps(inner)]))
  }
  return value
}

export const decode = (text: string | undefined): Doc => (text ? (withJsRegExps(EJSON.parse(text)) as Doc) : {})

export const encode = (doc: Doc): string => EJSON.stringify(doc, { relaxed: false })

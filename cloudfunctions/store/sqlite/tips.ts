import type Database from 'better-sqlite3'
import type { Tip, TipSummary } from '../../../src/core/contracts/tips'
import type { TipQuery, TipsRepository } from '../port'

interface TipRow {
  id: string
  category: Tip['category']
  title: string
  summary: string
  body: string
  citations: string
  keywords: string
  updated_at: string
}

/** What a list shows: never the bodies (the longest columns by far), read only by `get`. */
type SummaryRow = Pick<TipRow, 'id' | 'category' | 'title' | 'summary' | 'updated_at'>
const SUMMARY_COLUMNS = 'id, category, title, summary, updated_at'

const toSummary = (row: SummaryRow): TipSummary => ({
  id: row.id,
  category: row.category,
  title: row.title,
  summary: row.summary,
  updatedAt: row.updated_at
})

const toTip = (row: TipRow): Tip => ({
  ...toSummary(row),
  body: row.body,
  citations: JSON.parse(row.citations) as Tip['citations'],
  keywords: JSON.parse(row.keywords) as string[]
})

/** LIKE treats % and _ as wildcards: a citizen's search text must match literally. */
const likePattern = (keyword: string): string => `%${keyword.replace(/[\\%_]/g, (c) => `\\${c}`)}%`

const whereOf = (query: TipQuery): { sql: string; params: Record<string, string> } => {
  const clauses = ['published = 1']
  const params: Record<string, string> = {}
  if (query.category) {
    clauses.push('category = @category')
    params.category = query.category
  }
  if (query.keyword) {
    clauses.push(
      "(title LIKE @pattern ESCAPE '\\' OR summary LIKE @pattern ESCAPE '\\' OR body LIKE @pattern ESCAPE '\\' OR keywords LIKE @pattern ESCAPE '\\')"
    )
    params.pattern = likePattern(query.keyword)
  }
  return { sql: clauses.join(' AND '), params }
}

export const sqliteTips = (db: Database.Database): TipsRepository => {
  // One prepared pair per shape of filter (category and/or keyword): four at most, prepared once.
  const listStatements = new Map<string, { count: Database.Statement; page: Database.Statement }>()
  const listStatementsFor = (where: string) => {
    let statements = listStatements.get(where)
    if (!statements) {
      statements = {
        count: db.prepare(`SELECT COUNT(*) AS total FROM tips WHERE ${where}`),
        page: db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM tips WHERE ${where} ORDER BY updated_at DESC, id LIMIT @limit OFFSET @offset`)
      }
      listStatements.set(where, statements)
    }
    return statements
  }

  const getOne = db.prepare<[string], TipRow>('SELECT * FROM tips WHERE id = ? AND published = 1')
  const seedOne = db.prepare(
    `INSERT INTO tips (id, category, title, summary, body, citations, keywords, updated_at)
     VALUES (@id, @category, @title, @summary, @body, @citations, @keywords, @updatedAt)
     ON CONFLICT (id) DO UPDATE SET
       category = excluded.category, title = excluded.title, summary = excluded.summary,
       body = excluded.body, citations = excluded.citations, keywords = excluded.keywords,
       updated_at = excluded.updated_at
     WHERE excluded.updated_at > tips.updated_at`
  )
  const seedAll = db.transaction((tips: Tip[]) =>
    tips.reduce(
      (written, tip) => written + seedOne.run({ ...tip, citations: JSON.stringify(tip.citations), keywords: JSON.stringify(tip.keywords) }).changes,
      0
    )
  )

  return {
    async list(query) {
      const where = whereOf(query)
      const { count, page } = listStatementsFor(where.sql)
      const { total } = count.get(where.params) as { total: number }
      const rows = page.all({ ...where.params, limit: query.limit, offset: query.offset }) as SummaryRow[]
      return { items: rows.map(toSummary), total }
    },
    async get(id) {
      const row = getOne.get(id)
      return row ? toTip(row) : null
    },
    async seed(tips) {
      return seedAll(tips)
    },
    async adminList(offset, limit) {
      const rows = db.prepare('SELECT * FROM tips ORDER BY updated_at DESC, id LIMIT ? OFFSET ?').all(limit, offset) as Array<TipRow & { published: number }>
      const { total } = db.prepare('SELECT COUNT(*) AS total FROM tips').get() as { total: number }
      return { items: rows.map((row) => ({ ...toTip(row), published: row.published === 1 })), total }
    },
    async save(tip, published) {
      db.prepare(
        `INSERT INTO tips (id, category, title, summary, body, citations, keywords, updated_at, published)
         VALUES (@id, @category, @title, @summary, @body, @citations, @keywords, @updatedAt, @published)
         ON CONFLICT (id) DO UPDATE SET category = excluded.category, title = excluded.title, summary = excluded.summary,
           body = excluded.body, citations = excluded.citations, keywords = excluded.keywords, updated_at = excluded.updated_at,
           published = excluded.published`
      ).run({ ...tip, citations: JSON.stringify(tip.citations), keywords: JSON.stringify(tip.keywords), published: published ? 1 : 0 })
    },
    async setPublished(id, published) {
      return db.prepare('UPDATE tips SET published = ? WHERE id = ?').run(published ? 1 : 0, id).changes === 1
    }
  }
}

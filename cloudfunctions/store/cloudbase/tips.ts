import type { Tip, TipSummary } from '../../../src/core/contracts/tips'
import type { TipQuery, TipsRepository } from '../port'
import { awaited } from './awaited'
import type { CloudDatabase } from './types'

type TipDocument = Omit<Tip, 'id'> & { _id: string; published: boolean }

const SUMMARY_FIELDS = { _id: true, category: true, title: true, summary: true, updatedAt: true }
/** CloudBase answers at most 100 documents per query from a cloud function. */
const QUERY_MAX = 100

const toSummary = (doc: Pick<TipDocument, '_id' | 'category' | 'title' | 'summary' | 'updatedAt'>): TipSummary => ({
  id: doc._id,
  category: doc.category,
  title: doc.title,
  summary: doc.summary,
  updatedAt: doc.updatedAt
})

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

export const cloudbaseTips = (db: CloudDatabase): TipsRepository => {
  const tips = db.collection('tips')
  const _ = db.command

  const conditionOf = (query: TipQuery) => {
    const base = { published: true, ...(query.category ? { category: query.category } : {}) }
    if (!query.keyword) return base
    const pattern = db.RegExp({ regexp: escapeRegExp(query.keyword), options: 'i' })
    return _.and([base, _.or([{ title: pattern }, { summary: pattern }, { body: pattern }, { keywords: pattern }])])
  }

  return {
    async list(query) {
      const where = tips.where(conditionOf(query))
      const [{ total }, { data }] = await Promise.all([
        awaited(where.count()),
        awaited(where.orderBy('updatedAt', 'desc').orderBy('_id', 'asc').skip(query.offset).limit(query.limit).field(SUMMARY_FIELDS).get())
      ])
      return { items: (data as TipDocument[]).map(toSummary), total }
    },
    async get(id) {
      const { data } = await awaited(tips.where({ _id: id, published: true }).limit(1).get())
      const doc = (data as TipDocument[])[0]
      if (!doc) return null
      const { _id, published: _published, ...rest } = doc
      return { id: _id, ...rest }
    },
    async seed(seedTips) {
      let written = 0
      for (let start = 0; start < seedTips.length; start += QUERY_MAX) {
        const chunk = seedTips.slice(start, start + QUERY_MAX)
        const { data } = await awaited(
          tips.where({ _id: _.in(chunk.map((t) => t.id)) }).limit(QUERY_MAX).field({ _id: true, updatedAt: true }).get()
        )
        const stored = new Map((data as TipDocument[]).map((doc) => [doc._id, doc.updatedAt]))
        const changed = chunk.filter((tip) => !stored.has(tip.id) || tip.updatedAt > stored.get(tip.id)!)
        for (const { id, ...tip } of changed) {
          await awaited(tips.doc(id).set({ data: { ...tip, published: true } }))
        }
        written += changed.length
      }
      return written
    },
    async adminList(offset, limit) {
      const [{ total }, { data }] = await Promise.all([awaited(tips.count()), awaited(tips.orderBy('updatedAt', 'desc').skip(offset).limit(limit).get())])
      return { total, items: (data as TipDocument[]).map(({ _id, ...rest }) => ({ id: _id, ...rest })) }
    },
    async save({ id, ...tip }, published) {
      await awaited(tips.doc(id).set({ data: { ...tip, published } }))
    },
    async setPublished(id, published) {
      const { stats } = await awaited(tips.where({ _id: id }).update({ data: { published } }))
      return stats.updated === 1
    }
  }
}

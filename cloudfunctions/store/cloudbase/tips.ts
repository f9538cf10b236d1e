import type { Tip, TipSummary } from '../../../src/core/contracts/tips'
import type { TipQuery, TipsRepository } from '../port'
import { awaited } from './awaited'
import { READ_MAX, readRange } from './read-all'
import type { CloudDatabase } from './types'

type TipDocument = Omit<Tip, 'id'> & { _id: string; published: boolean }

const SUMMARY_FIELDS = { _id: true, category: true, title: true, summary: true, updatedAt: true }

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
      const [{ total }, docs] = await Promise.all([
        awaited(where.count()),
        readRange<TipDocument>(where.orderBy('updatedAt', 'desc').orderBy('_id', 'asc').field(SUMMARY_FIELDS), query.offset, query.limit)
      ])
      return { items: docs.map(toSummary), total }
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
      for (let start = 0; start < seedTips.length; start += READ_MAX) {
        const chunk = seedTips.slice(start, start + READ_MAX)
        const { data } = await awaited(
          tips
            .where({ _id: _.in(chunk.map((t) => t.id)) })
            .limit(READ_MAX)
            .field({ _id: true, updatedAt: true })
            .get()
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
      const [{ total }, docs] = await Promise.all([
        awaited(tips.count()),
        readRange<TipDocument>(tips.orderBy('updatedAt', 'desc').orderBy('_id', 'asc'), offset, limit)
      ])
      return { total, items: docs.map(({ _id, ...rest }) => ({ id: _id, ...rest })) }
    },
    async save({ id, ...tip }, published) {
      await awaited(tips.doc(id).set({ data: { ...tip, published } }))
    },
    async setPublished(id, published) {
      // `updated` counts changed documents: publishing a published tip changes none, yet it exists.
      if (!(await awaited(tips.doc(id).get())).data) return false
      await awaited(tips.doc(id).update({ data: { published } }))
      return true
    }
  }
}

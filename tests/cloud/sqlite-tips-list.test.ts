/** The tips list reads what a list shows: the bodies stay on disk until a tip is opened. */
import Database from 'better-sqlite3'
import { sqliteTips } from '../../cloudfunctions/store/sqlite/tips'
import { makeTip } from '../helpers/sample-tips'
import { openTempStore } from '../helpers/temp-store'

describe('tips.list on SQLite', () => {
  it('selects only the summary columns, never the body, citations or keywords', async () => {
    const temp = openTempStore()
    await temp.store.tips.seed([makeTip('t1', 'wage-labour', { keywords: ['工资'] }), makeTip('t2', 'wage-labour', { keywords: ['合同'] })])
    await temp.store.close()
    const db = new Database(temp.file)
    const prepared: string[] = []
    const prepare = db.prepare.bind(db)
    db.prepare = ((sql: string) => {
      prepared.push(sql)
      return prepare(sql)
    }) as typeof db.prepare
    try {
      const tips = sqliteTips(db)
      const page = await tips.list({ keyword: '工资', offset: 0, limit: 20 })
      expect(page.items.length).toBeGreaterThan(0)
      expect(Object.keys(page.items[0]).sort()).toEqual(['category', 'id', 'summary', 'title', 'updatedAt'])

      const listReads = prepared.filter((sql) => /ORDER BY/i.test(sql))
      expect(listReads).toHaveLength(1)
      expect(
        prepare(listReads[0])
          .columns()
          .map((c) => c.name)
      ).toEqual(['id', 'category', 'title', 'summary', 'updated_at'])

      // The same shape of query again prepares nothing new.
      await tips.list({ keyword: '合同', offset: 0, limit: 20 })
      expect(prepared.filter((sql) => /ORDER BY/i.test(sql))).toHaveLength(1)
    } finally {
      db.close()
      await temp.cleanup()
    }
  })
})

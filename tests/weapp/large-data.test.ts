/**
 * The growing lists on the WeChat build with 2,000 service points, 2,000 closed consultations
 * of one citizen, 2,000 open ones in the queue, 2,000 audit entries and 2,000 more tips: each page draws one
 * page of the list, "show more" adds one page, and no setData grows with the data (before
 * paging, the stations page sent ≈ 2 MB in one setData here). Simulator and stand-in wx;
 * WeChat's real runtime is not involved.
 */
import { expectWithinSetDataLimit } from './harness/checks'
import { CITIZEN, startMiniProgram, stopMiniProgram, type Fixture } from './harness/fixture'
import { insertManyConsultations, MANY, manyPoints, manyTips, recordManyAuditEntries } from './harness/many'
import type { OpenedPage } from './harness/mini-program'
import { ADMIN, LAWYER } from '../helpers/staff'

const CHENGDU = { latitude: 30.6574, longitude: 104.0658 }

let f: Fixture
beforeAll(async () => {
  f = await startMiniProgram()
  await f.temp.store.staff.upsert(LAWYER)
  await f.temp.store.staff.upsert(ADMIN)
  await f.temp.store.points.importAll(manyPoints(), new Date().toISOString())
  await f.temp.store.tips.seed(manyTips())
  await recordManyAuditEntries(f.temp.store, ADMIN)
  await insertManyConsultations(f.temp.store, { owner: () => CITIZEN, status: 'closed', day: '20251101' })
  await insertManyConsultations(f.temp.store, { owner: (i) => `o-load-citizen-${i}`, status: 'queued', day: '20261101' })
}, 300_000)
afterAll(() => stopMiniProgram(f))
afterEach(async () => {
  await f.mp.closeAll()
  f.mp.clearCalls()
  f.cloud.actAs(CITIZEN)
})

/**
 * The list shows `pageSize` of its items; "show more" adds as many again, and the setData that
 * draws them is about one screen's worth (a page of items plus the longer paths to them), not
 * the list: what is sent depends on the page size, not on the data.
 */
const expectPaged = async (page: OpenedPage, itemClass: string, pageSize: number, showMore: () => Promise<void>) => {
  await page.waitUntil(() => page.textsOf(itemClass).length > 0, `showed any ${itemClass}`)
  expect(page.textsOf(itemClass)).toHaveLength(pageSize)
  expectWithinSetDataLimit(page, `${MANY} records`)
  const firstScreen = page.largestSetData()
  const sent = page.setDataBytes.length
  await showMore()
  await page.waitUntil(() => page.textsOf(itemClass).length === pageSize * 2, `showed a second page of ${itemClass}`)
  expect(Math.max(...page.setDataBytes.slice(sent))).toBeLessThanOrEqual(firstScreen * 1.25)
  expectWithinSetDataLimit(page, `${MANY} records, 2 pages`)
}

describe(`growing lists at ${MANY} records on the weapp build (simulator and stand-in wx; WeChat runtime not involved)`, () => {
  it(`stations: ${MANY} points, nearest first, 20 at a time`, async () => {
    Object.assign(f.mp.answers, { locationAllowed: true, location: CHENGDU })
    const list = await f.mp.open('/stations/pages/index/index')
    await list.waitForText('按离您的远近排好了', '再看 20 个站点')
    expect(list.textsOf('station-card')[0]).toContain('成都')
    await expectPaged(list, 'station-card', 20, () => list.tap('再看 20 个站点', 0))
  })

  it(`station admin: ${MANY} points, 20 at a time`, async () => {
    f.cloud.actAs(ADMIN.openid)
    const admin = await f.mp.open('/stations/pages/admin/index')
    await admin.waitForText('管理站点', '再看 20 个')
    await expectPaged(admin, 'station-admin-item', 20, () => admin.tap('再看 20 个', 0))
  })

  it(`我的咨询: ${MANY} consultations, 20 at a time`, async () => {
    const mine = await f.mp.open('/consult/pages/mine/index')
    await mine.waitForText(`还有 ${MANY - 20} 条`)
    await expectPaged(mine, 'mine-item', 20, () => mine.tap('再看 20 条', 0))
  })

  it(`the staff queue: ${MANY} open cases, 20 at a time`, async () => {
    f.cloud.actAs(LAWYER.openid)
    const bench = await f.mp.open('/staff/pages/index/index')
    await bench.waitForText(`共 ${MANY} 件`)
    await expectPaged(bench, 'staff-item', 20, () => bench.tap('再看 20 件', 0))
  })

  it(`the audit trail: over ${MANY} entries, 50 at a time`, async () => {
    f.cloud.actAs(ADMIN.openid)
    const audit = await f.mp.open('/staff/pages/audit/index')
    await audit.waitForText('再看 50 条')
    await expectPaged(audit, 'staff-audit-entry', 50, () => audit.tap('再看 50 条', 0))
  })

  it(`tips: over ${MANY} tips, 20 at a time, the next 20 when scrolled to the end`, async () => {
    const list = await f.mp.open('/tips/pages/list/index')
    await list.waitForText('全部小贴士')
    await expectPaged(list, 'tip-item', 20, () => list.reachBottom())
  })

  it(`tips for admins: over ${MANY} tips, 20 at a time, and the edit form finds one far down the list`, async () => {
    f.cloud.actAs(ADMIN.openid)
    const tips = await f.mp.open('/staff/pages/tips/index')
    await tips.waitForText('普法小贴士管理', '再看 20 条')
    await expectPaged(tips, 'staff-tip', 20, () => tips.tap('再看 20 条', 0))
    const edit = await f.mp.open(`/staff/pages/tip-edit/index?id=load-tip-${MANY - 1}`)
    // The body's counter shows the loaded tip's length (the text itself is in the input).
    await edit.waitForText(`${manyTips(MANY)[MANY - 1].body.length} / 600 字`)
    expectWithinSetDataLimit(edit, `${MANY} tips`)
  })

  it(`booking at a station: the station choice with ${MANY} stations`, async () => {
    const book = await f.mp.open('/consult/pages/book/index?channel=in-person-station')
    await book.tap('其他')
    await book.tap('跳过')
    await book.waitForText('选择驻外法律服务站')
    await book.waitForText('第1服务点', '再看 20 个站点')
    expect(book.textsOf('choice')).toHaveLength(20)
    expectWithinSetDataLimit(book, `${MANY} points`)
    await book.tap('再看 20 个站点', 0)
    await book.waitUntil(() => book.textsOf('choice').length === 40, 'offered 20 more stations')
    expectWithinSetDataLimit(book, `${MANY} points, 2 pages`)
  })
})

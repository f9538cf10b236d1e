/**
 * The staff workbench on the WeChat build: joining with an invite code, the queue, a case and
 * its actions, and the admin's pages (invites and staff, audit trail, statistics, tips).
 * Simulator and stand-in wx; the cloud is the real functions on SQLite. WeChat's real runtime
 * is not involved.
 */
import { loadSeedTips } from '../../cloudfunctions/seed/tips'
import { expectWithinSetDataLimit } from './harness/checks'
import { CITIZEN, startMiniProgram, stopMiniProgram, type Fixture } from './harness/fixture'
import { bookingForm } from '../helpers/consult'
import { ADMIN, LAWYER } from '../helpers/staff'

let f: Fixture
let ticket: string
let caseId: string

const asCitizen = async <T>(fn: string, action: string, payload: object): Promise<T> => {
  f.cloud.actAs(CITIZEN)
  const answer = (await f.cloud.callFunction(fn, { action, payload })) as { ok: boolean; data: T }
  if (!answer.ok) throw new Error(JSON.stringify(answer))
  return answer.data
}

beforeAll(async () => {
  f = await startMiniProgram()
  await f.temp.store.staff.upsert(LAWYER)
  await f.temp.store.staff.upsert(ADMIN)
  const booked = await asCitizen<{ id: string; ticket: string }>(
    'consult',
    'create',
    bookingForm({ channel: 'written', description: '老板拖欠三个月工资，不接电话。' })
  )
  ;({ id: caseId, ticket } = booked)
})
afterAll(() => stopMiniProgram(f))
afterEach(async () => {
  await f.mp.closeAll()
  f.mp.clearCalls()
})

describe('the staff workbench on the weapp build (simulator and stand-in wx; WeChat runtime not involved)', () => {
  it('someone without a staff record is asked for an invite code, and joins with one', async () => {
    f.cloud.actAs(ADMIN.openid)
    const invite = (await f.cloud.callFunction('staff', { action: 'createInvite', payload: { kind: 'lawyer', name: '李律师' } })) as { data: { code: string } }
    f.cloud.actAs('o-weapp-newcomer')
    const entrance = await f.mp.open('/staff/pages/index/index')
    await entrance.waitForText('加入工作台', '邀请码', '加入')
    expect(entrance.text()).not.toContain('去登录')
    expectWithinSetDataLimit(entrance, 'not staff')
    const join = await f.mp.open('/staff/pages/join/index')
    await join.type('邀请码', invite.data.code)
    await join.tap('加入')
    await join.waitForText('加入成功', '李律师')
    expectWithinSetDataLimit(join, 'seed')
  })

  it('a lawyer sees the queue, takes the next case and handles it on the case page', async () => {
    f.cloud.actAs(LAWYER.openid)
    const bench = await f.mp.open('/staff/pages/index/index')
    await bench.waitForText('您好，王律师', '领取下一个', ticket, '共 1 件')
    expect(bench.text()).not.toContain('管理（邀请、人员、记录、统计）')
    expect(bench.text()).toContain('138****8000')
    await bench.tap(ticket)
    await f.mp.waitForCall('navigateTo', { url: `/staff/pages/case/index?id=${caseId}` })
    await bench.tap('领取下一个')
    await f.mp.waitForCall('navigateTo', { url: `/staff/pages/case/index?id=${caseId}` })
    expectWithinSetDataLimit(bench, 'seed')

    const page = await f.mp.follow()
    await page.waitForText(ticket, '老板拖欠三个月工资', '处理', '答复')
    await page.tap('答复')
    await page.type('答复内容', '您好，请带上工资条和聊天记录，到县法律援助中心申请法律援助。')
    await page.tap('发送答复')
    await page.waitForText('已答复')
    expectWithinSetDataLimit(page, 'seed')
  })

  it('an admin’s pages: invites and staff, the audit trail of a case, statistics, and tips', async () => {
    f.cloud.actAs(ADMIN.openid)
    const bench = await f.mp.open('/staff/pages/index/index')
    await bench.tap('管理（邀请、人员、记录、统计）')
    await f.mp.waitForCall('navigateTo', { url: '/staff/pages/admin/index' })

    const admin = await f.mp.open('/staff/pages/admin/index')
    await admin.waitForText('邀请码', '工作人员', '王律师', '赵主任', '查看操作记录', '查看统计和导出', '普法小贴士管理')
    for (const [text, url] of [
      ['查看操作记录', '/staff/pages/audit/index'],
      ['查看统计和导出', '/staff/pages/stats/index'],
      ['普法小贴士管理', '/staff/pages/tips/index']
    ]) {
      await admin.tap(text)
      await f.mp.waitForCall('navigateTo', { url })
    }
    expectWithinSetDataLimit(admin, 'seed')

    const casePage = await f.mp.open(`/staff/pages/case/index?id=${caseId}`)
    await casePage.tap('这个案件的操作记录')
    await f.mp.waitForCall('navigateTo', { url: `/staff/pages/audit/index?consultationId=${caseId}&ticket=${ticket}` })
    const audit = await f.mp.follow()
    await audit.waitForText('操作记录', `只看案件 ${ticket}`)
    await audit.waitUntil(() => audit.textsOf('staff-audit-entry').some((e) => e.includes('王律师')), 'listed the lawyer’s work on the case')
    expectWithinSetDataLimit(audit, 'seed')

    const stats = await f.mp.open('/staff/pages/stats/index')
    await stats.waitForText('统计时间', '收到的咨询', '导出 CSV')
    expectWithinSetDataLimit(stats, 'seed')

    const tips = await f.mp.open('/staff/pages/tips/index')
    await tips.waitForText('普法小贴士管理', '写一条新的', '已发布', '撤下')
    expect(tips.textsOf('staff-tip')).toHaveLength(20)
    const rest = loadSeedTips().length - 20
    expect(tips.text()).toContain(`再看 ${Math.min(20, rest)} 条（还有 ${rest} 条）`)
    await tips.tap('写一条新的')
    await f.mp.waitForCall('navigateTo', { url: '/staff/pages/tip-edit/index' })
    expectWithinSetDataLimit(tips, 'seed')

    const edit = await f.mp.open('/staff/pages/tip-edit/index')
    await edit.waitForText('保存')
    expectWithinSetDataLimit(edit, 'seed')
  })
})

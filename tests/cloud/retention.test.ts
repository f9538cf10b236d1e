import Database from 'better-sqlite3'
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { anonymiseExpired } from '../../cloudfunctions/usecases/retention'
import { openSqliteStore } from '../../cloudfunctions/store/sqlite'
import { bookingForm, consultCaller } from '../helpers/consult'
import { ADMIN, LAWYER, staffCaller } from '../helpers/staff'
import { openSeededTempStore, type TempStore } from '../helpers/temp-store'

describe('retention: closed consultations are anonymised after the period', () => {
  let temp: TempStore
  beforeEach(async () => {
    temp = await openSeededTempStore()
    for (const m of [LAWYER, ADMIN]) await temp.store.staff.upsert(m)
  })
  afterEach(() => temp.cleanup())

  const raw = () => {
    const db = new Database(temp.file, { readonly: true })
    const text = JSON.stringify([
      db.prepare('SELECT * FROM consultations').all(),
      db.prepare('SELECT * FROM consultation_messages').all(),
      db.prepare('SELECT * FROM consultation_events').all()
    ])
    db.close()
    return text
  }

  it('removes the person and their words, keeps the statistics, and leaves open or recent cases alone', async () => {
    const citizen = consultCaller(temp.store)
    const staff = staffCaller(temp.store)
    const closed = (await citizen('o-zhang', 'create', bookingForm({ channel: 'written', description: '张三在成都工地被欠薪八千元。' }))).data
    const open = (
      await citizen(
        'o-li',
        'create',
        bookingForm({
          channel: 'written',
          matter: 'other',
          wage: undefined,
          description: '李四的问题还在处理。',
          applicant: { ...bookingForm().applicant, name: '李四', phone: '13900139000' }
        })
      )
    ).data
    await staff(LAWYER.openid, 'claim', { id: closed.id })
    await staff(LAWYER.openid, 'reply', { id: closed.id, text: '张三可以申请劳动仲裁。' })
    await staff(LAWYER.openid, 'close', { id: closed.id, outcome: 'advice-given', note: '张三很着急' })
    await citizen('o-zhang', 'rate', { id: closed.id, score: 5, comment: '谢谢王律师' })

    expect(await anonymiseExpired(temp.store, new Date('2029-11-30T00:00:00Z'))).toMatchObject({ anonymised: 0 }) // not yet 3 years
    const result = await anonymiseExpired(temp.store, new Date('2029-12-02T00:00:00Z'))
    expect(result).toEqual({ cutoff: '2026-12-02T00:00:00.000Z', anonymised: 1 })

    const text = raw()
    for (const personal of ['张三', '13800138000', '八千元', '劳动仲裁', '谢谢王律师', '某某建筑劳务公司', 'o-zhang']) expect(text).not.toContain(personal)
    expect(text).toContain('李四的问题还在处理。')
    expect(await citizen('o-zhang', 'getMine', { id: closed.id })).toMatchObject({ ok: false, error: { code: 'RESOURCE.NOT_FOUND' } })
    expect((await citizen('o-li', 'getMine', { id: open.id })).data.applicant.name).toBe('李四')

    const stats = (await staff(ADMIN.openid, 'stats', { from: '2026-12-01', to: '2026-12-01' })).data
    expect(stats).toMatchObject({ total: 2, byMatter: { 拖欠工资: 1, '其他 / 不确定': 1 }, byOutcome: { 已解答: 1 }, answeredOnTimeShare: 1 })
    expect(await anonymiseExpired(temp.store, new Date('2029-12-03T00:00:00Z'))).toMatchObject({ anonymised: 0 })
  })

  it('runs locally as a command', async () => {
    await temp.store.close()
    const root = path.resolve(__dirname, '..', '..')
    const run = spawnSync(path.join(root, 'node_modules', '.bin', 'tsx'), ['cloudfunctions/local/retention.ts', '--years', '3'], {
      cwd: root,
      env: { ...process.env, DB_FILE: temp.file },
      encoding: 'utf8',
      timeout: 30_000
    })
    expect(run.stdout).toMatch(/^Anonymised 0 consultation\(s\) closed before \d{4}-/)
    temp.store = openSqliteStore(temp.file)
  })
})

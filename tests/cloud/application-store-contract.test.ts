/**
 * What both stores must do for applications (legal aid and mediation), their files' claims,
 * the per-kind ticket counters and the townships of staff — on SQLite and on the CloudBase
 * adapter through the real wx-server-sdk over the fake.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import type { StoredAidApplication, StoredApplication } from '@/core/domain/application'
import type { Store } from '../../cloudfunctions/store/port'
import { applicationRows } from '../../cloudfunctions/store/sqlite/applications'
import { MIGRATIONS, migrate } from '../../cloudfunctions/store/sqlite/migrations'
import { sqliteStaff } from '../../cloudfunctions/store/sqlite/staff'
import { describeOnEveryStore } from '../helpers/stores'
import { APPLIED_AT, storedAid, storedMediation } from '../helpers/stored-application'

// The fake answers each request after a small delay; 130 writes take seconds on a loaded machine.
jest.setTimeout(90_000)

const insert = (store: Store, ...applications: StoredApplication[]) =>
  store.unitOfWork(async (uow) => {
    for (const a of applications) await uow.insertApplication(a)
  })

const at = (minutes: number) => new Date(Date.parse(APPLIED_AT) + minutes * 60_000).toISOString()
const ids = (items: StoredApplication[]) => items.map((a) => a.id)

const everyAidField = storedAid('app-0001', {
  status: 'granted',
  onBehalf: { personName: '张父', relationship: '父亲', consentConfirmed: true },
  fromConsultationId: 'case-0001',
  requestKey: 'rk-1',
  handlerOpenid: 'o-lawyer',
  handlerName: '王律师',
  familyFollowOff: true,
  events: [
    { at: APPLIED_AT, kind: 'submitted', actor: 'citizen' },
    { at: at(60), kind: 'materials-requested', actor: 'staff', note: '请补充工资条' },
    { at: at(120), kind: 'granted-first', actor: 'staff' }
  ],
  aid: {
    matter: 'work-injury',
    finance: { kind: 'hardship', statement: '家里只有我一个人挣钱，每月 1500 元。' },
    promisedAt: APPLIED_AT,
    urgent: { reason: 'limit-near', note: '仲裁期限还有 5 天' },
    materials: [
      { id: 'm-1', kind: 'id-card', name: '身份证 1.jpg', type: 'image/jpeg', bytes: 123_456, fileKey: 'cloud://env/materials/a1', addedAt: APPLIED_AT },
      { id: 'm-2', kind: 'evidence', name: '证据 1.pdf', type: 'application/pdf', bytes: 9_999_999, fileKey: 'local-2f1c', addedAt: at(90) }
    ],
    decideBy: '2026-12-08T02:00:00.000Z',
    materialsRequest: { at: at(60), text: '请补充工资条', dueAt: '2026-12-16T01:00:00.000Z', suppliedAt: at(90) },
    decision: { at: at(120), granted: true, first: true },
    appointBy: '2026-12-04T03:00:00.000Z',
    assignee: { kind: 'lawyer', name: '李律师', phone: '13900139000', at: at(150) },
    closedAt: at(200)
  }
})

const everyMediationField = storedMediation('app-0002', {
  status: 'succeeded',
  handlerOpenid: 'o-mediator',
  handlerName: '芦花镇调委会',
  anonymisedAt: at(300),
  mediation: {
    category: 'forest-land',
    township: '卡龙镇',
    otherParty: { name: '李四', contact: '13700137000' },
    outcome: { kind: 'succeeded', note: '双方签了调解协议。', at: at(240) }
  }
})

describeOnEveryStore('applications', (open) => {
  let done: () => Promise<void>
  let store: Store
  /** CloudBase: units run side by side (SQLite's gate runs them one after the other). */
  let concurrent: boolean
  beforeEach(async () => {
    const opened = await open()
    store = opened.store
    concurrent = opened.fake !== undefined
    done = opened.done
  })
  afterEach(() => done())

  it('reads both kinds back whole, every optional field included, by id and by ticket', async () => {
    await insert(store, everyAidField, everyMediationField)
    expect(await store.applications.get('app-0001')).toStrictEqual(everyAidField)
    expect(await store.applications.getByTicket('HSY-20261201-0001')).toStrictEqual(everyAidField)
    expect(await store.applications.get('app-0002')).toStrictEqual(everyMediationField)
    expect(await store.applications.getByTicket('HST-20261201-0002')).toStrictEqual(everyMediationField)
    expect(await store.unitOfWork((uow) => uow.application('app-0002'))).toStrictEqual(everyMediationField)
    expect(await store.applications.get('app-none')).toBeNull()
    expect(await store.applications.getByTicket('HSY-20261201-9999')).toBeNull()
    expect(await store.unitOfWork((uow) => uow.application('app-none'))).toBeNull()
  })

  it('leaves no field behind that a whole save no longer carries, and writes no undefined', async () => {
    await insert(store, everyAidField)
    const { handlerOpenid: _o, handlerName: _n, familyFollowOff: _f, ...rest } = everyAidField
    const { urgent: _u, assignee: _a, closedAt: _c, ...aid } = everyAidField.aid
    const { requestKey: _k, ...expected } = { ...rest, aid }
    // A rule that clears a field by setting it undefined must clear it too.
    const released = {
      ...expected,
      requestKey: undefined,
      events: expected.events.map((e) => ({ ...e, note: e.note })),
      aid: { ...aid, closedAt: undefined, materials: aid.materials.map((m) => ({ ...m, note: undefined })) }
    }
    await store.unitOfWork((uow) => uow.saveApplication(released as StoredApplication))
    const back = await store.applications.get('app-0001')
    expect(back).toStrictEqual(expected)
    expect(back).not.toHaveProperty('handlerOpenid')
    expect(back).not.toHaveProperty('requestKey')
    expect(back?.kind === 'aid' && back.aid).not.toHaveProperty('urgent')
    expect(back?.kind === 'aid' && back.aid).not.toHaveProperty('closedAt')
  })

  it('refuses a second application with a ticket already given', async () => {
    await insert(store, storedAid('app-0003'))
    expect((await store.applications.getByTicket('HSY-20261201-0003'))?.id).toBe('app-0003')
    // Not `rejects.toThrow()`: when jest has run another file first, better-sqlite3's error class
    // belongs to that file's realm, and jest would not count it as thrown.
    const second = await insert(store, storedAid('app-0004', { ticket: 'HSY-20261201-0003' })).then(
      () => 'written',
      () => 'refused'
    )
    expect(second).toBe('refused')
    expect(await store.applications.get('app-0004')).toBeNull()
  })

  it('orders the queue urgent first, then by the clock running now, then by age; filters by status; counts per status', async () => {
    const urgent = { reason: 'preserve-now' as const }
    const aid = (id: string, status: StoredApplication['status'], section: Partial<StoredAidApplication['aid']>, createdAt = APPLIED_AT) => {
      const a = storedAid(id, { createdAt })
      return { ...a, status, aid: { ...a.aid, ...section } } as StoredApplication
    }
    await insert(
      store,
      aid('app-0011', 'submitted', { decideBy: '2026-12-05T00:00:00.000Z' }),
      aid('app-0012', 'submitted', { decideBy: '2026-12-07T00:00:00.000Z', urgent }),
      aid('app-0013', 'submitted', { decideBy: '2026-12-03T00:00:00.000Z' }),
      aid('app-0014', 'submitted', { decideBy: '2026-12-05T00:00:00.000Z' }, at(-60)),
      aid('app-0015', 'refused', { decideBy: '2026-12-01T00:00:00.000Z' }),
      // Granted: the appoint-by day is the clock that runs now, not the decide-by day.
      aid('app-0016', 'granted', { decideBy: '2026-12-01T00:00:00.000Z', appointBy: '2026-12-06T00:00:00.000Z' }),
      // Waiting for materials: the citizen's due day.
      aid('app-0018', 'awaiting_materials', {
        decideBy: '2026-12-01T00:00:00.000Z',
        materialsRequest: { at: APPLIED_AT, text: '请补充工资条', dueAt: '2026-12-04T00:00:00.000Z' }
      }),
      // Assigned, urgent once: no clock runs any more, so it comes after every running one, by age.
      aid('app-0019', 'assigned', { decideBy: '2026-11-20T00:00:00.000Z', urgent }, at(-500)),
      aid('app-0020', 'assigned', { decideBy: '2026-11-20T00:00:00.000Z' }, at(-600)),
      storedMediation('app-0017')
    )
    const working = await store.applications.queue({
      kind: 'aid',
      statuses: ['submitted', 'awaiting_materials', 'granted', 'assigned'],
      townships: null,
      offset: 0,
      limit: 20
    })
    expect(ids(working.items)).toEqual(['app-0012', 'app-0013', 'app-0018', 'app-0014', 'app-0011', 'app-0016', 'app-0020', 'app-0019'])
    expect(working.total).toBe(8)
    expect(working.counts).toEqual({ submitted: 4, awaiting_materials: 1, granted: 1, assigned: 2, refused: 1 })
    const open = await store.applications.queue({ kind: 'aid', statuses: ['submitted', 'granted'], townships: null, offset: 0, limit: 20 })
    expect(ids(open.items)).toEqual(['app-0012', 'app-0013', 'app-0014', 'app-0011', 'app-0016'])
    expect(open.total).toBe(5)
    const refused = await store.applications.queue({ kind: 'aid', statuses: ['refused'], townships: null, offset: 0, limit: 20 })
    expect(ids(refused.items)).toEqual(['app-0015'])
    expect(refused.total).toBe(1)
    const page = await store.applications.queue({ kind: 'aid', statuses: ['submitted'], townships: null, offset: 1, limit: 2 })
    expect(ids(page.items)).toEqual(['app-0013', 'app-0014'])
    expect(page.total).toBe(4)
  })

  it("keeps mediation to its townships' scope (null: all; a list: those; none: nothing), and aid county-wide", async () => {
    await insert(
      store,
      storedMediation('app-0021', { mediation: { category: 'neighbour', township: '芦花镇' } }),
      storedMediation('app-0022', { mediation: { category: 'neighbour', township: '卡龙镇' }, createdAt: at(1) }),
      storedMediation('app-0023', { mediation: { category: 'labour', township: '西尔镇' }, createdAt: at(2), status: 'accepted' }),
      storedAid('app-0024')
    )
    const query = { kind: 'mediation' as const, statuses: ['submitted', 'accepted'] as const, offset: 0, limit: 20 }
    expect(ids((await store.applications.queue({ ...query, townships: null })).items)).toEqual(['app-0021', 'app-0022', 'app-0023'])
    const two = await store.applications.queue({ ...query, townships: ['卡龙镇', '西尔镇'] })
    expect(ids(two.items)).toEqual(['app-0022', 'app-0023'])
    expect(two).toMatchObject({ total: 2, counts: { submitted: 1, accepted: 1 } })
    const one = await store.applications.queue({ ...query, townships: ['芦花镇'] })
    expect(one).toMatchObject({ total: 1, counts: { submitted: 1 } })
    expect(ids(one.items)).toEqual(['app-0021'])
    expect(await store.applications.queue({ ...query, townships: [] })).toEqual({ items: [], total: 0, counts: {} })
    const aid = await store.applications.queue({ kind: 'aid', statuses: ['submitted'], townships: ['卡龙镇'], offset: 0, limit: 20 })
    expect(ids(aid.items)).toEqual(['app-0024'])
  })

  it("pages the queue and the owner's list past 100 applications, in order, with totals and counts", async () => {
    const many = Array.from({ length: 130 }, (_, i) =>
      storedAid(`app-${1000 + i}`, {
        ticket: `HSY-20261201-${1000 + i}`,
        // Several share a creation time and a clock: the order still holds, down to the id.
        createdAt: at(Math.floor(i / 2)),
        ...(i % 10 === 0 ? { status: 'awaiting_materials' as const } : {})
      })
    )
    for (let i = 0; i < many.length; i += 50) await insert(store, ...many.slice(i, i + 50))
    const query = { kind: 'aid' as const, statuses: ['submitted', 'awaiting_materials', 'granted'] as const, townships: null }
    const first = await store.applications.queue({ ...query, offset: 0, limit: 100 })
    const rest = await store.applications.queue({ ...query, offset: 100, limit: 100 })
    const whole = await store.applications.queue({ ...query, offset: 0, limit: 150 })
    expect(first.items).toHaveLength(100)
    expect(rest.items).toHaveLength(30)
    expect(ids(whole.items)).toEqual([...ids(first.items), ...ids(rest.items)])
    expect(new Set(ids(whole.items)).size).toBe(130)
    expect(whole).toMatchObject({ total: 130, counts: { submitted: 117, awaiting_materials: 13 } })

    const mine = await store.applications.listByOwner('o-owner', 0, 120)
    expect(mine.total).toBe(130)
    expect(mine.items).toHaveLength(120)
    const newestFirst = [...mine.items].sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id))
    expect(ids(mine.items)).toEqual(ids(newestFirst))
    const last = await store.applications.listByOwner('o-owner', 120, 20)
    expect(ids(last.items)).toEqual(['app-1009', 'app-1008', 'app-1007', 'app-1006', 'app-1005', 'app-1004', 'app-1003', 'app-1002', 'app-1001', 'app-1000'])
    expect(await store.applications.listByOwner('o-nobody', 0, 20)).toEqual({ items: [], total: 0, unseenCount: 0 })
  })

  it("counts a citizen's open applications of both kinds, and only theirs", async () => {
    await insert(
      store,
      storedAid('app-0031'),
      storedAid('app-0032', { status: 'awaiting_materials' }),
      storedAid('app-0033', { status: 'assigned' }),
      storedAid('app-0034', { status: 'refused' }),
      storedMediation('app-0035', { status: 'accepted' }),
      storedMediation('app-0036', { status: 'failed' }),
      storedAid('app-0037', { ownerOpenid: 'o-other' })
    )
    expect(await store.applications.countOpenByOwner('o-owner')).toBe(3)
    expect(await store.applications.countOpenByOwner('o-other')).toBe(1)
  })

  it("counts the owner's applications changed since they last looked, and opening one clears it from the count", async () => {
    const changed = { statusChangedAt: '2026-12-02T00:00:00.000Z' }
    await insert(
      store,
      storedAid('app-0051', changed),
      storedMediation('app-0052', changed),
      storedAid('app-0053'),
      storedAid('app-0054', { ...changed, ownerOpenid: 'o-other' })
    )
    expect((await store.applications.listByOwner('o-owner', 0, 20)).unseenCount).toBe(2)
    await store.applications.markSeen('app-0051', '2026-12-02T01:00:00.000Z')
    expect(await store.applications.listByOwner('o-owner', 0, 20)).toMatchObject({ total: 3, unseenCount: 1 })
    // A later change by staff (a whole save) counts again.
    const seen = (await store.applications.get('app-0051')) as StoredAidApplication
    await store.unitOfWork((uow) => uow.saveApplication({ ...seen, status: 'awaiting_materials', statusChangedAt: '2026-12-03T00:00:00.000Z' }))
    expect((await store.applications.listByOwner('o-owner', 0, 20)).unseenCount).toBe(2)
  })

  it('clears the badge when the citizen opens it, changing nothing else', async () => {
    await insert(store, everyAidField)
    await store.applications.markSeen('app-0001', at(500))
    expect(await store.applications.get('app-0001')).toStrictEqual({ ...everyAidField, citizenSeenAt: at(500) })
  })

  it('finds finished (or long assigned) applications due for anonymisation, oldest first, at most the limit', async () => {
    const old = '2022-01-01T00:00:00.000Z'
    await insert(
      store,
      storedAid('app-0041', { status: 'refused', statusChangedAt: old }),
      storedMediation('app-0042', { status: 'succeeded', statusChangedAt: '2021-06-01T00:00:00.000Z' }),
      storedAid('app-0043', { status: 'closed', statusChangedAt: old, anonymisedAt: '2025-01-01T00:00:00.000Z' }),
      storedAid('app-0044', { status: 'submitted', statusChangedAt: old }),
      storedAid('app-0045', { status: 'assigned', statusChangedAt: old }),
      storedMediation('app-0046', { status: 'declined', statusChangedAt: '2026-01-01T00:00:00.000Z' }),
      storedMediation('app-0047', { status: 'withdrawn', statusChangedAt: '2022-06-01T00:00:00.000Z' })
    )
    // app-0045 was assigned (its 承办人 appointed) as long ago as app-0041 was refused: its period has run too.
    expect(await store.applications.anonymisable('2023-12-01T00:00:00.000Z', 100)).toEqual(['app-0042', 'app-0041', 'app-0045', 'app-0047'])
    expect(await store.applications.anonymisable('2023-12-01T00:00:00.000Z', 2)).toEqual(['app-0042', 'app-0041'])
  })

  it('binds a file to one application: a claim is read, kept and removed in units', async () => {
    const claim = { key: 'sha-file-1', applicationId: 'app-0051', at: APPLIED_AT }
    await store.unitOfWork((uow) => uow.saveMaterialClaim(claim))
    expect(await store.unitOfWork((uow) => uow.materialClaim('sha-file-1'))).toStrictEqual(claim)
    expect(await store.unitOfWork((uow) => uow.materialClaim('sha-file-2'))).toBeNull()
    await store.unitOfWork((uow) => uow.removeMaterialClaim('sha-file-1'))
    expect(await store.unitOfWork((uow) => uow.materialClaim('sha-file-1'))).toBeNull()
  })

  it('lets exactly one of two units claim the same file at once; the other sees the claim or aborts', async () => {
    // On CloudBase both first attempts read "no claim" before either writes (a real race);
    // a retry runs without waiting.
    let read = 0
    let bothRead: () => void = () => undefined
    const barrier = new Promise<void>((resolve) => (bothRead = resolve))
    let attempts = 0
    const attach = (applicationId: string) => {
      let first = true
      return store.unitOfWork(async (uow) => {
        attempts += 1
        const held = await uow.materialClaim('sha-contested')
        if (concurrent && first) {
          first = false
          if (++read === 2) bothRead()
          await barrier
        }
        if (held) return `saw ${held.applicationId}`
        await uow.saveMaterialClaim({ key: 'sha-contested', applicationId, at: APPLIED_AT })
        return 'won'
      })
    }
    const results = await Promise.allSettled([attach('app-0061'), attach('app-0062')])
    const won = results.flatMap((r, i) => (r.status === 'fulfilled' && r.value === 'won' ? [`app-006${i + 1}`] : []))
    expect(won).toHaveLength(1)
    const loser = results[won[0] === 'app-0061' ? 1 : 0]
    if (loser.status === 'fulfilled') expect(loser.value).toBe(`saw ${won[0]}`)
    expect((await store.unitOfWork((uow) => uow.materialClaim('sha-contested')))?.applicationId).toBe(won[0])
    // The race happened: on CloudBase the loser's write conflicted and its unit ran again.
    expect(attempts).toBe(concurrent ? 3 : 2)
  })

  it('keeps the counts of the queue as applications change status or township', async () => {
    const request = storedMediation('app-0091')
    await insert(store, request, storedMediation('app-0092'))
    await store.unitOfWork((uow) => uow.saveApplication({ ...request, status: 'accepted', mediation: { ...request.mediation, township: '卡龙镇' } }))
    const query = { kind: 'mediation' as const, statuses: ['submitted', 'accepted'] as const, offset: 0, limit: 20 }
    expect(await store.applications.queue({ ...query, townships: ['芦花镇'] })).toMatchObject({ total: 1, counts: { submitted: 1 } })
    const moved = await store.applications.queue({ ...query, townships: ['卡龙镇'] })
    expect(moved).toMatchObject({ total: 1, counts: { accepted: 1 } })
    expect(ids(moved.items)).toEqual(['app-0091'])
    expect((await store.applications.queue({ ...query, townships: null })).counts).toEqual({ submitted: 1, accepted: 1 })
  })

  it('writes nothing of a unit that throws', async () => {
    await expect(
      store.unitOfWork(async (uow) => {
        await uow.insertApplication(storedAid('app-0071'))
        await uow.saveMaterialClaim({ key: 'sha-file-7', applicationId: 'app-0071', at: APPLIED_AT })
        await uow.setTicketCounter('Y:2026-12-01', 1)
        await uow.saveRequest({ key: 'rk-7', fingerprint: 'f', resultId: 'app-0071', at: APPLIED_AT })
        throw new Error('the 11th file is refused')
      })
    ).rejects.toThrow('the 11th file is refused')
    expect(await store.applications.get('app-0071')).toBeNull()
    expect(await store.applications.getByTicket('HSY-20261201-0071')).toBeNull()
    expect(await store.unitOfWork((uow) => uow.materialClaim('sha-file-7'))).toBeNull()
    expect(await store.unitOfWork((uow) => uow.ticketCounter('Y:2026-12-01'))).toBe(0)
    expect(await store.consultations.request('rk-7')).toBeNull()
  })

  it('counts tickets per kind and day apart, and keeps request records that name an application', async () => {
    await store.unitOfWork(async (uow) => {
      await uow.setTicketCounter('Y:2026-12-01', 4)
      await uow.setTicketCounter('T:2026-12-01', 2)
      await uow.setTicketCounter('2026-12-01', 9)
      await uow.saveRequest({ key: 'rk-8', fingerprint: 'f-8', resultId: 'app-0081', at: APPLIED_AT })
    })
    const counters = await store.unitOfWork((uow) =>
      Promise.all(['Y:2026-12-01', 'T:2026-12-01', '2026-12-01', 'Y:2026-12-02'].map((key) => uow.ticketCounter(key)))
    )
    expect(counters).toEqual([4, 2, 9, 0])
    expect(await store.unitOfWork((uow) => uow.request('rk-8'))).toEqual({ key: 'rk-8', fingerprint: 'f-8', resultId: 'app-0081', at: APPLIED_AT })
    expect(await store.consultations.request('rk-8')).toEqual({ key: 'rk-8', fingerprint: 'f-8', resultId: 'app-0081', at: APPLIED_AT })
  })

  it("keeps a staff member's townships, and none when none were given", async () => {
    const member = { openid: 'o-mediator', role: 'staff' as const, name: '芦花镇调委会', kind: 'lawyer' as const, pointIds: [] }
    await store.staff.upsert({ ...member, townships: ['芦花镇', '卡龙镇'] })
    await store.staff.upsert({ ...member, openid: 'o-centre' })
    await store.staff.upsert({ ...member, openid: 'o-empty', townships: [] })
    expect(await store.staff.get('o-mediator')).toStrictEqual({ ...member, townships: ['芦花镇', '卡龙镇'] })
    expect(await store.staff.get('o-centre')).toStrictEqual({ ...member, openid: 'o-centre' })
    expect(await store.staff.get('o-empty')).toStrictEqual({ ...member, openid: 'o-empty', townships: [] })
    await store.staff.upsert({ ...member, townships: undefined })
    expect(await store.staff.get('o-mediator')).not.toHaveProperty('townships')
    expect((await store.staff.list()).find((m) => m.openid === 'o-empty')).toStrictEqual({ ...member, openid: 'o-empty', townships: [] })
  })
})

/** SQLite only: what migration 008 adds to a store made before it, and the counts its triggers keep. */
describe('applications — SQLite migration 008', () => {
  let dir: string
  let db: Database.Database
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'falv-applications-'))
    db = new Database(path.join(dir, 'before-008.sqlite'))
  })
  afterEach(() => {
    db.close()
    fs.rmSync(dir, { recursive: true, force: true })
  })

  it('keeps the staff stored before it, without townships until some are given', async () => {
    db.exec('CREATE TABLE schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL) STRICT')
    for (const [name, sql] of MIGRATIONS.filter(([name]) => name < '008')) {
      db.exec(sql)
      db.prepare('INSERT INTO schema_migrations (name, applied_at) VALUES (?, ?)').run(name, APPLIED_AT)
    }
    db.prepare("INSERT INTO staff (openid, role, name, created_at, kind, point_ids) VALUES ('o-centre', 'staff', '县中心', ?, 'lawyer', '[]')").run(APPLIED_AT)
    expect(migrate(db)).toEqual(['008-applications'])
    const staff = sqliteStaff(db)
    expect(await staff.get('o-centre')).toStrictEqual({ openid: 'o-centre', role: 'staff', name: '县中心', kind: 'lawyer', pointIds: [] })
    await staff.upsert({ openid: 'o-centre', role: 'staff', name: '县中心', kind: 'lawyer', pointIds: [], townships: ['芦花镇'] })
    expect((await staff.get('o-centre'))?.townships).toEqual(['芦花镇'])
  })

  it('keeps the counts table equal to a full count through inserts, moves and deletes', () => {
    migrate(db)
    const rows = applicationRows(db)
    const statuses = ['submitted', 'accepted', 'succeeded', 'withdrawn'] as const
    const townships = ['芦花镇', '卡龙镇', '西尔镇']
    const mediation = (i: number, v: number) =>
      storedMediation(`app-${1000 + i}`, {
        ticket: `HST-20261201-${1000 + i}`,
        status: statuses[(i * 3 + v) % statuses.length],
        mediation: { category: 'neighbour', township: townships[(i + v) % townships.length] }
      })
    for (let i = 0; i < 30; i += 1) rows.insert(i % 3 ? mediation(i, 0) : storedAid(`app-${1000 + i}`, { ticket: `HSY-20261201-${1000 + i}` }))
    for (let i = 0; i < 30; i += 2) if (i % 3) rows.save(mediation(i, 1 + (i % 4)))
    db.prepare("DELETE FROM applications WHERE id IN ('app-1001', 'app-1004', 'app-1009')").run()
    const kept = db.prepare('SELECT kind, township, status, n FROM application_counts WHERE n > 0 ORDER BY 1, 2, 3').all()
    const counted = db
      .prepare("SELECT kind, COALESCE(township, '') AS township, status, COUNT(*) AS n FROM applications GROUP BY 1, 2, 3 ORDER BY 1, 2, 3")
      .all()
    expect(counted.length).toBeGreaterThan(5)
    expect(kept).toEqual(counted)
  })
})

/**
 * Who may call what: every action of every cloud function, called as an anonymous visitor, a
 * citizen, station staff, a county lawyer and an admin, on each store (SQLite, and CloudBase
 * through the fake server) holding a real booking, application, mediation request, invite, tip and point to act on. The expected access of each action is
 * written out here, apart from the functions' tables: loosening one (say createInvite to
 * staff) fails this test. A refusal must carry the right code and write nothing: every
 * table (every collection) is compared before and after the call. A call let through may be
 * refused by a business rule, but never crashes.
 */
import type { Access } from '@/core/roles'
import { county } from '@/core/county/current'
import { wordListCheck } from '../../cloudfunctions/content-check/word-list'
import { cloudFunctions } from '../../cloudfunctions/functions'
import type { StaffMember } from '../../cloudfunctions/store/port'
import { aidForm, applyCaller, mediationForm, newRequestId, upload } from '../helpers/apply'
import { bookingForm, consultCaller, firstFreeSlot, TUESDAY_0800, type LooseEnvelope } from '../helpers/consult'
import { ADMIN, GUANGAN_STAFF, LAWYER, staffCaller } from '../helpers/staff'
import { seedStore } from '../../cloudfunctions/seed'
import type { Store } from '../../cloudfunctions/store/port'
import { dumpTables, openFakeCloudStore } from '../helpers/stores'
import { openSeededTempStore } from '../helpers/temp-store'
import { makePoint } from './store-contract/points'
import { sharedTempFiles } from '../helpers/temp-files'

const EXPECTED_ACCESS: Record<string, Record<string, Access>> = {
  tips: { list: 'public', get: 'public', theme: 'public', adminList: 'admin', save: 'admin', setPublished: 'admin' },
  consult: {
    slots: 'public',
    create: 'signed-in',
    listMine: 'signed-in',
    getMine: 'signed-in',
    cancel: 'signed-in',
    reschedule: 'signed-in',
    addMessage: 'signed-in',
    rate: 'signed-in',
    follow: 'public',
    setFamilyFollow: 'signed-in'
  },
  points: { list: 'public', get: 'public', adminList: 'admin', create: 'admin', update: 'admin', setActive: 'admin', importCsv: 'admin' },
  staff: {
    me: 'staff',
    redeemInvite: 'signed-in',
    createInvite: 'admin',
    listInvites: 'admin',
    revokeInvite: 'admin',
    listStaff: 'admin',
    removeStaff: 'admin',
    setTownships: 'admin',
    queue: 'staff',
    view: 'staff',
    claim: 'staff',
    claimNext: 'staff',
    release: 'staff',
    reply: 'staff',
    ask: 'staff',
    note: 'staff',
    logCallback: 'staff',
    handOver: 'staff',
    close: 'staff',
    reviewHeld: 'staff',
    audit: 'admin',
    stats: 'admin',
    statsCsv: 'admin'
  },
  apply: {
    createAid: 'signed-in',
    createMediation: 'signed-in',
    listMine: 'signed-in',
    getMine: 'signed-in',
    addMaterials: 'signed-in',
    withdraw: 'signed-in',
    materialLink: 'signed-in',
    setFamilyFollow: 'signed-in',
    queue: 'staff',
    get: 'staff',
    claim: 'staff',
    requestMaterials: 'staff',
    grant: 'staff',
    assign: 'staff',
    refuse: 'staff',
    deemWithdrawn: 'staff',
    close: 'staff',
    accept: 'staff',
    decline: 'staff',
    recordOutcome: 'staff',
    staffMaterialLink: 'staff'
  }
}

/** The router's own refusal text (cloudfunctions/runtime/define-function.ts). */
const ROUTER_FORBIDDEN = '您没有权限做这件事'
const OWNER = 'o-citizen-owner'
const EXTRA_STAFF: StaffMember = { openid: 'o-extra-staff', role: 'staff', kind: 'lawyer', pointIds: [], name: '钱律师' }

type CallerName = 'anonymous' | 'citizen' | 'station staff' | 'county lawyer' | 'admin'
const CALLERS: Array<[CallerName, string | null, 'citizen' | 'staff' | 'admin' | null]> = [
  ['anonymous', null, null],
  ['citizen', OWNER, 'citizen'],
  ['station staff', GUANGAN_STAFF.openid, 'staff'],
  ['county lawyer', LAWYER.openid, 'staff'],
  ['admin', ADMIN.openid, 'admin']
]

/** The answer an access level calls for, for a caller of this role (null when not signed in). */
const expectedRefusal = (access: Access, role: 'citizen' | 'staff' | 'admin' | null): 'AUTH.REQUIRED' | 'AUTH.FORBIDDEN' | null => {
  if (access === 'public') return null
  if (role === null) return 'AUTH.REQUIRED'
  if (access === 'signed-in') return null
  if (access === 'staff') return role === 'citizen' ? 'AUTH.FORBIDDEN' : null
  return role === 'admin' ? null : 'AUTH.FORBIDDEN'
}

interface Fixture {
  caseId: string
  ticket: string
  otherSlot: string
  inviteId: string
  tipId: string
  /** A legal-aid application with one file, and a mediation request, both the owner's. */
  aidId: string
  materialId: string
  mediationId: string
  /** A file the owner uploaded and nothing holds yet. */
  freeUpload: string
  /** A stored tip and point as an admin would send them back edited. */
  tipInput: object
  stationInput: object
}

/** A seeded store, and everything in it, to compare before and after a call. */
interface MatrixStore {
  store: Store
  dump(): unknown
  done(): Promise<void>
}

const STORES: Array<[string, () => Promise<MatrixStore>]> = [
  [
    'SQLite',
    async () => {
      const temp = await openSeededTempStore()
      return { store: temp.store, dump: () => dumpTables(temp.file), done: temp.cleanup }
    }
  ],
  [
    'CloudBase (fake server)',
    async () => {
      const opened = await openFakeCloudStore()
      await seedStore(opened.store)
      return { store: opened.store, dump: () => opened.fake!.dump(), done: opened.done }
    }
  ]
]

/** A store with something real behind every id the payloads name: a booked case at the Guang'an station, an open invite. */
const prepare = async (opened: MatrixStore): Promise<Fixture> => {
  for (const member of [LAWYER, ADMIN, GUANGAN_STAFF, EXTRA_STAFF]) await opened.store.staff.upsert(member)
  const consult = consultCaller(opened.store)
  const slots = (await consult(null, 'slots', { channel: 'in-person-station', pointId: 'guangan-station' })).data
  const booked = await consult(OWNER, 'create', bookingForm({ channel: 'in-person-station', pointId: 'guangan-station', slotStart: firstFreeSlot(slots) }))
  if (!booked.ok) throw new Error(JSON.stringify(booked.error))
  const laterSlots = (await consult(null, 'slots', { channel: 'in-person-station', pointId: 'guangan-station' })).data
  const invite = await staffCaller(opened.store)(ADMIN.openid, 'createInvite', { kind: 'lawyer', name: '新同事' })
  const apply = applyCaller(opened.store)
  const aid = await apply(OWNER, 'createAid', aidForm({ materials: [{ upload: await upload(sharedTempFiles(), OWNER), kind: 'id-card' }] }))
  const mediation = await apply(OWNER, 'createMediation', mediationForm())
  if (!aid.ok || !mediation.ok) throw new Error(JSON.stringify([aid.error, mediation.error]))
  const { items } = await opened.store.tips.list({ offset: 0, limit: 1 })
  const { updatedAt: _tipDate, ...tip } = (await opened.store.tips.get(items[0].id))!
  const { origin: _origin, updatedAt: _updatedAt, ...station } = (await opened.store.points.get('guangan-station'))!
  return {
    caseId: booked.data.id,
    ticket: booked.data.ticket,
    otherSlot: firstFreeSlot(laterSlots),
    inviteId: invite.data.invite.id,
    aidId: aid.data.id,
    materialId: aid.data.aid.materials[0].id,
    mediationId: mediation.data.id,
    freeUpload: await upload(sharedTempFiles(), OWNER),
    tipId: tip.id,
    tipInput: { ...tip, published: true },
    stationInput: { ...station, name: '广安驻外服务站（改）' }
  }
}

const payloadFor = (f: Fixture, fn: string, action: string): object => {
  const byFunction: Record<string, Record<string, object>> = {
    tips: { list: {}, get: { id: f.tipId }, theme: {}, adminList: {}, save: f.tipInput, setPublished: { id: f.tipId, published: false } },
    consult: {
      slots: { channel: 'phone' },
      create: bookingForm({ channel: 'written' }),
      listMine: {},
      getMine: { id: f.caseId },
      cancel: { id: f.caseId, reason: '问题已经解决了' },
      reschedule: { id: f.caseId, slotStart: f.otherSlot },
      addMessage: { id: f.caseId, text: '补充一下情况' },
      rate: { id: f.caseId, score: 5 },
      follow: { ticket: f.ticket, phoneLast4: '8000' },
      setFamilyFollow: { id: f.caseId, allowed: false }
    },
    points: {
      list: {},
      get: { id: 'guangan-station' },
      adminList: {},
      create: makePoint('p-matrix-new'),
      update: f.stationInput,
      setActive: { id: 'guangan-station', active: false },
      importCsv: { csv: 'id,kind\n' }
    },
    staff: {
      me: {},
      redeemInvite: { code: 'ABCD1234' },
      createInvite: { kind: 'lawyer', name: '新人' },
      listInvites: {},
      revokeInvite: { id: f.inviteId },
      listStaff: {},
      removeStaff: { openid: EXTRA_STAFF.openid },
      setTownships: { openid: EXTRA_STAFF.openid, townships: ['卡龙镇'] },
      queue: {},
      view: { id: f.caseId },
      claim: { id: f.caseId },
      claimNext: {},
      release: { id: f.caseId },
      reply: { id: f.caseId, text: '您好，这是答复。' },
      ask: { id: f.caseId, text: '请问欠了几个月？' },
      note: { id: f.caseId, text: '内部记录' },
      logCallback: { id: f.caseId, reached: true },
      handOver: { id: f.caseId, note: '请接手', toPointId: 'guangan-station' },
      close: { id: f.caseId, outcome: 'advice-given' },
      reviewHeld: { id: f.caseId, approve: true },
      audit: {},
      stats: { from: '2026-11-01', to: '2026-11-30' },
      statsCsv: { from: '2026-11-01', to: '2026-11-30' }
    },
    apply: {
      createAid: aidForm(),
      createMediation: mediationForm(),
      listMine: {},
      getMine: { id: f.aidId },
      addMaterials: { id: f.aidId, clientRequestId: newRequestId(), materials: [{ upload: f.freeUpload, kind: 'evidence' }] },
      withdraw: { id: f.mediationId, reason: '已经和好了' },
      materialLink: { id: f.aidId, materialId: f.materialId },
      setFamilyFollow: { id: f.aidId, allowed: false },
      queue: { kind: 'aid' },
      get: { id: f.aidId },
      claim: { id: f.aidId },
      requestMaterials: { id: f.aidId, text: '请补充工资条' },
      grant: { id: f.aidId },
      assign: { id: f.aidId, assignee: { kind: 'lawyer', name: '李律师' } },
      refuse: { id: f.aidId, reason: '您的收入高于本县的经济困难标准。' },
      deemWithdrawn: { id: f.aidId },
      close: { id: f.aidId },
      accept: { id: f.mediationId },
      decline: { id: f.mediationId, reason: '对方不愿意调解' },
      recordOutcome: { id: f.mediationId, outcome: 'failed', note: '没有谈拢' },
      staffMaterialLink: { id: f.aidId, materialId: f.materialId }
    }
  }
  return byFunction[fn][action]
}

describe('access matrix: every action, every kind of caller', () => {
  it('covers every action of every cloud function, and nothing else', () => {
    expect(Object.fromEntries(cloudFunctions.map((fn) => [fn.name, [...fn.actions].sort()]))).toEqual(
      Object.fromEntries(Object.entries(EXPECTED_ACCESS).map(([name, actions]) => [name, Object.keys(actions).sort()]))
    )
  })

  describe.each(STORES)('on %s', (_store, open) => {
    describe.each(CALLERS)('as %s', (_name, openid, role) => {
      let opened: MatrixStore
      let fixture: Fixture
      beforeAll(async () => {
        opened = await open()
        fixture = await prepare(opened)
      })
      afterAll(() => opened.done())

      const cells = cloudFunctions.flatMap((fn) => fn.actions.map((action) => [`${fn.name}.${action}`, fn.name, action] as const))

      it.each(cells)('%s', async (_label, fnName, action) => {
        const fn = cloudFunctions.find((candidate) => candidate.name === fnName)!
        const refusal = expectedRefusal(EXPECTED_ACCESS[fnName][action], role)
        const payload = payloadFor(fixture, fnName, action)
        const before = opened.dump()
        const answer = (await fn.handle(
          { action, payload },
          { openid, store: opened.store, county, contentCheck: wordListCheck(), files: sharedTempFiles(), now: () => TUESDAY_0800 }
        )) as LooseEnvelope
        if (refusal) {
          expect(answer).toMatchObject({ ok: false, error: { code: refusal } })
          expect(opened.dump()).toEqual(before)
        } else {
          // Let through: whatever the use case then answers (a business rule may still say no,
          // e.g. "请先领取这个咨询"), it is not the router's refusal.
          expect(answer).not.toMatchObject({ ok: false, error: { code: 'AUTH.REQUIRED' } })
          expect(answer).not.toMatchObject({ ok: false, error: { code: 'AUTH.FORBIDDEN', message: ROUTER_FORBIDDEN } })
          expect(answer).not.toMatchObject({ ok: false, error: { code: 'SERVER.INTERNAL' } })
        }
      })
    })
  })
})

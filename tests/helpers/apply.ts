/** Calls the apply cloud function as given people on one store, file store and clock; builds the forms a phone would send. */
import { county as heishui } from '@/core/county/current'
import type { County } from '@/core/county/schema'
import type { CreateAid, CreateMediation } from '@/core/contracts/apply'
import { PRIVACY_NOTICE_VERSION } from '@/core/contracts/consult'
import { wordListCheck } from '../../cloudfunctions/content-check/word-list'
import type { LocalDirFiles } from '../../cloudfunctions/files/local-dir'
import { apply } from '../../cloudfunctions/functions/apply'
import type { StaffMember, Store } from '../../cloudfunctions/store/port'
import { TUESDAY_0800, type LooseEnvelope } from './consult'
import { openStore, type OpenedStore, type StoreKind } from './stores'
import { openTempFiles, sharedTempFiles } from './temp-files'
import type { StatusNotifier } from '../../cloudfunctions/notify/port'

export interface ApplyCallerOptions {
  files?: LocalDirFiles
  now?: () => Date
  county?: County
  notifier?: StatusNotifier
}

export const applyCaller =
  (store: Store, { files = sharedTempFiles(), now = () => TUESDAY_0800, county = heishui, notifier }: ApplyCallerOptions = {}) =>
  (openid: string | null, action: string, payload: object = {}): Promise<LooseEnvelope> =>
    apply.handle({ action, payload }, { openid, store, county, contentCheck: wordListCheck(), files, notifier, now }) as Promise<LooseEnvelope>

let requestCounter = 0
export const newRequestId = (): string => `apply-${Date.now()}-${(requestCounter += 1)}`

export const CITIZEN = 'o-citizen-apply'
export const OTHER_CITIZEN = 'o-citizen-other'

const common = () => ({
  clientRequestId: newRequestId(),
  applicant: { name: '张三', phone: '13800135678', township: '芦花镇' },
  description: '在工地干了三个月，老板一直不发工资，一共欠了一万二。',
  consent: { sensitive: true as const, version: PRIVACY_NOTICE_VERSION as typeof PRIVACY_NOTICE_VERSION }
})

export const aidForm = (overrides: Partial<CreateAid> = {}): CreateAid => ({
  ...common(),
  matter: 'wages',
  finance: { kind: 'exempt', exemption: 'migrant-wages-injury' },
  promise: true,
  materials: [],
  ...overrides
})

export const mediationForm = (overrides: Partial<CreateMediation> = {}): CreateMediation => ({
  ...common(),
  description: '邻居家盖房子占了我家的地，说了几次都不管。',
  category: 'neighbour',
  township: '卡龙镇',
  otherParty: { name: '李四', contact: '13900001111' },
  ...overrides
})

/** Real file beginnings: the bytes each format starts with, padded to `size`. */
const padded = (head: number[], size: number) => Buffer.concat([Buffer.from(head), Buffer.alloc(Math.max(0, size - head.length), 0x20)])
export const jpegBytes = (size = 2048) => padded([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00], size)
export const pngBytes = (size = 2048) => padded([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], size)
export const pdfBytes = (size = 2048) => Buffer.concat([Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\n'), Buffer.alloc(Math.max(0, size - 30), 0x20)])
/** A text file someone named .jpg: its first bytes are not a photo's. */
export const textBytes = () => Buffer.from('这其实是一个文本文件，不是照片。\n')

/** Uploads as the phone would (the local cloud's POST /files writes the same way) and answers the upload key. */
export const upload = (files: LocalDirFiles, openid: string, bytes: Buffer = jpegBytes()): Promise<string> => files.write(bytes, openid)

/** Staff of the two sides: the county legal aid centre (aid, every township) and one township's mediation staff. */
export const CENTRE_LAWYER: StaffMember = { openid: 'o-centre-lawyer', role: 'staff', kind: 'lawyer', pointIds: [], name: '王律师' }
export const OTHER_LAWYER: StaffMember = { openid: 'o-centre-lawyer-2', role: 'staff', kind: 'lawyer', pointIds: [], name: '钱律师' }
export const KALONG_MEDIATOR: StaffMember = {
  openid: 'o-kalong',
  role: 'staff',
  kind: 'station',
  pointIds: ['guangan-station'],
  name: '卡龙镇小杨',
  townships: ['卡龙镇']
}
export const LUHUA_MEDIATOR: StaffMember = {
  openid: 'o-luhua',
  role: 'staff',
  kind: 'station',
  pointIds: ['guangan-station'],
  name: '芦花镇小周',
  townships: ['芦花镇']
}
/** Station staff with no townships: neither aid nor mediation. */
export const STATION_ONLY: StaffMember = { openid: 'o-station', role: 'staff', kind: 'station', pointIds: ['guangan-station'], name: '广安站小李' }

export const addStaff = async (store: Store, ...members: StaffMember[]) => {
  for (const member of members) await store.staff.upsert(member)
}

/**
 * One test's world for the apply function, fresh before each test of the describe block that
 * calls this: a seeded store of `kind` with these staff, a files directory, and a caller whose
 * clock reads `bed.now` (a test may move it).
 */
export const applyTestBed = (kind: StoreKind, ...staff: StaffMember[]) => {
  const bed = {} as { opened: OpenedStore; store: Store; files: ReturnType<typeof openTempFiles>; now: Date; call: ReturnType<typeof applyCaller> }
  beforeEach(async () => {
    bed.opened = await openStore(kind, { seeded: true })
    bed.store = bed.opened.store
    bed.files = openTempFiles()
    bed.now = TUESDAY_0800
    bed.call = applyCaller(bed.store, { files: bed.files, now: () => bed.now })
    await addStaff(bed.store, ...staff)
  })
  afterEach(async () => {
    await bed.opened.done()
    bed.files.cleanup()
  })
  return bed
}

/** The whole store, to compare before and after a call that must write nothing. */
export const dumpOf = (opened: OpenedStore): unknown => {
  if (!opened.dump) throw new Error('this store cannot be dumped')
  return opened.dump()
}

/** The envelope's data, or a thrown error naming what it refused (for steps that must succeed). */
export const ok = async (answer: Promise<LooseEnvelope>) => {
  const envelope = await answer
  if (!envelope.ok) throw new Error(`refused: ${JSON.stringify(envelope.error)}`)
  return envelope.data
}

/** Applications as the cloud stores them, for tests that ask the rules about one or write one straight into a store. */
import { PRIVACY_NOTICE_VERSION } from '@/core/contracts/consult'
import type { Material, StoredAidApplication, StoredMediationRequest } from '@/core/domain/application'

export const APPLIED_AT = '2026-12-01T01:00:00.000Z'

const base = (id: string) => ({
  id,
  ownerOpenid: 'o-owner',
  applicant: { name: '张三', phone: '13800135678', township: '芦花镇' },
  description: '在工地干了三个月，老板一直不发工资。',
  consentVersion: PRIVACY_NOTICE_VERSION,
  consentedAt: APPLIED_AT,
  createdAt: APPLIED_AT,
  updatedAt: APPLIED_AT,
  statusChangedAt: APPLIED_AT,
  citizenSeenAt: APPLIED_AT,
  events: [{ at: APPLIED_AT, kind: 'submitted' as const, actor: 'citizen' as const }]
})

export const storedMaterial = (id: string, overrides: Partial<Material> = {}): Material => ({
  id,
  kind: 'evidence',
  name: '证据 1.jpg',
  type: 'image/jpeg',
  bytes: 1000,
  fileKey: `local-00000000-0000-4000-8000-${id.padStart(12, '0').slice(-12)}`,
  addedAt: APPLIED_AT,
  ...overrides
})

export const storedAid = (id = 'aid-00001', overrides: Partial<StoredAidApplication> = {}, aid: Partial<StoredAidApplication['aid']> = {}): StoredAidApplication => ({
  ...base(id),
  ticket: `HSY-20261201-${id.slice(-4)}`,
  kind: 'aid',
  status: 'submitted',
  ...overrides,
  aid: {
    matter: 'wages',
    finance: { kind: 'exempt', exemption: 'migrant-wages-injury' },
    promisedAt: APPLIED_AT,
    materials: [],
    decideBy: '2026-12-08T01:00:00.000Z',
    ...aid
  }
})

export const storedMediation = (
  id = 'med-00001',
  overrides: Partial<StoredMediationRequest> = {},
  mediation: Partial<StoredMediationRequest['mediation']> = {}
): StoredMediationRequest => ({
  ...base(id),
  ticket: `HST-20261201-${id.slice(-4)}`,
  kind: 'mediation',
  status: 'submitted',
  description: '邻居家的树挡住了我家的光，说了几次都不管。',
  ...overrides,
  mediation: { category: 'neighbour', township: '芦花镇', ...mediation }
})

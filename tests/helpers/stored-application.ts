/** Applications as the cloud stores them, for tests that ask the rules about one or write one straight into a store. */
import { PRIVACY_NOTICE_VERSION } from '@/core/contracts/consult'
import type { Material, StoredAidApplication, StoredMediationRequest } from '@/core/domain/application'

export const APPLIED_AT = '2026-12-01T01:00:00.000Z'

const base = (id: string) => ({
  id,
  ownerOpenid: 'o-owner',
  applicant: { name: '张三', phone: '13800135678', township: '芦花镇' },
  description: '老板欠了三个月工资，一共 12000 元。',
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

/**
 * A legal-aid application under review (ticket HSY-20261201-<last four of id>). `aid` patches
 * its aid section; an `aid` in `overrides` replaces it whole.
 */
export const storedAid = (
  id = 'aid-00001',
  overrides: Partial<StoredAidApplication> = {},
  aid: Partial<StoredAidApplication['aid']> = {}
): StoredAidApplication => ({
  ...base(id),
  ticket: `HSY-20261201-${id.slice(-4)}`,
  kind: 'aid',
  status: 'submitted',
  aid: {
    matter: 'wages',
    finance: { kind: 'exempt', exemption: 'migrant-wages-injury' },
    promisedAt: APPLIED_AT,
    materials: [],
    decideBy: '2026-12-08T01:00:00.000Z',
    ...aid
  },
  ...overrides
})

/** A mediation request routed to 芦花镇 (ticket HST-20261201-<last four of id>); `mediation` patches its section. */
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
  mediation: { category: 'neighbour', township: '芦花镇', ...mediation },
  ...overrides
})

/** Applications as the cloud stores them, for tests that write one straight into a store. */
import { PRIVACY_NOTICE_VERSION } from '@/core/contracts/consult'
import type { StoredAidApplication, StoredMediationRequest } from '@/core/domain/application'

export const APPLIED_AT = '2026-12-01T01:00:00.000Z'

const base = (id: string) => ({
  id,
  ownerOpenid: 'o-owner',
  applicant: { name: '张三', phone: '13800138000', township: '芦花镇' },
  description: '老板欠了三个月工资，一共 12000 元。',
  consentVersion: PRIVACY_NOTICE_VERSION,
  consentedAt: APPLIED_AT,
  createdAt: APPLIED_AT,
  updatedAt: APPLIED_AT,
  statusChangedAt: APPLIED_AT,
  citizenSeenAt: APPLIED_AT,
  events: [{ at: APPLIED_AT, kind: 'submitted' as const, actor: 'citizen' as const }]
})

/** A legal-aid application under review (ticket HSY-20261201-<last four of id>). */
export const storedAid = (id: string, overrides: Partial<StoredAidApplication> = {}): StoredAidApplication => ({
  ...base(id),
  ticket: `HSY-20261201-${id.slice(-4)}`,
  kind: 'aid',
  status: 'submitted',
  aid: {
    matter: 'wages',
    finance: { kind: 'exempt', exemption: 'migrant-wages-injury' },
    promisedAt: APPLIED_AT,
    materials: [],
    decideBy: '2026-12-08T01:00:00.000Z'
  },
  ...overrides
})

/** A mediation request routed to 芦花镇 (ticket HST-20261201-<last four of id>). */
export const storedMediation = (id: string, overrides: Partial<StoredMediationRequest> = {}): StoredMediationRequest => ({
  ...base(id),
  ticket: `HST-20261201-${id.slice(-4)}`,
  kind: 'mediation',
  status: 'submitted',
  description: '邻居家的树挡住了我家的光，说了几次都不管。',
  mediation: { category: 'neighbour', township: '芦花镇' },
  ...overrides
})

/** A consultation as the cloud stores it, for tests that write one straight into a store or ask the rules about one. */
import { PRIVACY_NOTICE_VERSION } from '@/core/contracts/consult'
import type { StoredConsultation } from '@/core/domain/consultation'

export const STORED_AT = '2026-12-01T01:00:00.000Z'

export const storedConsultation = (id: string, overrides: Partial<StoredConsultation> = {}): StoredConsultation => ({
  id,
  ticket: `HS-20261201-${id.slice(-4)}`,
  matter: 'wages',
  channel: 'phone',
  status: 'queued',
  description: '老板欠了三个月工资。',
  applicant: { name: '张三', phone: '13800138000', township: '芦花镇', currentCity: '成都市', disputeCity: '成都市' },
  contactSafety: { safeToCall: true, leaveMessage: true, sayWhoWeAre: true },
  quickCheck: [],
  asap: false,
  priority: 3,
  dueAt: '2026-12-01T06:00:00.000Z',
  heldForReview: false,
  ownerOpenid: 'o-owner',
  consentVersion: PRIVACY_NOTICE_VERSION,
  consentedAt: STORED_AT,
  createdAt: STORED_AT,
  updatedAt: STORED_AT,
  statusChangedAt: STORED_AT,
  citizenSeenAt: STORED_AT,
  ...overrides
})

/** Calls the consult cloud function on a real SQLite store, as given citizens, at a fixed time. */
import { county as heishui } from '@/core/county/current'
import type { County } from '@/core/county/schema'
import { PRIVACY_NOTICE_VERSION, type CreateConsultation, type SlotsResult } from '@/core/contracts/consult'
import { wordListCheck } from '../../cloudfunctions/content-check/word-list'
import { consult } from '../../cloudfunctions/functions/consult'
import type { StoredConsultation, StoredEvent } from '@/core/domain/consultation'
import type { Store } from '../../cloudfunctions/store/port'
import { sharedTempFiles } from './temp-files'

/** Tuesday 1 December 2026, 08:00 in Shanghai: today's slots start at 10:00. */
export const TUESDAY_0800 = new Date('2026-12-01T00:00:00Z')

/** Either side of the envelope, loosely typed: tests read whatever shape they expect. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type LooseEnvelope = { ok: boolean; data: any; error: any }

export const consultCaller =
  (store: Store, county: County = heishui, now: () => Date = () => TUESDAY_0800) =>
  (openid: string | null, action: string, payload: object): Promise<LooseEnvelope> =>
    consult.handle({ action, payload }, { openid, store, county, contentCheck: wordListCheck(), files: sharedTempFiles(), now }) as Promise<LooseEnvelope>

let requestCounter = 0

export const bookingForm = (overrides: Partial<CreateConsultation> = {}): CreateConsultation => ({
  clientRequestId: `req-${Date.now()}-${(requestCounter += 1)}`,
  matter: 'wages',
  quickCheck: ['migrant-wages'],
  channel: 'phone',
  description: '在工地干了三个月，老板一直不发工资。',
  applicant: { name: '张三', phone: '13800138000', township: '芦花镇', currentCity: '成都市', disputeCity: '成都市' },
  contactSafety: { safeToCall: true, leaveMessage: true, sayWhoWeAre: true },
  wage: { employer: '某某建筑劳务公司', dueDate: '2026-09-30', coworkers: 0, amountYuan: 12000 },
  consent: { sensitive: true, version: PRIVACY_NOTICE_VERSION },
  ...overrides
})

export const firstFreeSlot = (slots: SlotsResult): string => slots.days.flatMap((d) => d.slots).find((s) => !s.full)!.start

/** Puts a case in a state directly in the store (as staff work would), with its event, in one unit of work. */
export const moveCase = (store: Store, id: string, patch: Partial<StoredConsultation>, event: StoredEvent): Promise<void> =>
  store.unitOfWork(async (uow) => {
    const c = await uow.consultation(id)
    if (!c) throw new Error(`no consultation ${id}`)
    await uow.saveConsultation({ ...c, ...patch }, { events: [event] })
  })

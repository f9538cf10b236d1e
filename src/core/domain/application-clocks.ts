/**
 * The statutory clocks of a legal-aid application (法律援助法第四十三条), as pure functions of
 * the instants they start from. Days are calendar days (the law counts 日, not working days).
 * - decide by: 7 days from receipt; the time the centre waited for the materials it asked for
 *   is not counted (办理法律援助案件程序规定第十三条), so supplying them moves the day later;
 * - appoint by: 3 days after granting;
 * - supplement due: 15 days after asking (our setting: the law sets no period); only after it
 *   may staff treat the application as withdrawn.
 * Pure: no store, no clock (the time comes in), no platform.
 */
import type { StoredApplication } from './application'
import { APPOINT_WITHIN_DAYS, DECIDE_WITHIN_DAYS, SUPPLEMENT_WITHIN_DAYS } from './legal-aid-law'

const DAY_MS = 24 * 60 * 60 * 1000

const plusDays = (at: string, days: number): string => new Date(Date.parse(at) + days * DAY_MS).toISOString()

export const decideByOf = (receivedAt: string): string => plusDays(receivedAt, DECIDE_WITHIN_DAYS)

export const appointByOf = (grantedAt: string): string => plusDays(grantedAt, APPOINT_WITHIN_DAYS)

export const supplementDueOf = (askedAt: string): string => plusDays(askedAt, SUPPLEMENT_WITHIN_DAYS)

/** The decide-by day once the asked-for materials arrived: later by exactly the time spent waiting. */
export const decideByAfterSupply = (decideBy: string, askedAt: string, suppliedAt: string): string =>
  new Date(Date.parse(decideBy) + Math.max(0, Date.parse(suppliedAt) - Date.parse(askedAt))).toISOString()

/** The supplement period is over: only now may the application be treated as withdrawn. */
export const supplementOverdue = (due: string, at: string): boolean => Date.parse(at) >= Date.parse(due)

export interface ApplicationClock {
  kind: 'decide' | 'appoint' | 'supplement'
  dueAt: string
}

/** The clock that matters now, for the staff queue: none once nothing is due (and never for mediation). */
export const clockOf = (a: StoredApplication): ApplicationClock | undefined => {
  if (a.kind !== 'aid') return undefined
  if (a.status === 'submitted') return { kind: 'decide', dueAt: a.aid.decideBy }
  if (a.status === 'awaiting_materials' && a.aid.materialsRequest) return { kind: 'supplement', dueAt: a.aid.materialsRequest.dueAt }
  if (a.status === 'granted' && a.aid.appointBy) return { kind: 'appoint', dueAt: a.aid.appointBy }
  return undefined
}

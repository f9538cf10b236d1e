/**
 * Retention (个人信息保护法第十九条: keep personal data no longer than needed): closed and
 * cancelled consultations are anonymised after a period, 3 years by default (as UK CLA deletes
 * cases after 3 years). Runs daily: a timer-triggered cloud function on WeChat, a command locally.
 */
import type { Store } from '../store/port'

export const DEFAULT_RETENTION_YEARS = 3

export const anonymiseExpired = async (store: Store, now: Date, years = DEFAULT_RETENTION_YEARS): Promise<{ cutoff: string; anonymised: number }> => {
  const cutoff = new Date(now)
  cutoff.setUTCFullYear(cutoff.getUTCFullYear() - years)
  return { cutoff: cutoff.toISOString(), anonymised: await store.consultations.anonymiseClosedBefore(cutoff.toISOString(), now.toISOString()) }
}

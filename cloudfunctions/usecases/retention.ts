/**
 * Retention (个人信息保护法第十九条: keep personal data no longer than needed): closed and
 * cancelled consultations are anonymised after a period, 3 years by default (as UK CLA deletes
 * cases after 3 years). Runs daily: a timer-triggered cloud function on WeChat, a command locally.
 * Each case is one unit of work — its record, its thread and its request-id record change
 * together — so a run cut short (a timeout, a crash) leaves every case either whole or fully
 * anonymised, and the next run carries on.
 */
import { anonymised, anonymisedThread, isAnonymisable } from '../../src/core/domain/case-rules'
import type { Store } from '../store/port'

export const DEFAULT_RETENTION_YEARS = 3
/** How many cases one run anonymises at most (a cloud function has a time limit; tomorrow goes on). */
export const CASES_PER_RUN = 2000
const PAGE = 100

const anonymiseOne = (store: Store, id: string, cutoff: string, at: string): Promise<boolean> =>
  store.unitOfWork(async (uow) => {
    const c = await uow.consultation(id)
    if (!c || !isAnonymisable(c, cutoff)) return false
    const thread = await uow.thread(id)
    await uow.replaceThread(id, anonymisedThread(thread.events, thread.messages))
    if (c.requestKey) await uow.removeRequest(c.requestKey)
    await uow.saveConsultation(anonymised(c, at))
    return true
  })

export const anonymiseExpired = async (store: Store, now: Date, years = DEFAULT_RETENTION_YEARS): Promise<{ cutoff: string; anonymised: number }> => {
  const cutoff = new Date(now)
  cutoff.setUTCFullYear(cutoff.getUTCFullYear() - years)
  const at = now.toISOString()
  let count = 0
  while (count < CASES_PER_RUN) {
    const ids = await store.consultations.anonymisable(cutoff.toISOString(), PAGE)
    let progressed = false
    for (const id of ids) {
      if (await anonymiseOne(store, id, cutoff.toISOString(), at)) {
        count += 1
        progressed = true
      }
    }
    if (!progressed) break
  }
  return { cutoff: cutoff.toISOString(), anonymised: count }
}

/**
 * Retention (个人信息保护法第十九条: keep personal data no longer than needed): closed and
 * cancelled consultations are anonymised after a period, 3 years by default (as UK CLA deletes
 * cases after 3 years). Runs daily: a timer-triggered cloud function on WeChat, a command locally.
 * Each case is one unit of work — its record, its thread and its request-id record change
 * together — so a run cut short (a timeout, a crash) leaves every case either whole or fully
 * anonymised, and the next run carries on.
 * Finished applications (legal aid, mediation) go after the same period; their materials'
 * files are deleted first (deleting is repeatable, so a run cut short between the two simply
 * deletes again next time), and their file claims stay, so a deleted file's key is never
 * accepted again.
 */
import { anonymisedApplication, isApplicationAnonymisable } from '../../src/core/domain/application-rules'
import { anonymised, anonymisedThread, isAnonymisable } from '../../src/core/domain/case-rules'
import type { FileStore } from '../files/port'
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

const anonymiseApplication = async (store: Store, files: FileStore, id: string, cutoff: string, at: string): Promise<boolean> => {
  const found = await store.applications.get(id)
  if (!found || !isApplicationAnonymisable(found, cutoff)) return false
  // Files first, outside the unit (a CloudBase transaction does no other I/O).
  if (found.kind === 'aid') for (const m of found.aid.materials) await files.remove(m.fileKey)
  return store.unitOfWork(async (uow) => {
    const a = await uow.application(id)
    if (!a || !isApplicationAnonymisable(a, cutoff)) return false
    if (a.requestKey) await uow.removeRequest(a.requestKey)
    await uow.saveApplication(anonymisedApplication(a, at))
    return true
  })
}

/** Pages through `list`, anonymising each id with `one`, up to the run's limit. */
const drain = async (list: () => Promise<string[]>, one: (id: string) => Promise<boolean>): Promise<number> => {
  let count = 0
  while (count < CASES_PER_RUN) {
    let progressed = false
    for (const id of await list()) {
      if (await one(id)) {
        count += 1
        progressed = true
      }
    }
    if (!progressed) break
  }
  return count
}

const cutoffOf = (now: Date, years: number): string => {
  const cutoff = new Date(now)
  cutoff.setUTCFullYear(cutoff.getUTCFullYear() - years)
  return cutoff.toISOString()
}

export const anonymiseExpired = async (store: Store, now: Date, years = DEFAULT_RETENTION_YEARS): Promise<{ cutoff: string; anonymised: number }> => {
  const cutoff = cutoffOf(now, years)
  const at = now.toISOString()
  const anonymisedCount = await drain(
    () => store.consultations.anonymisable(cutoff, PAGE),
    (id) => anonymiseOne(store, id, cutoff, at)
  )
  return { cutoff, anonymised: anonymisedCount }
}

/** Applications past the same period, with their files. */
export const anonymiseExpiredApplications = async (
  store: Store,
  files: FileStore,
  now: Date,
  years = DEFAULT_RETENTION_YEARS
): Promise<{ cutoff: string; anonymised: number }> => {
  const cutoff = cutoffOf(now, years)
  const at = now.toISOString()
  const anonymisedCount = await drain(
    () => store.applications.anonymisable(cutoff, PAGE),
    (id) => anonymiseApplication(store, files, id, cutoff, at)
  )
  return { cutoff, anonymised: anonymisedCount }
}

/** The nightly run: consultations, then applications. */
export const runRetention = async (store: Store, files: FileStore, now: Date, years = DEFAULT_RETENTION_YEARS) => {
  const consultations = await anonymiseExpired(store, now, years)
  const applications = await anonymiseExpiredApplications(store, files, now, years)
  return { cutoff: consultations.cutoff, anonymised: consultations.anonymised, applicationsAnonymised: applications.anonymised }
}

/**
 * A unit of work on CloudBase: one transaction over documents with deterministic ids — the
 * consultation (with its timeline and thread inside, so one document holds a case's whole
 * story), the slot place `pointId@start`, the request record (its hashed key), the day's ticket
 * counter (per kind: 'Y:2026-12-01'), an application (its id), a file's claim (the hashed file
 * key), and a new audit entry. A transaction takes document operations only (no queries), so
 * this is all a unit may touch.
 */
import crypto from 'node:crypto'
import type { FollowGuard, UnitOfWork } from '../consult-port'
import type { Store } from '../port'
import type { StoredApplication } from '../application-port'
import { applicationDocOf, applicationOf, type ApplicationDoc } from './application-doc'
import { caseDocOf, consultationOf, type CaseDoc } from './case-doc'
import { retryingTransaction } from './transaction'
import type { CloudDatabase } from './types'

type Transaction = Awaited<ReturnType<CloudDatabase['startTransaction']>>

export const slotDocId = (pointId: string, start: string): string => `${pointId}@${start}`

const unitOver = (t: Transaction): UnitOfWork => {
  const doc = (collection: string, id: string) => t.collection(collection).doc(id)
  const read = async <T>(collection: string, id: string): Promise<T | null> => ((await doc(collection, id).get()) as { data: T | null }).data ?? null
  /** Documents read in this unit, so a save can append to the thread it read. */
  const cases = new Map<string, CaseDoc | null>()
  const caseDoc = async (id: string): Promise<CaseDoc | null> => {
    if (!cases.has(id)) cases.set(id, await read<CaseDoc>('consultations', id))
    return cases.get(id)!
  }
  const write = async (collection: string, id: string, data: object) => {
    await doc(collection, id).set({ data })
  }
  /** Written whole (set): a field the application no longer has is gone; a fresh id needs no read first. */
  const writeApplication = async (a: StoredApplication) => {
    const { _id, ...data } = applicationDocOf(a)
    await write('applications', _id, data)
  }
  return {
    async consultation(id) {
      const found = await caseDoc(id)
      return found ? consultationOf(found) : null
    },
    async thread(id) {
      const found = await caseDoc(id)
      return { events: found?.events ?? [], messages: found?.messages ?? [] }
    },
    async saveConsultation(c, append = {}) {
      // Appending needs the thread as it stands: read it unless this unit already did.
      const before = await caseDoc(c.id)
      const next = caseDocOf(c, {
        events: [...(before?.events ?? []), ...(append.events ?? [])],
        messages: [...(before?.messages ?? []), ...(append.messages ?? [])]
      })
      const { _id, ...data } = next
      await write('consultations', _id, data)
      cases.set(c.id, next)
    },
    async insertConsultation(c, events) {
      const next = caseDocOf(c, { events, messages: [] })
      const { _id, ...data } = next
      await write('consultations', _id, data)
      cases.set(c.id, next)
    },
    async replaceThread(id, thread) {
      const before = await caseDoc(id)
      if (!before) return
      const { _id, ...data } = { ...before, ...thread }
      await write('consultations', _id, data)
      cases.set(id, { _id, ...data })
    },
    async slotBooked({ pointId, start }) {
      return (await read<{ booked: number }>('slots', slotDocId(pointId, start)))?.booked ?? 0
    },
    async setSlotBooked({ pointId, start }, booked) {
      await write('slots', slotDocId(pointId, start), { pointId, start, booked })
    },
    async request(key) {
      const found = await read<{ fingerprint: string; resultId: string; at: string }>('requests', key)
      return found ? { key, fingerprint: found.fingerprint, resultId: found.resultId, at: found.at } : null
    },
    async saveRequest({ key, ...request }) {
      await write('requests', key, request)
    },
    async removeRequest(key) {
      await doc('requests', key).remove()
    },
    async ticketCounter(date) {
      return (await read<{ last: number }>('ticketCounters', date))?.last ?? 0
    },
    async setTicketCounter(date, last) {
      await write('ticketCounters', date, { last })
    },
    async followGuard(key) {
      const found = await read<Omit<FollowGuard, 'key'>>('followGuards', key)
      return found ? { key, failures: found.failures, windowStart: found.windowStart, ...(found.lockedUntil ? { lockedUntil: found.lockedUntil } : {}) } : null
    },
    async saveFollowGuard({ key, ...guard }) {
      // Written whole (set), so a lock that ended is gone, not left over.
      await write('followGuards', key, guard)
    },
    async audit(entry) {
      await write('audit', crypto.randomUUID(), entry)
    },
    async application(id) {
      const found = await read<ApplicationDoc>('applications', id)
      return found ? applicationOf({ ...found, _id: id }) : null
    },
    saveApplication: writeApplication,
    insertApplication: writeApplication,
    async materialClaim(key) {
      const found = await read<{ applicationId: string; at: string }>('materialClaims', key)
      return found ? { key, applicationId: found.applicationId, at: found.at } : null
    },
    async saveMaterialClaim({ key, applicationId, at }) {
      await write('materialClaims', key, { applicationId, at })
    },
    async removeMaterialClaim(key) {
      await doc('materialClaims', key).remove()
    }
  }
}

export const cloudbaseUnitOfWork =
  (db: CloudDatabase): Store['unitOfWork'] =>
  (work) =>
    retryingTransaction(
      () => db.startTransaction(),
      (t) => work(unitOver(t))
    )

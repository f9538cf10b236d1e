/**
 * The Store port's part for consultations. Reads that lists and screens need are queries here;
 * every write goes through a unit of work (`Store.unitOfWork`): the use case reads the few
 * documents an action touches by their ids, decides with the rules in src/core, and writes them
 * back, all or nothing. SQLite runs a unit as one IMMEDIATE transaction; CloudBase as one
 * transaction of document operations (it retries on a write conflict, so a unit's work must
 * have no effect outside the unit).
 */
import type { ChannelId } from '../../src/core/contracts/consult'
import type { ConsultStatus } from '../../src/core/domain/consult-status'
import type { SlotRef, StoredConsultation, StoredEvent, StoredMessage } from '../../src/core/domain/consultation'
import type { FollowGuard } from '../../src/core/domain/family-follow'
import type { MatterId } from '../../src/core/domain/matters'
import type { ApplicationUnitOfWork } from './application-port'
import type { AuditRecord } from './port'

export type { StaffSide, StoredConsultation, StoredEvent, StoredMessage, SlotRef } from '../../src/core/domain/consultation'
export type { FollowGuard } from '../../src/core/domain/family-follow'

/**
 * A client request id, remembered so that a retried submission answers the first result: the
 * consultation or the application (legal aid, mediation) it created, or that it changed.
 */
export interface StoredRequest {
  /** The caller's OPENID and the client's request id, hashed: the record names nobody. */
  key: string
  fingerprint: string
  resultId: string
  at: string
}

/** The documents one action reads and writes, by id. Nothing here is visible to others until the unit ends. */
export interface UnitOfWork extends ApplicationUnitOfWork {
  consultation(id: string): Promise<StoredConsultation | null>
  /** The timeline and thread of a consultation, oldest first. */
  thread(id: string): Promise<{ events: StoredEvent[]; messages: StoredMessage[] }>
  /**
   * Writes the consultation whole (a field it lacks is gone afterwards, never left over) and
   * appends the events and messages given.
   */
  saveConsultation(c: StoredConsultation, append?: { events?: StoredEvent[]; messages?: StoredMessage[] }): Promise<void>
  /** Writes a consultation under a fresh id, not in the store yet, with its first events: nothing to read first. */
  insertConsultation(c: StoredConsultation, events: StoredEvent[]): Promise<void>
  /** Replaces the timeline and thread (anonymisation). */
  replaceThread(id: string, thread: { events: StoredEvent[]; messages: StoredMessage[] }): Promise<void>
  /** Places taken in a slot. */
  slotBooked(slot: SlotRef): Promise<number>
  setSlotBooked(slot: SlotRef, booked: number): Promise<void>
  request(key: string): Promise<StoredRequest | null>
  saveRequest(request: StoredRequest): Promise<void>
  removeRequest(key: string): Promise<void>
  /**
   * The last ticket sequence number issued under a key (0 before the first). The key is a
   * Shanghai date for consultations ('2026-12-01'), and the ticket letter and the date for
   * applications ('Y:2026-12-01' legal aid, 'T:2026-12-01' mediation: TICKET_SUFFIX), so each
   * kind counts its own day. Any such text is a valid key on both stores (a row's key, a
   * document's id).
   */
  ticketCounter(date: string): Promise<number>
  setTicketCounter(date: string, last: number): Promise<void>
  /** The wrong-answer counter of 家人查进度 for one key (a hashed ticket or caller), by that key. */
  followGuard(key: string): Promise<FollowGuard | null>
  /** Writes the counter whole. */
  saveFollowGuard(guard: FollowGuard): Promise<void>
  /** An audit entry written with the action, so an action is never left unaudited. */
  audit(entry: AuditRecord): Promise<void>
}

export interface ConsultationsRepository {
  get(id: string): Promise<StoredConsultation | null>
  getByTicket(ticket: string): Promise<StoredConsultation | null>
  thread(id: string): Promise<{ events: StoredEvent[]; messages: StoredMessage[] }>
  /** The record of a client request id, to answer a retry before doing any work. */
  request(key: string): Promise<StoredRequest | null>
  listByOwner(openid: string, offset: number, limit: number): Promise<{ items: StoredConsultation[]; total: number; unseenCount: number }>
  countOpenByOwner(openid: string): Promise<number>
  countCreatedByOwnerSince(openid: string, since: string): Promise<number>
  /** The citizen opened the case: clears their badge. Not a decision, so not a unit of work. */
  markSeen(id: string, at: string): Promise<void>
  /**
   * How many waiting consultations come before this one (priority, due time, age), counted up
   * to `atMost`: the cost is bounded by the cap, never by the length of the queue.
   */
  waitingAhead(consultation: Pick<StoredConsultation, 'id' | 'priority' | 'dueAt' | 'createdAt'>, atMost: number): Promise<number>
  /** The staff queue: priority, then due time, then age; with counts per status in scope. */
  queue(query: QueueQuery): Promise<{ items: StoredConsultation[]; total: number; counts: Partial<Record<ConsultStatus, number>> }>
  /** Open consultations per employer key. */
  openPerEmployer(keys: string[]): Promise<Map<string, number>>
  /** Consultations created in [from, to) (ISO instants), for the statistics: all of them, however many. */
  createdBetween(from: string, to: string): Promise<StoredConsultation[]>
  /** Ids of closed or cancelled consultations not yet anonymised whose status changed before `cutoff`, at most `limit`. */
  anonymisable(cutoff: string, limit: number): Promise<string[]>
}

export interface QueueQuery {
  statuses: readonly ConsultStatus[]
  /** null: every point (county-centre staff); otherwise only these points' cases. */
  pointIds: readonly string[] | null
  matter?: MatterId
  channel?: ChannelId
  /** Narrows within the scope; never widens it. */
  pointId?: string
  assigneeOpenid?: string
  offset: number
  limit: number
}

export interface SlotsRepository {
  /** Booked places per slot start (ISO) of a point between two instants. */
  bookedCounts(pointId: string, from: string, to: string): Promise<Map<string, number>>
}

/**
 * The Store port's part for consultations: what the booking and follow-up use cases need.
 * Every write that two people could race for is one atomic operation here (a conditional
 * update or a transaction), never a read followed by a write in the use case.
 */
import type { ChannelId, ConsultationDetail, EventKind } from '../../src/core/contracts/consult'
import type { OutcomeId } from '../../src/core/contracts/staff'
import type { ConsultStatus } from '../../src/core/domain/consult-status'
import type { MatterId } from '../../src/core/domain/matters'

/** What staff add to a case while they work it. */
export interface StaffSide {
  assigneeOpenid?: string
  assigneeName?: string
  callbackAttempts?: number
  escalated?: boolean
  outcome?: OutcomeId
  internalNotes?: Array<{ at: string; by: string; text: string }>
  attachedTips?: string[]
  /** When staff first answered (for the time-to-first-answer statistics). */
  firstAnsweredAt?: string
  closedAt?: string
  /** The employer's name, normalised, to group wage claims against one employer. */
  employerKey?: string
  /** Set when personal data was removed after the retention period. */
  anonymisedAt?: string
}

/** The stored consultation: the citizen's view plus who owns it and when they last looked. */
export type StoredConsultation = Omit<ConsultationDetail, 'unseen' | 'events' | 'messages' | 'queuePosition' | 'point'> & {
  ownerOpenid: string
  /** The privacy notice version the citizen agreed to, and when (PIPL Art. 29 consent record). */
  consentVersion: string
  consentedAt: string
  pointId?: string
  /** The point's name when booked, so lists and statistics need no lookup. */
  pointName?: string
  updatedAt: string
  statusChangedAt: string
  citizenSeenAt: string
} & StaffSide

export interface StoredEvent {
  at: string
  kind: EventKind
  actor: 'citizen' | 'staff' | 'system'
  /** A reason or a new time, shown to the citizen inside the event's text. */
  note?: string
}

export interface StoredMessage {
  id: string
  at: string
  from: 'citizen' | 'staff'
  text: string
  held: boolean
}

export interface ConsultationsRepository {
  /** The next ticket sequence number of a Shanghai date, atomically (1, 2, 3 …). */
  nextTicketSequence(date: string): Promise<number>
  insert(consultation: StoredConsultation, events: StoredEvent[]): Promise<void>
  get(id: string): Promise<StoredConsultation | null>
  getByTicket(ticket: string): Promise<StoredConsultation | null>
  listByOwner(openid: string, offset: number, limit: number): Promise<{ items: StoredConsultation[]; total: number; unseenCount: number }>
  countOpenByOwner(openid: string): Promise<number>
  countCreatedByOwnerSince(openid: string, since: string): Promise<number>
  /**
   * Applies `patch` only if the status is still one of `expected`, and records the event (the
   * citizen's timeline) with it. Answers whether it applied: false means someone else changed it
   * first. Without an event (an internal note) nothing shows in the citizen's timeline.
   */
  update(id: string, expected: readonly ConsultStatus[], patch: Partial<StoredConsultation>, event?: StoredEvent): Promise<boolean>
  markSeen(id: string, at: string): Promise<void>
  events(id: string): Promise<StoredEvent[]>
  addMessage(consultationId: string, message: StoredMessage): Promise<void>
  messages(id: string): Promise<StoredMessage[]>
  /** 1 + how many waiting consultations come before this one (priority, due time, age). */
  queuePosition(consultation: StoredConsultation): Promise<number>
  /** The staff queue: priority, then due time, then age; with counts per status in scope. */
  queue(query: QueueQuery): Promise<{ items: StoredConsultation[]; total: number; counts: Partial<Record<ConsultStatus, number>> }>
  /** Open consultations per employer key. */
  openPerEmployer(keys: string[]): Promise<Map<string, number>>
  /** Consultations created in [from, to) (ISO instants), for the statistics. */
  createdBetween(from: string, to: string): Promise<StoredConsultation[]>
  /** Removes personal data from consultations closed or cancelled before `cutoff`; answers how many. */
  anonymiseClosedBefore(cutoff: string, at: string): Promise<number>
}

export interface QueueQuery {
  statuses: readonly ConsultStatus[]
  /** null: every point (county-centre staff); otherwise only these points' cases. */
  pointIds: readonly string[] | null
  matter?: MatterId
  channel?: ChannelId
  pointId?: string
  assigneeOpenid?: string
  offset: number
  limit: number
}

export interface SlotsRepository {
  /** Booked places per slot start (ISO) of a point between two instants. */
  bookedCounts(pointId: string, from: string, to: string): Promise<Map<string, number>>
  /** Takes a place if fewer than `capacity` are booked; answers whether it did. */
  book(pointId: string, start: string, capacity: number): Promise<boolean>
  release(pointId: string, start: string): Promise<void>
  /** Takes a place in `to` and frees the one in `from` as one move; false if `to` is full. */
  move(pointId: string, from: string, to: string, capacity: number): Promise<boolean>
}

export type IdempotencyClaim = { fresh: true } | { fresh: false; fingerprint: string; resultId?: string }

/** Remembers client request ids, so a retried submission gets the first result. */
export interface IdempotencyRepository {
  claim(key: string, fingerprint: string, at: string): Promise<IdempotencyClaim>
  complete(key: string, resultId: string): Promise<void>
  forget(key: string): Promise<void>
}

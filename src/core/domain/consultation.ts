/**
 * The consultation as the cloud keeps it: the citizen's request, who owns it, and what staff add
 * while they work it. Pure data, shared by the rules (case-rules.ts) and the Store port.
 */
import type { ConsultationDetail, EventKind } from '../contracts/consult'
import type { OutcomeId } from '../contracts/staff'

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
export type StoredConsultation = Omit<ConsultationDetail, 'unseen' | 'events' | 'messages' | 'queuePosition' | 'point' | 'familyFollow'> & {
  ownerOpenid: string
  /** The privacy notice version the citizen agreed to, and when (PIPL Art. 29 consent record). */
  consentVersion: string
  consentedAt: string
  pointId?: string
  /** The point's name when booked, so lists and statistics need no lookup. */
  pointName?: string
  /** The key of the request-id record that created it (removed with it at anonymisation). */
  requestKey?: string
  updatedAt: string
  statusChangedAt: string
  citizenSeenAt: string
  /** The owner turned 家人查进度 off (absent: on, the default). */
  familyFollowOff?: boolean
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

/** A slot place: one point's schedule at one start time. */
export interface SlotRef {
  pointId: string
  start: string
}

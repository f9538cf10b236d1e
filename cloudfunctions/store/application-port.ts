/**
 * The Store port's part for applications (legal aid and mediation, src/core/domain/application.ts).
 * As with consultations, lists and screens read through the repository, and every write goes
 * through a unit of work: the use case reads the documents an action touches by id, decides
 * with the rules in src/core, and writes them back, all or nothing.
 */
import type { ApplicationKind, ApplicationStatus, StoredApplication } from '../../src/core/domain/application'

export type { StoredApplication } from '../../src/core/domain/application'

/**
 * A file the phone uploaded and no application holds yet (local cloud: written by the gateway's
 * POST /files; CloudBase: the first attach records the fileID). Attaching a file binds it to one
 * application for good, so a file of another case cannot be attached again.
 */
export interface MaterialClaim {
  /** A hash of the file store key: the record names no path. */
  key: string
  applicationId: string
  at: string
}

/** The unit-of-work operations on applications (added to UnitOfWork). */
export interface ApplicationUnitOfWork {
  application(id: string): Promise<StoredApplication | null>
  /** Writes the application whole (a field it lacks is gone afterwards). */
  saveApplication(a: StoredApplication): Promise<void>
  /** Writes an application under a fresh id, not in the store yet: nothing to read first. */
  insertApplication(a: StoredApplication): Promise<void>
  /** Which application holds this file already, if any (by the hashed file key). */
  materialClaim(key: string): Promise<MaterialClaim | null>
  saveMaterialClaim(claim: MaterialClaim): Promise<void>
  removeMaterialClaim(key: string): Promise<void>
}

export interface ApplicationQuery {
  kind: ApplicationKind
  statuses: readonly ApplicationStatus[]
  /** Mediation: null for every township (county-centre staff), otherwise only these. Ignored for aid. */
  townships: readonly string[] | null
  offset: number
  limit: number
}

export interface ApplicationsRepository {
  get(id: string): Promise<StoredApplication | null>
  getByTicket(ticket: string): Promise<StoredApplication | null>
  /** The citizen's own, newest first, and how many they have (an item is new to them while statusChangedAt > citizenSeenAt). */
  listByOwner(openid: string, offset: number, limit: number): Promise<{ items: StoredApplication[]; total: number; unseenCount: number }>
  countOpenByOwner(openid: string): Promise<number>
  /**
   * The staff list: urgent first, then the clock that is due first (decide-by / appoint-by for
   * aid), then the oldest; with counts per status in scope. Bounded by the page, not the store.
   */
  queue(query: ApplicationQuery): Promise<{ items: StoredApplication[]; total: number; counts: Partial<Record<ApplicationStatus, number>> }>
  /** The citizen opened it: clears their badge. Not a decision, so not a unit of work. */
  markSeen(id: string, at: string): Promise<void>
  /** Ids of finished, not yet anonymised applications whose status changed before `cutoff`, at most `limit`. */
  anonymisable(cutoff: string, limit: number): Promise<string[]>
}

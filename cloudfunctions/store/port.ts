/**
 * The Store port: the operations the use cases need, not a database emulation. Two adapters
 * implement it: SQLite (local cloud and tests) and CloudBase (wx-server-sdk, production).
 * Every operation is async because CloudBase is.
 */
import type { Tip, TipCategoryId, TipSummary } from '../../src/core/contracts/tips'
import type { StaffKind } from '../../src/core/contracts/staff'
import type { Role } from '../../src/core/roles'
import type { ApplicationsRepository } from './application-port'
import type { PointsRepository } from './points-port'
import type { ConsultationsRepository, SlotsRepository, UnitOfWork } from './consult-port'

export interface TipQuery {
  category?: TipCategoryId
  keyword?: string
  offset: number
  limit: number
}

export interface TipsRepository {
  /** Published tips, newest first, filtered by category and/or keyword (title, summary, body, keywords). */
  list(query: TipQuery): Promise<{ items: TipSummary[]; total: number }>
  /** A published tip, or null. */
  get(id: string): Promise<Tip | null>
  /**
   * Seed tips: insert the missing ones, and update a stored one only when the seed's
   * `updatedAt` is newer (so later edits by staff are not overwritten by an old seed).
   * Answers how many rows were written.
   */
  seed(tips: Tip[]): Promise<number>
  /** Every tip, published or not, newest first (admins' list). */
  adminList(offset: number, limit: number): Promise<{ items: Array<Tip & { published: boolean }>; total: number }>
  /** Creates or replaces a tip written by staff. */
  save(tip: Tip, published: boolean): Promise<void>
  /** Answers false when there is no such tip. */
  setPublished(id: string, published: boolean): Promise<boolean>
}

export interface StaffMember {
  openid: string
  role: Exclude<Role, 'citizen'>
  name: string
  kind: StaffKind
  /** Points covered; empty means every point. */
  pointIds: string[]
  /**
   * The townships whose 人民调解委员会 this person serves (mediation requests). Absent or empty:
   * county-centre staff (no points) see every township's requests, station staff none.
   */
  townships?: string[]
}

export interface StaffRepository {
  get(openid: string): Promise<StaffMember | null>
  list(): Promise<StaffMember[]>
  upsert(member: StaffMember): Promise<void>
  remove(openid: string): Promise<boolean>
}

export interface StoredInvite {
  id: string
  codeHash: string
  kind: StaffKind
  name: string
  pointIds: string[]
  createdBy: string
  createdAt: string
  expiresAt: string
  usedBy?: string
  usedAt?: string
  revokedAt?: string
}

export interface InvitesRepository {
  create(invite: StoredInvite): Promise<void>
  /** Marks the invite used by `openid` if it is open (not used, revoked or expired) — atomically. */
  redeem(codeHash: string, openid: string, at: string): Promise<StoredInvite | null>
  list(): Promise<StoredInvite[]>
  revoke(id: string, at: string): Promise<StoredInvite | null>
}

export interface AuditRecord {
  at: string
  actorOpenid: string
  actorName: string
  action: string
  consultationId?: string
  detail?: string
}

/** Append-only: nothing in the app edits or removes an entry. */
export interface AuditRepository {
  record(entry: AuditRecord): Promise<void>
  list(query: {
    consultationId?: string
    actorOpenid?: string
    from?: string
    to?: string
    offset: number
    limit: number
  }): Promise<{ items: AuditRecord[]; total: number }>
}

export interface Store {
  tips: TipsRepository
  staff: StaffRepository
  points: PointsRepository
  consultations: ConsultationsRepository
  applications: ApplicationsRepository
  slots: SlotsRepository
  invites: InvitesRepository
  audit: AuditRepository
  /**
   * Runs `work` as one atomic unit: all its writes or none, whatever fails or crashes on the
   * way. CloudBase may run `work` again after a write conflict, so it must only read and
   * write through the unit and decide from what it read.
   */
  unitOfWork<T>(work: (uow: UnitOfWork) => Promise<T>): Promise<T>
  close(): Promise<void>
}

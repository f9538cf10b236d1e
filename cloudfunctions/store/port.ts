/**
 * The Store port: the operations the use cases need, not a database emulation. Two adapters
 * implement it: SQLite (local cloud and tests) and CloudBase (wx-server-sdk, production).
 * Every operation is async because CloudBase is.
 */
import type { Tip, TipCategoryId, TipSummary } from '../../src/core/contracts/tips'
import type { Role } from '../../src/core/roles'
import type { PointsRepository } from './points-port'
import type { ConsultationsRepository, IdempotencyRepository, SlotsRepository } from './consult-port'

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
}

export interface StaffMember {
  openid: string
  role: Exclude<Role, 'citizen'>
  name: string
}

export interface StaffRepository {
  roleOf(openid: string): Promise<Role>
  upsert(member: StaffMember): Promise<void>
}

export interface Store {
  tips: TipsRepository
  staff: StaffRepository
  points: PointsRepository
  consultations: ConsultationsRepository
  slots: SlotsRepository
  idempotency: IdempotencyRepository
  close(): Promise<void>
}

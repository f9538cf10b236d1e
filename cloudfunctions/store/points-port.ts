/**
 * The Store port's part for service points. Who last wrote a point matters: the county data
 * file seeds points on every start, and must never undo what an admin changed in the app or
 * imported, so every admin write marks the point as the admin's.
 */
import type { AdminServicePoint } from '../../src/core/contracts/points'
import type { ServicePoint } from '../../src/core/county/schema'

export interface PointsRepository {
  /** Active points, and when any point last changed (null when there are none). */
  listActive(): Promise<{ items: ServicePoint[]; updatedAt: string | null }>
  /** Every point, active or not, for admins. */
  listAll(): Promise<AdminServicePoint[]>
  get(id: string): Promise<AdminServicePoint | null>
  /** Adds a point as the admin's; null when the id is taken. */
  create(point: ServicePoint, now: string): Promise<AdminServicePoint | null>
  /** Replaces a point and makes it the admin's; null when there is none. */
  update(point: ServicePoint, now: string): Promise<AdminServicePoint | null>
  setActive(id: string, active: boolean, now: string): Promise<AdminServicePoint | null>
  /** Creates or replaces every point as the admin's, all or nothing. */
  importAll(points: ServicePoint[], now: string): Promise<{ created: number; updated: number }>
  /**
   * Seeds from the county file: inserts missing points and refreshes seeded ones whose data
   * changed; leaves points an admin wrote alone. Answers how many were written.
   */
  seed(points: ServicePoint[], now: string): Promise<number>
}

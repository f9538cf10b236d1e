import { county } from '../../src/core/county/current'
import type { Store } from '../store/port'
import { loadSeedTips } from './tips'

/**
 * Seeds the county's data; safe to run on every start (nothing is duplicated). Service points
 * come from the county file; a point an admin has edited keeps the admin's version.
 */
export const seedStore = async (store: Store, now: Date = new Date()): Promise<{ tipsWritten: number; pointsWritten: number }> => ({
  tipsWritten: await store.tips.seed(loadSeedTips()),
  pointsWritten: await store.points.seed(county.servicePoints, now.toISOString())
})

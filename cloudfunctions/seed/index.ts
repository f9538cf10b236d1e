import type { Store } from '../store/port'
import { loadSeedTips } from './tips'

/** Seeds the county's data; safe to run on every start (nothing is duplicated). */
export const seedStore = async (store: Store): Promise<{ tipsWritten: number }> => ({
  tipsWritten: await store.tips.seed(loadSeedTips())
})

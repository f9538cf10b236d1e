/**
 * One booted mini-program per test file: a seeded temporary SQLite store, the real cloud
 * functions on it, and dist/weapp running in the simulator with the recording `wx`.
 */
import { openSeededTempStore, type TempStore } from '../../helpers/temp-store'
import { inProcessCloud } from './cloud'
import { cloudStorageStandIn, type CloudStorageStandIn } from './cloud-storage'
import { bootMiniProgram, type MiniProgram } from './mini-program'
import type { WxAnswers } from './wx-stand-in'

export const CITIZEN = 'o-weapp-citizen'

export interface Fixture {
  temp: TempStore
  cloud: ReturnType<typeof inProcessCloud>
  /** WeChat's cloud storage as the page's uploads fill it and the functions read it. */
  storage: CloudStorageStandIn
  mp: MiniProgram
}

/** `answers`: what WeChat answers from the start (the app reads some, like the font size, at launch). */
export const startMiniProgram = async (answers: Partial<WxAnswers> = {}): Promise<Fixture> => {
  const temp = await openSeededTempStore()
  const storage = cloudStorageStandIn()
  const cloud = inProcessCloud(temp.store, storage)
  cloud.actAs(CITIZEN)
  const mp = bootMiniProgram((name, data) => cloud.callFunction(name, data), answers, storage)
  return { temp, cloud, storage, mp }
}

export const stopMiniProgram = async (fixture: Fixture | undefined) => {
  if (!fixture) return
  await fixture.mp.closeAll()
  await fixture.temp.cleanup()
}

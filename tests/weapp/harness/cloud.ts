/**
 * What wx.cloud.callFunction reaches in these tests: the app's real cloud functions, in this
 * process, on a real temporary SQLite store, with the caller's OPENID set by the test (on
 * WeChat the platform injects it; WeChat's servers are the edge we cannot reach).
 */
import { county } from '@/core/county/current'
import { wordListCheck } from '../../../cloudfunctions/content-check/word-list'
import { cloudFunctions } from '../../../cloudfunctions/functions'
import type { FileStore } from '../../../cloudfunctions/files/port'
import type { Store } from '../../../cloudfunctions/store/port'
import { sharedTempFiles } from '../../helpers/temp-files'

/** `files`: where materials are read (the fixture passes the cloud storage stand-in wx.cloud.uploadFile fills). */
export const inProcessCloud = (store: Store, files: FileStore = sharedTempFiles()) => {
  const byName = new Map(cloudFunctions.map((fn) => [fn.name, fn]))
  const contentCheck = wordListCheck()
  let openid: string | null = null
  return {
    /** Who WeChat says is calling from now on (null: no OPENID). */
    actAs(next: string | null) {
      openid = next
    },
    async callFunction(name: string, data: unknown): Promise<unknown> {
      const fn = byName.get(name)
      if (!fn) throw new Error(`no cloud function called ${name}`)
      return fn.handle(data, { openid, store, county, contentCheck, files })
    }
  }
}

/**
 * The same Store contract on a real WeChat CloudBase env. It needs WeChat's servers, so it
 * runs only when WX_CLOUD_ENV, TENCENTCLOUD_SECRETID and TENCENTCLOUD_SECRETKEY are set.
 */
import { cloudbaseStore } from '../../cloudfunctions/store/cloudbase'
import { storeDatabaseConfig } from '../../cloudfunctions/store/cloudbase/types'
import { storeContract } from './store-contract'

const configured = Boolean(process.env.WX_CLOUD_ENV && process.env.TENCENTCLOUD_SECRETID && process.env.TENCENTCLOUD_SECRETKEY)

if (configured) {
  describe('Store contract on CloudBase (real env)', () => {
    storeContract(async () => {
      // Loaded only here: offline, wx-server-sdk raises an unhandled rejection at load.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const cloud = require('wx-server-sdk') as typeof import('wx-server-sdk')
      cloud.init({ env: process.env.WX_CLOUD_ENV })
      const count = () => {
        throw new Error('The store contract counts through the store; a shared real env is never counted whole.')
      }
      return { store: cloudbaseStore(cloud.database(storeDatabaseConfig)), count, done: async () => undefined }
    })
  })
} else {
  describe('Store contract on CloudBase', () => {
    it.skip('skipped: set WX_CLOUD_ENV, TENCENTCLOUD_SECRETID and TENCENTCLOUD_SECRETKEY to run it against a real cloud env', () => {})
  })
}

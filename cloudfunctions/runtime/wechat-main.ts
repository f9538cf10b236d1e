/**
 * The entry of a deployed WeChat cloud function: identity from the platform (OPENID, which
 * WeChat injects and a client cannot forge), the CloudBase store, the shared router.
 */
import cloud from 'wx-server-sdk'
import { county } from '../../src/core/county/current'
import { wechatContentCheck } from '../content-check/wechat'
import { cloudStorageFiles } from '../files/cloud-storage'
import { wechatNotifier } from '../notify/wechat'
import { cloudbaseStore } from '../store/cloudbase'
import { storeDatabaseConfig } from '../store/cloudbase/types'
import { adminOpenidsFrom, ensureBootstrapAdmin } from './bootstrap-admins'
import type { CloudFunction } from './define-function'
import type { TimerFunction } from './define-timer'

export const wechatMain = (fn: CloudFunction) => {
  // The SDK types DYNAMIC_CURRENT_ENV as a symbol but init() as taking a string; it accepts both.
  cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string })
  const store = cloudbaseStore(cloud.database(storeDatabaseConfig))
  const contentCheck = wechatContentCheck(cloud)
  const files = cloudStorageFiles(cloud)
  const admins = adminOpenidsFrom(process.env.ADMIN_OPENIDS)
  const notifier = wechatNotifier(cloud, process.env.STATUS_TEMPLATE_ID)
  return async (event: unknown) => {
    const openid = cloud.getWXContext().OPENID || null
    await ensureBootstrapAdmin(store, openid, admins)
    return fn.handle(event, { openid, store, county, contentCheck, files, notifier })
  }
}

/** The entry of a timer-triggered function; a client's direct call (it has an OPENID) is refused. */
export const wechatTimerMain = (fn: TimerFunction) => {
  cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string })
  const store = cloudbaseStore(cloud.database(storeDatabaseConfig))
  const files = cloudStorageFiles(cloud)
  return async () => {
    if (cloud.getWXContext().OPENID) return { ok: false, error: { code: 'AUTH.FORBIDDEN', message: '这个功能只能由系统定时运行' } }
    return { ok: true, data: await fn.run(store, new Date(), files) }
  }
}

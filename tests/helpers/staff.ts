/** Calls the staff cloud function as given people, on the same store and clock as consult. */
import { county as heishui } from '@/core/county/current'
import { wordListCheck } from '../../cloudfunctions/content-check/word-list'
import { staff } from '../../cloudfunctions/functions/staff'
import type { StatusNotifier } from '../../cloudfunctions/notify/port'
import type { StaffMember, Store } from '../../cloudfunctions/store/port'
import { TUESDAY_0800, type LooseEnvelope } from './consult'
import { sharedTempFiles } from './temp-files'

export const staffCaller =
  (store: Store, now: () => Date = () => TUESDAY_0800, notifier?: StatusNotifier) =>
  (openid: string | null, action: string, payload: object = {}): Promise<LooseEnvelope> =>
    staff.handle(
      { action, payload },
      { openid, store, county: heishui, contentCheck: wordListCheck(), files: sharedTempFiles(), notifier, now }
    ) as Promise<LooseEnvelope>

/** Stands in for WeChat's subscription messages (its servers cannot be reached here): records each one. */
export const recordingNotifier = () => {
  const sent: Array<{ ticket: string; status: string; to: string }> = []
  const notifier: StatusNotifier = {
    async statusChanged(news) {
      sent.push({ ticket: news.ticket, status: news.status, to: news.ownerOpenid })
    }
  }
  return { sent, notifier }
}

export const LAWYER: StaffMember = { openid: 'o-lawyer', role: 'staff', kind: 'lawyer', pointIds: [], name: '王律师' }
export const ADMIN: StaffMember = { openid: 'o-admin', role: 'admin', kind: 'admin', pointIds: [], name: '赵主任' }
export const GUANGAN_STAFF: StaffMember = { openid: 'o-guangan', role: 'staff', kind: 'station', pointIds: ['guangan-station'], name: '广安站小李' }

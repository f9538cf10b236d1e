/**
 * What the home page loads on every show: the 我的咨询 and 我的申请 badges and the month's theme. Both send
 * payloads fixed in code, so they go through the transport without the client-side zod check
 * (the cloud still checks them): the main package then carries no zod and no schema.
 */
import { sendToCloud } from './cloud-transport'
import { cachedCall } from './offline-cache'

export interface UnseenCounts {
  consultations: number
  applications: number
}

/** Only the badges' numbers: one row asked for of each list, not a page of them. */
export const loadUnseenCounts = async (): Promise<UnseenCounts> => {
  const [consultations, applications] = await Promise.all([
    sendToCloud('consult', 'listMine', { offset: 0, limit: 1 }),
    sendToCloud('apply', 'listMine', { offset: 0, limit: 1 })
  ])
  return { consultations: consultations.ok ? consultations.data.unseenCount : 0, applications: applications.ok ? applications.data.unseenCount : 0 }
}

export const loadMonthlyTheme = () => cachedCall('tips:theme', () => sendToCloud('tips', 'theme', {}))

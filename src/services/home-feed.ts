/**
 * What the home page loads on every show: the 我的咨询 badge and the month's theme. Both send
 * payloads fixed in code, so they go through the transport without the client-side zod check
 * (the cloud still checks them): the main package then carries no zod and no schema.
 */
import { sendToCloud } from './cloud-transport'
import { cachedCall } from './offline-cache'

/** Only the badge's number: one row asked for, not a page of them. */
export const loadUnseenCount = async (): Promise<number> => {
  const answer = await sendToCloud('consult', 'listMine', { offset: 0, limit: 1 })
  return answer.ok ? answer.data.unseenCount : 0
}

export const loadMonthlyTheme = () => cachedCall('tips:theme', () => sendToCloud('tips', 'theme', {}))

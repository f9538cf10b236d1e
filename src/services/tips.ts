/** Tips as the pages read them: through the cloud, kept on the phone for offline reading. */
import type { TipsListPayload } from '@/core/contracts/tips'
import { callCloud } from './cloud'
import { cachedCall } from './offline-cache'

export const loadTipList = (query: TipsListPayload) =>
  cachedCall(`tips:list:${JSON.stringify(query)}`, () => callCloud('tips', 'list', query))

export const loadTip = (id: string) => cachedCall(`tips:get:${id}`, () => callCloud('tips', 'get', { id }))

export const loadMonthlyTheme = () => cachedCall('tips:theme', () => callCloud('tips', 'theme', {}))

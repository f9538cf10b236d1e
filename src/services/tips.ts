/** Tips as the pages read them: through the cloud, kept on the phone for offline reading. */
import type { PayloadOf } from '@/core/contracts/action'
import { tipsContract, type TipsListPayload } from '@/core/contracts/tips'
import { callCloud } from './cloud'
import { cachedCall, uncached } from './offline-cache'

export const loadTipList = (query: TipsListPayload) =>
  cachedCall(`tips:list:${JSON.stringify(query)}`, () => callCloud('tips', 'list', query))

export const loadTip = (id: string) => cachedCall(`tips:get:${id}`, () => callCloud('tips', 'get', { id }))

/** Admins: every tip, published or not, and the changes (always live, never the phone's copy). */
export const loadAllTips = () => uncached(callCloud('tips', 'adminList', {}))
export const saveTip = (tip: PayloadOf<typeof tipsContract.save>) => callCloud('tips', 'save', tip)
export const setTipPublished = (id: string, published: boolean) => callCloud('tips', 'setPublished', { id, published })

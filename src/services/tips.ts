/** Tips as the pages read them: through the cloud, kept on the phone for offline reading. */
import type { PayloadOf } from '@/core/contracts/action'
import { tipsContract, type AdminTip, type TipsListPayload } from '@/core/contracts/tips'
import { ok, type Envelope } from '@/core/envelope'
import { callCloud } from './cloud'
import { cachedCall, uncached } from './offline-cache'

export const loadTipList = (query: TipsListPayload) => cachedCall(`tips:list:${JSON.stringify(query)}`, () => callCloud('tips', 'list', query))

export const loadTip = (id: string) => cachedCall(`tips:get:${id}`, () => callCloud('tips', 'get', { id }))

/** Admins: every tip, published or not, and the changes (always live, never the phone's copy). */
export const ALL_TIPS_PAGE = 20
/** The largest page the cloud gives of the admins' list. */
const ADMIN_LIST_MAX = 50
export const loadAllTips = (offset = 0) => uncached(callCloud('tips', 'adminList', { offset, limit: ALL_TIPS_PAGE }))

/** One tip, draft or published, for the edit form: the admins' list is read a page at a time until it turns up (null: gone). */
export const loadAdminTip = async (id: string): Promise<Envelope<AdminTip | null>> => {
  for (let offset = 0; ; offset += ADMIN_LIST_MAX) {
    const page = await callCloud('tips', 'adminList', { offset, limit: ADMIN_LIST_MAX })
    if (!page.ok) return page
    const tip = page.data.items.find((t) => t.id === id)
    if (tip || page.data.items.length < ADMIN_LIST_MAX) return ok(tip ?? null)
  }
}
export const saveTip = (tip: PayloadOf<typeof tipsContract.save>) => callCloud('tips', 'save', tip)
export const setTipPublished = (id: string, published: boolean) => callCloud('tips', 'setPublished', { id, published })

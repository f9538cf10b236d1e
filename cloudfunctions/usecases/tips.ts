/** Legal tips: list and search, read one, and this month's theme (一月一主题). */
import type { AdminTip, MonthlyTheme, Tip, TipsListResult } from '../../src/core/contracts/tips'
import type { County } from '../../src/core/county/schema'
import { shanghaiDate, shanghaiMonth } from '../../src/core/domain/time'
import { notFound } from '../runtime/failure'
import type { StaffContext } from '../runtime/context'
import type { Store, TipQuery } from '../store/port'
import { audit } from './staff/member'

const THEME_TIP_COUNT = 5

export const listTips = (store: Store, query: TipQuery): Promise<TipsListResult> => store.tips.list(query)

export const getTip = async (store: Store, id: string): Promise<Tip> => {
  const tip = await store.tips.get(id)
  if (!tip) throw notFound('普法小贴士')
  return tip
}

export const monthlyTheme = async (store: Store, county: County, month: number | undefined, now: Date): Promise<MonthlyTheme> => {
  const wanted = month ?? shanghaiMonth(now)
  // The county schema guarantees one theme per month.
  const theme = county.monthlyThemes.find((t) => t.month === wanted)!
  const { items } = await store.tips.list({ category: theme.category, offset: 0, limit: THEME_TIP_COUNT })
  return { ...theme, tips: items }
}

/** Publishing (admins): every change is dated today and written to the audit trail. */
export const saveTip = async (ctx: StaffContext, input: Omit<Tip, 'updatedAt'> & { published: boolean }): Promise<AdminTip> => {
  const admin = ctx.caller.member
  const { published, ...fields } = input
  const tip: Tip = { ...fields, updatedAt: shanghaiDate(ctx.now()) }
  await ctx.store.tips.save(tip, published)
  await audit(ctx, admin, 'tips.save', undefined, tip.title)
  return { ...tip, published }
}

export const setTipPublished = async (ctx: StaffContext, id: string, published: boolean) => {
  const admin = ctx.caller.member
  // The trail names the tip by its title: read while it is published (before hiding, after showing).
  const shownBefore = await ctx.store.tips.get(id)
  if (!(await ctx.store.tips.setPublished(id, published))) throw notFound('普法小贴士')
  const title = (shownBefore ?? (await ctx.store.tips.get(id)))?.title
  await audit(ctx, admin, published ? 'tips.publish' : 'tips.unpublish', undefined, title)
  return { id, published }
}

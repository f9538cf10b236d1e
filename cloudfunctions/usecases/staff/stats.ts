/**
 * The figures the bureau reports each year: counts by matter, channel, point and outcome over a
 * period, the median time to the first answer, and the share answered by the due time.
 * Anonymised consultations still count: retention keeps these fields.
 */
import type { StatsQuerySchema, StatsResult } from '../../../src/core/contracts/staff'
import { OUTCOMES } from '../../../src/core/contracts/staff'
import { channelLabel } from '../../../src/core/contracts/consult'
import { matterLabel } from '../../../src/core/domain/matters'
import { addDays, shanghaiInstant } from '../../../src/core/domain/time'
import type { z } from '../../../src/core/zod'
import type { StoredConsultation } from '../../store/consult-port'
import type { StaffContext } from '../../runtime/context'
import { audit } from './member'

type Period = z.output<typeof StatsQuerySchema>

const tally = (items: StoredConsultation[], key: (c: StoredConsultation) => string | undefined) =>
  items.reduce<Record<string, number>>((counts, c) => {
    const k = key(c)
    if (k) counts[k] = (counts[k] ?? 0) + 1
    return counts
  }, {})

const median = (values: number[]): number | null => {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : Math.round((sorted[mid - 1] + sorted[mid]) / 2)
}

export const statistics = async (ctx: StaffContext, { from, to }: Period): Promise<StatsResult> => {
  const items = await ctx.store.consultations.createdBetween(
    shanghaiInstant(from, '00:00').toISOString(),
    shanghaiInstant(addDays(to, 1), '00:00').toISOString()
  )
  const answered = items.filter((c) => c.firstAnsweredAt)
  return {
    from,
    to,
    total: items.length,
    byMatter: tally(items, (c) => matterLabel(c.matter)),
    byChannel: tally(items, (c) => channelLabel(c.channel)),
    byPoint: tally(items, (c) => (c.pointId ? (c.pointName ?? c.pointId) : '不限服务点（留言）')),
    byOutcome: tally(items, (c) => OUTCOMES.find((o) => o.id === c.outcome)?.label),
    medianMinutesToFirstAnswer: median(answered.map((c) => Math.round((Date.parse(c.firstAnsweredAt!) - Date.parse(c.createdAt)) / 60_000))),
    answeredOnTimeShare: answered.length ? answered.filter((c) => c.firstAnsweredAt! <= c.dueAt).length / answered.length : null
  }
}

/** CSV with a byte-order mark, so Excel opens the Chinese correctly. */
export const statisticsCsv = async (ctx: StaffContext, period: Period) => {
  const s = await statistics(ctx, period)
  const rows: string[][] = [['分组', '项目', '数量']]
  const groups: Array<[string, Record<string, number>]> = [
    ['问题类型', s.byMatter],
    ['咨询方式', s.byChannel],
    ['服务点', s.byPoint],
    ['办理结果', s.byOutcome]
  ]
  for (const [group, counts] of groups) for (const [item, n] of Object.entries(counts)) rows.push([group, item, String(n)])
  rows.push(['合计', '咨询总数', String(s.total)])
  rows.push(['时效', '首次答复用时中位数（分钟）', s.medianMinutesToFirstAnswer === null ? '' : String(s.medianMinutesToFirstAnswer)])
  rows.push(['时效', '按时答复比例', s.answeredOnTimeShare === null ? '' : `${Math.round(s.answeredOnTimeShare * 100)}%`])
  const quote = (cell: string) => (/[",\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell)
  await audit(ctx, ctx.caller.member, 'stats.export', undefined, `${period.from}~${period.to}`)
  return { filename: `咨询统计-${period.from}-${period.to}.csv`, csv: `\uFEFF${rows.map((r) => r.map(quote).join(',')).join('\r\n')}\r\n` }
}

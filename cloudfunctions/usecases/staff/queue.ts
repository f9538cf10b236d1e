/**
 * The queue: cases in the member's scope, urgent first, then by due time, then by age; counts
 * per status; time left in working hours (on time / amber / red); phones masked until claimed;
 * wage claims against the same employer grouped.
 */
import type { QueueItem, QueueResult, SlaState } from '../../../src/core/contracts/staff'
import type { QueueFilterSchema } from '../../../src/core/contracts/staff'
import { STATUSES, isOpen } from '../../../src/core/domain/consult-status'
import { maskPhone } from '../../../src/core/domain/phone'
import { workingMinutesBetween } from '../../../src/core/domain/working-time'
import type { z } from '../../../src/core/zod'
import type { StaffContext } from '../../runtime/context'
import { workingSchedule } from '../consult/booking-point'
import { toSummary } from '../consult/read'
import { scopeOf } from './member'

/** Amber when less than one working hour is left. */
const AMBER_MINUTES = 60

export const slaOf = (minutesLeft: number): SlaState => (minutesLeft < 0 ? 'red' : minutesLeft <= AMBER_MINUTES ? 'amber' : 'on-time')

const OPEN_STATUSES = STATUSES.filter(isOpen)

export const staffQueue = async (ctx: StaffContext, filter: z.output<typeof QueueFilterSchema>): Promise<QueueResult> => {
  const member = ctx.caller.member
  const { items, total, counts } = await ctx.store.consultations.queue({
    statuses: filter.status ? [filter.status] : OPEN_STATUSES,
    pointIds: scopeOf(member),
    matter: filter.matter,
    channel: filter.channel,
    pointId: filter.pointId,
    assigneeOpenid: filter.mine ? member.openid : undefined,
    offset: filter.offset,
    limit: filter.limit
  })
  const groups = await ctx.store.consultations.openPerEmployer([...new Set(items.flatMap((c) => (c.employerKey ? [c.employerKey] : [])))])
  const schedule = await workingSchedule(ctx)
  const now = ctx.now()
  return {
    total,
    counts,
    items: items.map((c): QueueItem => {
      const minutesLeft = workingMinutesBetween(ctx.county, schedule, now, new Date(c.dueAt))
      const groupSize = c.employerKey ? (groups.get(c.employerKey) ?? 1) : 0
      return {
        ...toSummary(c),
        unseen: false,
        priority: c.priority,
        dueAt: c.dueAt,
        sla: slaOf(minutesLeft),
        minutesLeft,
        applicantName: c.applicant.name,
        phone: c.assigneeOpenid === member.openid ? c.applicant.phone : maskPhone(c.applicant.phone),
        ...(c.assigneeOpenid ? { assignee: { openid: c.assigneeOpenid, name: c.assigneeName ?? '' } } : {}),
        heldForReview: c.heldForReview,
        ...(groupSize > 1 && c.wage ? { employerGroup: { employer: c.wage.employer, count: groupSize } } : {})
      }
    })
  }
}

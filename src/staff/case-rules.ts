/**
 * Which actions the staff case page offers: the same rules the cloud decides with
 * (src/core/domain/case-rules.ts), asked for this case and this staff member. The cloud decides
 * again on every action (a stale page can still be refused, and says why); this only keeps
 * buttons that cannot work off the screen.
 */
import type { StaffCase, StaffProfile } from '@/core/contracts/staff'
import { availableActions as allowed, type CaseFacts, type Viewer } from '@/core/domain/case-rules'

export interface CaseActionsAvailable {
  review: boolean
  claim: boolean
  release: boolean
  reply: boolean
  ask: boolean
  callback: boolean
  handOver: boolean
  note: boolean
  close: boolean
}

/** Text the content check could not clear waits for a person (status 已提交 / 待核对). */
export const isHeld = (c: Pick<StaffCase, 'status'>): boolean => c.status === 'submitted'

const factsOf = (c: StaffCase): CaseFacts => ({
  status: c.status,
  ...(c.point ? { pointId: c.point.id } : {}),
  ...(c.assignee ? { assigneeOpenid: c.assignee.openid } : {}),
  ...(c.slot ? { slot: c.slot } : {}),
  ...(c.rating ? { rating: c.rating } : {})
})

const viewerOf = (me: StaffProfile): Viewer => ({ kind: 'staff', openid: me.openid, name: me.name, admin: me.role === 'admin', pointIds: me.pointIds })

export const availableActions = (c: StaffCase, me: StaffProfile, now: Date = new Date()): CaseActionsAvailable => {
  const can = allowed(factsOf(c), viewerOf(me), now.toISOString())
  return {
    review: can.has('review'),
    claim: can.has('claim'),
    release: can.has('release'),
    reply: can.has('reply'),
    ask: can.has('ask'),
    callback: can.has('callback'),
    handOver: can.has('handOverToPoint') || can.has('handOverToStaff'),
    note: can.has('note'),
    close: can.has('close')
  }
}

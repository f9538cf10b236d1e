/**
 * Which actions the case page offers, from the case's state and who is looking. The cloud
 * decides again on every action (a stale page can still be refused, and says why); this only
 * keeps buttons that cannot work off the screen. Admins may act on any case they can see.
 */
import type { StaffCase, StaffProfile } from '@/core/contracts/staff'

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

export const holdsCase = (c: Pick<StaffCase, 'assignee'>, me: Pick<StaffProfile, 'openid'>): boolean => c.assignee?.openid === me.openid

export const availableActions = (c: StaffCase, me: StaffProfile): CaseActionsAvailable => {
  const mayWork = holdsCase(c, me) || me.role === 'admin'
  const working = mayWork && (c.status === 'in_progress' || c.status === 'awaiting_citizen' || c.status === 'answered')
  return {
    review: isHeld(c),
    claim: c.status === 'queued',
    release: mayWork && c.status === 'in_progress',
    reply: mayWork && c.status === 'in_progress',
    ask: mayWork && c.status === 'in_progress',
    callback: working,
    handOver: working,
    note: true,
    close: working
  }
}

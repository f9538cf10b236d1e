/**
 * Which actions the staff application page offers, from the status machine of
 * src/core/domain/application.ts and the design's rules: one holder acts (an admin too), ask
 * for materials once, grant first only when urgent (第四十四条), deem withdrawn only after the
 * supplement due day. The cloud decides again on every action (a stale page is refused and
 * says why); this only keeps buttons that cannot work off the screen.
 */
import type { ApplicationDetail } from '@/core/contracts/apply'
import type { StaffProfile } from '@/core/contracts/staff'

export interface ApplicationActionsAvailable {
  claim: boolean
  requestMaterials: boolean
  grant: boolean
  grantFirst: boolean
  assign: boolean
  refuse: boolean
  deemWithdrawn: boolean
  close: boolean
  accept: boolean
  decline: boolean
  recordOutcome: boolean
  /** Open the files (the holder and admins only; every view is audited). */
  viewMaterials: boolean
}

type Me = Pick<StaffProfile, 'name' | 'role'>

/**
 * Who holds it, as far as the view tells: the staff view names the holder (handlerName), so
 * "mine" is my name there. The cloud checks the holder by identity on every action.
 */
export const holderOf = (a: Pick<ApplicationDetail, 'handlerName'>, me: Me): 'me' | 'other' | 'none' =>
  a.handlerName === undefined ? 'none' : a.handlerName === me.name ? 'me' : 'other'

export const availableApplicationActions = (a: ApplicationDetail, me: Me, now: Date = new Date()): ApplicationActionsAvailable => {
  const holder = holderOf(a, me)
  const acts = holder === 'me' || me.role === 'admin'
  const is = (...statuses: string[]) => statuses.includes(a.status)
  const none: ApplicationActionsAvailable = {
    claim: false,
    requestMaterials: false,
    grant: false,
    grantFirst: false,
    assign: false,
    refuse: false,
    deemWithdrawn: false,
    close: false,
    accept: false,
    decline: false,
    recordOutcome: false,
    viewMaterials: false
  }
  if (a.kind === 'mediation') {
    return {
      ...none,
      // Accepting is the claim of a mediation request: whoever accepts holds it.
      accept: is('submitted'),
      decline: is('submitted'),
      recordOutcome: acts && is('accepted')
    }
  }
  const aid = a.aid
  const request = aid?.materialsRequest
  const supplementOverdue = Boolean(request && !request.suppliedAt && now.getTime() >= Date.parse(request.dueAt))
  return {
    ...none,
    claim: holder === 'none' && is('submitted', 'awaiting_materials'),
    requestMaterials: acts && is('submitted') && !request,
    grant: acts && is('submitted'),
    grantFirst: acts && Boolean(aid?.urgent) && is('submitted', 'awaiting_materials'),
    assign: acts && is('granted'),
    refuse: acts && is('submitted'),
    deemWithdrawn: acts && is('awaiting_materials') && supplementOverdue,
    close: acts && is('assigned'),
    viewMaterials: acts && (aid?.materials.length ?? 0) > 0
  }
}

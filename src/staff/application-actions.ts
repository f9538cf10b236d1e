/**
 * Which actions the staff application page offers: the same rules the cloud decides with
 * (src/core/domain/application-rules.ts), asked for this application and this staff member.
 * The cloud decides again on every action (a stale page is refused and says why); this only
 * keeps buttons that cannot work off the screen.
 */
import type { ApplicationDetail } from '@/core/contracts/apply'
import type { StaffProfile } from '@/core/contracts/staff'
import type { StoredApplication } from '@/core/domain/application'
import { clockOf, type ApplicationClock } from '@/core/domain/application-clocks'
import { availableApplicationActions as allowed, factsOfView, type ApplicationViewer } from '@/core/domain/application-rules'

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

type Me = Pick<StaffProfile, 'openid' | 'name' | 'role'>

/** Who holds it, by identity (the staff view carries the holder's OPENID; two people may share a name). */
export const holderOf = (a: Pick<ApplicationDetail, 'handler'>, me: Pick<Me, 'openid'>): 'me' | 'other' | 'none' =>
  a.handler === undefined ? 'none' : a.handler.openid === me.openid ? 'me' : 'other'

/** The cloud answered this application to this person, so it is in their scope. */
const viewerOf = (me: Me): ApplicationViewer => ({
  kind: 'staff',
  openid: me.openid,
  name: me.name,
  admin: me.role === 'admin',
  scope: { aid: true, townships: null }
})

export const availableApplicationActions = (a: ApplicationDetail, me: Me, now: Date = new Date()): ApplicationActionsAvailable => {
  const can = allowed(factsOfView(a), viewerOf(me), now.toISOString())
  return {
    claim: can.has('claim'),
    requestMaterials: can.has('requestMaterials'),
    // The rules' grant covers both: a decision needs the materials in (submitted); a first
    // grant (第四十四条) needs an urgent application and may come while materials are awaited.
    grant: can.has('grant') && a.status === 'submitted',
    grantFirst: can.has('grant') && Boolean(a.aid?.urgent),
    assign: can.has('assign'),
    refuse: can.has('refuse'),
    deemWithdrawn: can.has('deemWithdrawn'),
    close: can.has('close'),
    accept: can.has('accept'),
    decline: can.has('decline'),
    recordOutcome: can.has('recordOutcome'),
    viewMaterials: (holderOf(a, me) === 'me' || me.role === 'admin') && (a.aid?.materials.length ?? 0) > 0
  }
}

/**
 * The clock that matters now on the application's page (the queue's items carry their own):
 * the rules' clock, which reads the kind, status and aid dates the view carries under the same names.
 */
export const currentClock = (a: ApplicationDetail): ApplicationClock | undefined => clockOf(a as unknown as StoredApplication)

/**
 * What a use case is given for one call. The action's access level narrows the type: a
 * signed-in action always has an OPENID, a staff action always has the caller's staff record,
 * so use cases never re-check what the router already checked.
 */
import type { County } from '../../src/core/county/schema'
import type { Access, Role } from '../../src/core/roles'
import type { ContentCheck } from '../content-check/port'
import type { FileStore } from '../files/port'
import type { StatusNotifier } from '../notify/port'
import type { StaffMember, Store } from '../store/port'

/**
 * Who is calling: the platform's OPENID (null when not signed in), their staff record if they
 * have one and the action is a staff or admin one (read once per call, by the router), and the
 * role that follows from it. Public and signed-in actions are the same for everyone, so there
 * the record is not read and the role is 'citizen'.
 */
export interface Caller {
  openid: string | null
  role: Role
  member: StaffMember | null
}

export interface HandlerContext<C extends Caller = Caller> {
  caller: C
  store: Store
  county: County
  contentCheck: ContentCheck
  /** Materials' files (cloud storage, or the local cloud's files directory). */
  files: FileStore
  notifier: StatusNotifier
  now: () => Date
}

export type SignedInContext = HandlerContext<Caller & { openid: string }>
export type StaffContext = HandlerContext<{ openid: string; role: 'staff' | 'admin'; member: StaffMember }>

export type ContextFor<A extends Access> = A extends 'public' ? HandlerContext : A extends 'signed-in' ? SignedInContext : StaffContext

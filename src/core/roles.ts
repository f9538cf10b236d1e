/**
 * Who may do what. A caller's role is never read from a payload: the cloud looks it up in the
 * staff collection by the platform's OPENID; anyone not in it is a citizen.
 */
export const ROLES = ['citizen', 'staff', 'admin'] as const
export type Role = (typeof ROLES)[number]

/** What an action requires of its caller. */
export type Access = 'public' | 'signed-in' | 'staff' | 'admin'

const rank: Record<Role, number> = { citizen: 0, staff: 1, admin: 2 }

export const roleMeets = (role: Role, access: Access): boolean => {
  if (access === 'staff') return rank[role] >= rank.staff
  if (access === 'admin') return role === 'admin'
  return true
}

/**
 * The staff workbench as its pages use it. Nothing here is cached on the phone: a queue or a
 * case shown from an old copy could send two people to the same citizen.
 */
import type { z } from '@/core/zod'
import type { AuditQuerySchema, CreateInviteSchema, OutcomeId, QueueFilterSchema } from '@/core/contracts/staff'
import { callCloud } from './cloud'

export type QueueFilter = z.input<typeof QueueFilterSchema>
export type AuditQuery = z.input<typeof AuditQuerySchema>
export type NewInvite = z.input<typeof CreateInviteSchema>

// Who I am, and joining with an invite code.
export const loadMe = () => callCloud('staff', 'me', {})
export const redeemInvite = (code: string) => callCloud('staff', 'redeemInvite', { code: code.trim().toUpperCase() })

// The queue.
export const loadQueue = (filter: QueueFilter) => callCloud('staff', 'queue', filter)
export const claimNext = () => callCloud('staff', 'claimNext', {})

// One case: every answer is the case as it now stands.
export const viewCase = (id: string) => callCloud('staff', 'view', { id })
export const claimCase = (id: string) => callCloud('staff', 'claim', { id })
export const releaseCase = (id: string) => callCloud('staff', 'release', { id })
export const replyToCase = (id: string, text: string, tipIds: string[]) => callCloud('staff', 'reply', { id, text, tipIds })
export const askCitizen = (id: string, text: string) => callCloud('staff', 'ask', { id, text })
export const addNote = (id: string, text: string) => callCloud('staff', 'note', { id, text })
export const logCallback = (id: string, reached: boolean, note?: string) =>
  callCloud('staff', 'logCallback', { id, reached, ...(note?.trim() ? { note: note.trim() } : {}) })
export const handOver = (id: string, to: { pointId: string } | { openid: string }, note: string) =>
  callCloud('staff', 'handOver', { id, note, ...('pointId' in to ? { toPointId: to.pointId } : { toOpenid: to.openid }) })
export const closeCase = (id: string, outcome: OutcomeId, note?: string) =>
  callCloud('staff', 'close', { id, outcome, ...(note?.trim() ? { note: note.trim() } : {}) })
export const reviewHeld = (id: string, approve: boolean) => callCloud('staff', 'reviewHeld', { id, approve })

// Admins: invites, staff, audit trail, statistics.
export const createInvite = (invite: NewInvite) => callCloud('staff', 'createInvite', invite)
export const loadInvites = () => callCloud('staff', 'listInvites', {})
export const revokeInvite = (id: string) => callCloud('staff', 'revokeInvite', { id })
export const loadStaff = () => callCloud('staff', 'listStaff', {})
export const removeStaff = (openid: string) => callCloud('staff', 'removeStaff', { openid })
export const setTownships = (openid: string, townships: string[]) => callCloud('staff', 'setTownships', { openid, townships })
export const loadAudit = (query: AuditQuery) => callCloud('staff', 'audit', query)
export const loadStats = (from: string, to: string) => callCloud('staff', 'stats', { from, to })
export const loadStatsCsv = (from: string, to: string) => callCloud('staff', 'statsCsv', { from, to })

/**
 * Legal-aid applications and mediation requests as the staff pages use them. Nothing is cached
 * on the phone (as with the consultation queue): an old copy could send two people to one case.
 * Every action answers the application as it now stands.
 */
import type { z } from '@/core/zod'
import type { ApplicationQueueSchema, AssignSchema } from '@/core/contracts/apply'
import { callCloud } from './cloud'

export type ApplicationQueueFilter = z.input<typeof ApplicationQueueSchema>
export type Assignee = z.input<typeof AssignSchema>['assignee']

const withNote = (note?: string) => (note?.trim() ? { note: note.trim() } : {})

export const loadApplicationQueue = (filter: ApplicationQueueFilter) => callCloud('apply', 'queue', filter)
export const loadApplication = (id: string) => callCloud('apply', 'get', { id })
export const materialLinkForStaff = (id: string, materialId: string) => callCloud('apply', 'staffMaterialLink', { id, materialId })

// Legal aid
export const claimApplication = (id: string) => callCloud('apply', 'claim', { id })
export const requestMaterials = (id: string, text: string) => callCloud('apply', 'requestMaterials', { id, text })
export const grantAid = (id: string, first: boolean) => callCloud('apply', 'grant', { id, first })
export const assignHelper = (id: string, assignee: Assignee) => callCloud('apply', 'assign', { id, assignee })
export const refuseAid = (id: string, reason: string) => callCloud('apply', 'refuse', { id, reason })
export const deemWithdrawn = (id: string) => callCloud('apply', 'deemWithdrawn', { id })
export const closeAid = (id: string, note?: string) => callCloud('apply', 'close', { id, ...withNote(note) })

// Mediation
export const acceptMediation = (id: string) => callCloud('apply', 'accept', { id })
export const declineMediation = (id: string, reason: string) => callCloud('apply', 'decline', { id, reason })
export const recordMediationOutcome = (id: string, outcome: 'succeeded' | 'failed', note: string) => callCloud('apply', 'recordOutcome', { id, outcome, note })

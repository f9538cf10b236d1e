/**
 * A citizen's legal-aid applications and mediation requests as the pages use them. Nothing here
 * is cached on the phone: the status and what staff asked for must be current.
 */
import type { CreateAid, CreateMediation } from '@/core/contracts/apply'
import type { z } from '@/core/zod'
import type { NewMaterialSchema } from '@/core/contracts/apply'
import { callCloud } from './cloud'

export type NewMaterial = z.input<typeof NewMaterialSchema>

export const submitAidApplication = (form: CreateAid) => callCloud('apply', 'createAid', form)
export const submitMediationRequest = (form: CreateMediation) => callCloud('apply', 'createMediation', form)
/** 我的申请 shows this many at a time (the contract's largest page). */
export const MY_APPLICATIONS_PAGE = 20
export const loadMyApplications = (offset = 0) => callCloud('apply', 'listMine', { offset, limit: MY_APPLICATIONS_PAGE })
export const loadMyApplication = (id: string) => callCloud('apply', 'getMine', { id })
export const addMaterials = (id: string, clientRequestId: string, materials: NewMaterial[], note: string) =>
  callCloud('apply', 'addMaterials', { id, clientRequestId, materials, ...(note.trim() ? { note: note.trim() } : {}) })
export const withdrawApplication = (id: string, reason: string) => callCloud('apply', 'withdraw', { id, reason })
export const materialLink = (id: string, materialId: string) => callCloud('apply', 'materialLink', { id, materialId })
export const setApplicationFollow = (id: string, allowed: boolean) => callCloud('apply', 'setFamilyFollow', { id, allowed })

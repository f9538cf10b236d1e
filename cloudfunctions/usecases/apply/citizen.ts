/**
 * What a citizen does to their own application: add materials (which answers a request for
 * them), withdraw it, open one of its files, and turn 家人查进度 on or off. The rules are in
 * src/core/domain/application-rules.ts; each change is one unit of work (act.ts).
 */
import type { AddMaterialsSchema, ApplicationDetail, MaterialLink } from '../../../src/core/contracts/apply'
import type { StoredApplication } from '../../../src/core/domain/application'
import { applicationRefusalOf } from '../../../src/core/domain/application-rules'
import type { z } from '../../../src/core/zod'
import type { FileStore } from '../../files/port'
import { AppFailure, notFound } from '../../runtime/failure'
import type { SignedInContext } from '../../runtime/context'
import { ownerViewer } from '../act-on-case'
import { duplicateRefusal, fingerprintOf } from '../consult/create'
import { actOnApplication, type ApplicationActionRequest } from './act'
import { applyRequestKeyOf } from './create'
import { checkUploads, claimUploads } from './materials'
import { ownedApplication, ownerDetail, seenDetail } from './read'

/** How long a file link works: long enough to look at it, short enough that a forwarded link soon dies. */
export const LINK_SECONDS = 600

const citizenAct = async (ctx: SignedInContext, request: Omit<ApplicationActionRequest, 'viewerOf'>): Promise<ApplicationDetail> =>
  ownerDetail(ctx, await actOnApplication(ctx, { ...request, viewerOf: ownerViewer(ctx.caller.openid) }))

export const addMaterials = async (ctx: SignedInContext, payload: z.output<typeof AddMaterialsSchema>): Promise<ApplicationDetail> => {
  const { id, clientRequestId, materials, note } = payload
  const key = applyRequestKeyOf(ctx.caller.openid, clientRequestId)
  const fingerprint = fingerprintOf(payload)
  // Independent reads, sent together; a retry is answered from the application already read.
  const [a, earlier] = await Promise.all([ownedApplication(ctx, id), ctx.store.consultations.request(key)])
  if (earlier) {
    if (earlier.fingerprint !== fingerprint) throw duplicateRefusal()
    return seenDetail(ctx, a)
  }
  // A finished application is refused before any file is read.
  const refusal = applicationRefusalOf(a, 'addMaterials', { kind: 'owner' }, ctx.now().toISOString())
  if (refusal) throw new AppFailure(refusal.code, refusal.message)
  const checked = await checkUploads(ctx, materials, a.kind === 'aid' ? a.aid.materials.length : 0)
  const at = ctx.now().toISOString()
  return citizenAct(ctx, {
    id,
    alreadyDone: async (uow) => {
      const retried = await uow.request(key)
      if (retried && retried.fingerprint !== fingerprint) throw duplicateRefusal()
      return Boolean(retried)
    },
    // Claimed inside the unit, against what the application holds now.
    action: async (current, uow) => ({
      type: 'addMaterials',
      materials: await claimUploads(uow, id, checked, current.kind === 'aid' ? current.aid.materials : [], at),
      ...(note ? { note } : {})
    }),
    alongside: (uow) => uow.saveRequest({ key, fingerprint, resultId: id, at })
  })
}

export const withdrawApplication = (ctx: SignedInContext, id: string, reason: string) => citizenAct(ctx, { id, action: { type: 'withdraw', reason } })

export const setApplicationFollow = (ctx: SignedInContext, id: string, allowed: boolean) =>
  citizenAct(ctx, { id, action: { type: 'setFamilyFollow', allowed } })

/** A short-lived link to one file of an application (only ever asked for by someone allowed to see it). */
export const linkToMaterial = async (files: FileStore, a: StoredApplication, materialId: string): Promise<MaterialLink> => {
  const material = a.kind === 'aid' ? a.aid.materials.find((m) => m.id === materialId) : undefined
  if (!material) throw notFound('材料')
  const { url, expiresAt } = await files.link(material.fileKey, LINK_SECONDS)
  return { url, expiresAt, name: material.name, type: material.type }
}

export const myMaterialLink = async (ctx: SignedInContext, id: string, materialId: string): Promise<MaterialLink> =>
  linkToMaterial(ctx.files, await ownedApplication(ctx, id), materialId)

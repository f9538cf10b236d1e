/**
 * The `apply` cloud function: a citizen applies for legal aid or asks for people's mediation,
 * adds materials and follows it; the legal aid centre reviews applications against the
 * statutory clocks, and a township's mediation staff handle the requests of their township.
 */
import { applyContract } from '../../src/core/contracts/apply'
import { defineFunction } from '../runtime/define-function'
import { addMaterials, myMaterialLink, setApplicationFollow, withdrawApplication } from '../usecases/apply/citizen'
import { createAid, createMediation } from '../usecases/apply/create'
import { getMyApplication, listMyApplications } from '../usecases/apply/read'
import {
  acceptMediation,
  applicationQueue,
  assignAid,
  claimApplication,
  closeAid,
  declineMediation,
  deemWithdrawn,
  grantAid,
  recordOutcome,
  refuseAid,
  requestMaterials,
  staffMaterialLink,
  viewApplication
} from '../usecases/apply/staff'

export const apply = defineFunction('apply', applyContract, {
  createAid: { access: 'signed-in', run: (form, ctx) => createAid(ctx, form) },
  createMediation: { access: 'signed-in', run: (form, ctx) => createMediation(ctx, form) },
  listMine: { access: 'signed-in', run: ({ offset, limit }, ctx) => listMyApplications(ctx, offset, limit) },
  getMine: { access: 'signed-in', run: ({ id }, ctx) => getMyApplication(ctx, id) },
  addMaterials: { access: 'signed-in', run: (payload, ctx) => addMaterials(ctx, payload) },
  withdraw: { access: 'signed-in', run: ({ id, reason }, ctx) => withdrawApplication(ctx, id, reason) },
  materialLink: { access: 'signed-in', run: ({ id, materialId }, ctx) => myMaterialLink(ctx, id, materialId) },
  setFamilyFollow: { access: 'signed-in', run: ({ id, allowed }, ctx) => setApplicationFollow(ctx, id, allowed) },
  queue: { access: 'staff', run: (query, ctx) => applicationQueue(ctx, query) },
  get: { access: 'staff', run: ({ id }, ctx) => viewApplication(ctx, id) },
  claim: { access: 'staff', run: ({ id }, ctx) => claimApplication(ctx, id) },
  requestMaterials: { access: 'staff', run: ({ id, text }, ctx) => requestMaterials(ctx, id, text) },
  grant: { access: 'staff', run: ({ id, first }, ctx) => grantAid(ctx, id, first) },
  assign: { access: 'staff', run: (payload, ctx) => assignAid(ctx, payload) },
  refuse: { access: 'staff', run: ({ id, reason }, ctx) => refuseAid(ctx, id, reason) },
  deemWithdrawn: { access: 'staff', run: ({ id }, ctx) => deemWithdrawn(ctx, id) },
  close: { access: 'staff', run: ({ id, note }, ctx) => closeAid(ctx, id, note) },
  accept: { access: 'staff', run: ({ id }, ctx) => acceptMediation(ctx, id) },
  decline: { access: 'staff', run: ({ id, reason }, ctx) => declineMediation(ctx, id, reason) },
  recordOutcome: { access: 'staff', run: (payload, ctx) => recordOutcome(ctx, payload) },
  staffMaterialLink: { access: 'staff', run: ({ id, materialId }, ctx) => staffMaterialLink(ctx, id, materialId) }
})

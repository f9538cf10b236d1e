/** The `staff` cloud function: the workbench. Staff actions need a staff role, management an admin. */
import { staffContract } from '../../src/core/contracts/staff'
import { defineFunction } from '../runtime/define-function'
import { auditTrail } from '../usecases/staff/audit-trail'
import { createInvite, listInvites, listStaff, profileOf, redeemInvite, removeStaff, revokeInvite, setTownships } from '../usecases/staff/invites'
import { staffQueue } from '../usecases/staff/queue'
import { statistics, statisticsCsv } from '../usecases/staff/stats'
import {
  addInternalNote,
  askCitizen,
  claimCase,
  claimNextCase,
  closeCase,
  handOverCase,
  logCallback,
  releaseCase,
  replyToCitizen,
  reviewHeldCase,
  viewCase
} from '../usecases/staff/work'

export const staff = defineFunction('staff', staffContract, {
  me: { access: 'staff', run: async (_p, ctx) => profileOf(ctx.caller.member) },
  redeemInvite: { access: 'signed-in', run: ({ code }, ctx) => redeemInvite(ctx, code) },
  createInvite: { access: 'admin', run: (input, ctx) => createInvite(ctx, input) },
  listInvites: { access: 'admin', run: (_p, ctx) => listInvites(ctx) },
  revokeInvite: { access: 'admin', run: ({ id }, ctx) => revokeInvite(ctx, id) },
  listStaff: { access: 'admin', run: (_p, ctx) => listStaff(ctx) },
  removeStaff: { access: 'admin', run: ({ openid }, ctx) => removeStaff(ctx, openid) },
  setTownships: { access: 'admin', run: ({ openid, townships }, ctx) => setTownships(ctx, openid, townships) },
  queue: { access: 'staff', run: (filter, ctx) => staffQueue(ctx, filter) },
  view: { access: 'staff', run: ({ id }, ctx) => viewCase(ctx, id) },
  claim: { access: 'staff', run: ({ id }, ctx) => claimCase(ctx, id) },
  claimNext: { access: 'staff', run: (_p, ctx) => claimNextCase(ctx) },
  release: { access: 'staff', run: ({ id }, ctx) => releaseCase(ctx, id) },
  reply: { access: 'staff', run: ({ id, text, tipIds }, ctx) => replyToCitizen(ctx, id, text, tipIds) },
  ask: { access: 'staff', run: ({ id, text }, ctx) => askCitizen(ctx, id, text) },
  note: { access: 'staff', run: ({ id, text }, ctx) => addInternalNote(ctx, id, text) },
  logCallback: { access: 'staff', run: ({ id, reached, note }, ctx) => logCallback(ctx, id, reached, note) },
  handOver: { access: 'staff', run: ({ id, note, toPointId, toOpenid }, ctx) => handOverCase(ctx, id, note, toPointId, toOpenid) },
  close: { access: 'staff', run: ({ id, outcome, note }, ctx) => closeCase(ctx, id, outcome, note) },
  reviewHeld: { access: 'staff', run: ({ id, approve }, ctx) => reviewHeldCase(ctx, id, approve) },
  audit: { access: 'admin', run: (query, ctx) => auditTrail(ctx, query) },
  stats: { access: 'admin', run: (period, ctx) => statistics(ctx, period) },
  statsCsv: { access: 'admin', run: (period, ctx) => statisticsCsv(ctx, period) }
})

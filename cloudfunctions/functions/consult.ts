/** The `consult` cloud function: a citizen books a consultation and follows it to the answer; family may follow its status. */
import { consultContract } from '../../src/core/contracts/consult'
import { defineFunction } from '../runtime/define-function'
import { addCitizenMessage, cancelConsultation, rateConsultation, rescheduleConsultation } from '../usecases/consult/change'
import { createConsultation } from '../usecases/consult/create'
import { followConsultation, setFamilyFollow } from '../usecases/consult/follow'
import { getMine, listMine } from '../usecases/consult/read'
import { availableSlots } from '../usecases/consult/slots'

export const consult = defineFunction('consult', consultContract, {
  slots: { access: 'public', run: ({ channel, pointId }, ctx) => availableSlots(ctx, channel, pointId) },
  create: { access: 'signed-in', run: (form, ctx) => createConsultation(ctx, form) },
  listMine: { access: 'signed-in', run: ({ offset, limit }, ctx) => listMine(ctx, offset, limit) },
  getMine: { access: 'signed-in', run: ({ id }, ctx) => getMine(ctx, id) },
  cancel: { access: 'signed-in', run: ({ id, reason }, ctx) => cancelConsultation(ctx, id, reason) },
  reschedule: { access: 'signed-in', run: ({ id, slotStart }, ctx) => rescheduleConsultation(ctx, id, slotStart) },
  addMessage: { access: 'signed-in', run: ({ id, text, clientRequestId }, ctx) => addCitizenMessage(ctx, id, text, clientRequestId) },
  rate: { access: 'signed-in', run: ({ id, score, comment }, ctx) => rateConsultation(ctx, id, score, comment) },
  // 家人查进度: anyone with the ticket and the phone's last four digits; guesses are counted and audited.
  follow: { access: 'public', run: (payload, ctx) => followConsultation(ctx, payload) },
  setFamilyFollow: { access: 'signed-in', run: ({ id, allowed }, ctx) => setFamilyFollow(ctx, id, allowed) }
})

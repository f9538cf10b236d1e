/**
 * The first send of a booking or a message: checked against the shared contract (callCloud),
 * and kept in the outbox (outbox.ts) when the network fails on the way. Lives apart from the
 * outbox so that pages which send (in the consult subpackage) carry zod, and the main package,
 * where the outbox starts, does not.
 */
import type { ConsultationDetail } from '@/core/contracts/consult'
import type { Envelope } from '@/core/envelope'
import { sendMessage, submitConsultation } from './consult'
import { isNetworkFailure, keep, rememberSent, type Outgoing, type SendResult } from './outbox'

const send = (item: Outgoing): Promise<Envelope<ConsultationDetail>> =>
  item.kind === 'booking' ? submitConsultation(item.payload) : sendMessage(item.payload.id, item.payload.text, item.payload.clientRequestId)

/** Sends now; on a network failure keeps it in the outbox instead. */
export const sendOrKeep = async (item: Outgoing): Promise<SendResult> => {
  const answer = await send(item)
  if (answer.ok) {
    rememberSent(item.requestId)
    return { status: 'sent', data: answer.data }
  }
  if (!isNetworkFailure(answer.error)) return { status: 'refused', error: answer.error }
  keep(item)
  return { status: 'kept' }
}

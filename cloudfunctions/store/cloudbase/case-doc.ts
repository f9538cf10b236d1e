/**
 * A consultation's document on CloudBase: the consultation, its timeline and its thread in one
 * document (so one action is one document write), and `unseen`, kept as a field because
 * CloudBase cannot compare two fields in a query. Lists read it without the thread.
 */
import type { StoredConsultation, StoredEvent, StoredMessage } from '../consult-port'

export type CaseDoc = Omit<StoredConsultation, 'id'> & { _id: string; unseen: boolean; events: StoredEvent[]; messages: StoredMessage[] }

/** The projection that leaves the thread out of a read. */
export const WITHOUT_THREAD = { events: false, messages: false } as const

export const consultationOf = ({
  _id,
  unseen: _unseen,
  events: _events,
  messages: _messages,
  ...rest
}: Partial<CaseDoc> & { _id: string }): StoredConsultation => ({ id: _id, ...rest }) as StoredConsultation

export const caseDocOf = ({ id, ...rest }: StoredConsultation, thread: { events: StoredEvent[]; messages: StoredMessage[] }): CaseDoc => ({
  _id: id,
  ...rest,
  unseen: rest.statusChangedAt > rest.citizenSeenAt,
  ...thread
})

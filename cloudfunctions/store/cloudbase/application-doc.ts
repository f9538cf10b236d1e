/**
 * An application's document on CloudBase: the application (its id as `_id`) and the fields
 * the queue sorts and filters on, made from it on every write (application-queue.ts), because
 * CloudBase can neither sort by a computed value nor by whether a nested field exists:
 * `urgent` (1 or 0), `dueAt` (the clock that matters now), for mediation `township`, and
 * `unseen` (changed since the citizen last looked: CloudBase cannot compare two fields).
 * Reads leave them out, so an application reads back exactly as it was written.
 */
import type { StoredApplication } from '../application-port'
import { isUrgent, queueDueAt, routedTownship } from '../application-queue'

export interface QueueFields {
  urgent: 0 | 1
  dueAt: string
  township?: string
  unseen: boolean
}

export type ApplicationDoc = Omit<StoredApplication, 'id'> & QueueFields & { _id: string }

export const applicationDocOf = (a: StoredApplication): ApplicationDoc => {
  // An undefined field (a rule clearing one) is dropped by the SDK's serializer, at any depth,
  // as JSON.stringify drops it on SQLite: both read back without it (the contract test's whole save).
  const { id, ...rest } = a
  const township = routedTownship(a)
  return {
    _id: id,
    ...rest,
    urgent: isUrgent(a) ? 1 : 0,
    dueAt: queueDueAt(a),
    ...(township !== null ? { township } : {}),
    unseen: a.statusChangedAt > a.citizenSeenAt
  } as ApplicationDoc
}

export const applicationOf = ({ _id, urgent: _urgent, dueAt: _dueAt, township: _township, unseen: _unseen, ...rest }: ApplicationDoc): StoredApplication =>
  ({ id: _id, ...rest }) as StoredApplication

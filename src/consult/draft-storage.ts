/**
 * The booking form kept on the phone while it is filled in (and while it waits in the outbox),
 * so closing the page or losing the signal loses nothing. It goes when the booking is sent or
 * the citizen throws it away.
 */
import { readStored, removeStored, writeStored } from '@/services/storage'
import { wasSent } from '@/services/outbox'
import type { Draft, Step } from './draft'

const KEY = 'consult:draft'

export interface KeptDraft {
  draft: Draft
  step: Step
}

export const keepDraft = (kept: KeptDraft): void => writeStored(KEY, kept)

export const discardDraft = (): void => removeStored(KEY)

/** The draft to go on with, unless it was already sent (from the outbox, maybe while the page was closed). */
export const keptDraft = (): KeptDraft | undefined => {
  const kept = readStored<KeptDraft>(KEY)
  if (kept && wasSent(kept.draft.clientRequestId)) {
    discardDraft()
    return undefined
  }
  return kept
}

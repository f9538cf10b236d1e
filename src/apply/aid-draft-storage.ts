/**
 * The legal-aid application kept on the phone while it is filled in, so closing the page or
 * losing the signal loses nothing (the uploaded files' keys included). It goes when the
 * application is sent or the applicant throws it away.
 */
import { readStored, removeStored, writeStored } from '@/services/storage'
import type { AidDraft, AidStep } from './aid-draft'

const KEY = 'apply:aid-draft'

export interface KeptAidDraft {
  draft: AidDraft
  step: AidStep
}

export const keepAidDraft = (kept: KeptAidDraft): void => writeStored(KEY, kept)
export const discardAidDraft = (): void => removeStored(KEY)
export const keptAidDraft = (): KeptAidDraft | undefined => readStored<KeptAidDraft>(KEY)

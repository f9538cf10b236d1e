/**
 * The mediation request while it is being filled in, and how it becomes the `createMediation`
 * payload (checked whole with the contract the cloud uses before it is sent).
 */
import { CreateMediationSchema, type CreateMediation } from '@/core/contracts/apply'
import { PRIVACY_NOTICE_VERSION, type ConsultationDetail } from '@/core/contracts/consult'
import type { FieldIssue } from '@/core/envelope'
import { parseWith } from '@/core/validation'
import type { ApplicantDraft } from './components/ApplicantFields'

export interface MediationDraft extends ApplicantDraft {
  clientRequestId: string
  fromConsultationId?: string
  /** A category id of the county file (mediationCategories). */
  category: string
  /** Where it happened: decides the committee. */
  township: string
  otherParty: { name: string; contact: string }
  description: string
  consented: boolean
}

export const emptyMediationDraft = (clientRequestId: string): MediationDraft => ({
  clientRequestId,
  category: '',
  township: '',
  otherParty: { name: '', contact: '' },
  description: '',
  applicant: { name: '', phone: '', township: '' },
  forSomeoneElse: false,
  onBehalf: { personName: '', relationship: '', consentConfirmed: false },
  consented: false
})

/** Started from a consultation: the applicant and the story are carried over. */
export const mediationDraftFromConsultation = (draft: MediationDraft, c: ConsultationDetail): MediationDraft => ({
  ...draft,
  fromConsultationId: c.id,
  applicant: { name: c.applicant.name, phone: c.applicant.phone, township: c.applicant.township },
  ...(c.onBehalf ? { forSomeoneElse: true, onBehalf: c.onBehalf } : {}),
  description: c.description
})

export const toMediationPayload = (draft: MediationDraft): CreateMediation => {
  const name = draft.otherParty.name.trim()
  const contact = draft.otherParty.contact.trim()
  return {
    clientRequestId: draft.clientRequestId,
    ...(draft.fromConsultationId ? { fromConsultationId: draft.fromConsultationId } : {}),
    category: draft.category,
    township: draft.township,
    ...(name || contact ? { otherParty: { ...(name ? { name } : {}), ...(contact ? { contact } : {}) } } : {}),
    description: draft.description,
    applicant: draft.applicant,
    ...(draft.forSomeoneElse ? { onBehalf: draft.onBehalf as CreateMediation['onBehalf'] } : {}),
    consent: { sensitive: draft.consented as true, version: PRIVACY_NOTICE_VERSION }
  }
}

export const mediationIssues = (draft: MediationDraft): FieldIssue[] => {
  const parsed = parseWith(CreateMediationSchema, toMediationPayload(draft))
  return parsed.ok ? [] : parsed.issues
}

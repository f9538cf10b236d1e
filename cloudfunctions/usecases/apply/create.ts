/**
 * Applying: a legal-aid application (with its materials) or a mediation request, as one unit
 * of work — the request-id record, the day's ticket counter of the kind, the file claims and
 * the application are written together or not at all. As in booking, a retried submission
 * (same client request id from the same citizen) answers the first result, a different
 * submission under a used id is refused, and a citizen has at most 5 open applications.
 */
import crypto from 'node:crypto'
import type { ApplicationDetail, CreateAidSchema, CreateMediationSchema } from '../../../src/core/contracts/apply'
import { TICKET_SUFFIX, type ApplicationKind, type StoredApplication } from '../../../src/core/domain/application'
import { decideByOf } from '../../../src/core/domain/application-clocks'
import { ticketNumber } from '../../../src/core/domain/ticket'
import { shanghaiDate } from '../../../src/core/domain/time'
import type { z } from '../../../src/core/zod'
import type { UnitOfWork } from '../../store/consult-port'
import { AppFailure } from '../../runtime/failure'
import type { SignedInContext } from '../../runtime/context'
import { duplicateRefusal, fingerprintOf, OPEN_LIMIT, requestKeyOf } from '../consult/create'
import { ownedConsultation } from '../consult/read'
import { checkUploads, claimUploads, type CheckedUpload } from './materials'
import { getMyApplication, ownerDetail } from './read'

type AidForm = z.output<typeof CreateAidSchema>
type MediationForm = z.output<typeof CreateMediationSchema>
type CommonForm = AidForm | MediationForm

/** Request ids of applications live beside booking's, in their own namespace. */
export const applyRequestKeyOf = (openid: string, clientRequestId: string): string => requestKeyOf(openid, `apply:${clientRequestId}`)

/** The day's ticket counter of a kind (HSY-… and HST-… count apart from consultations' HS-…). */
export const ticketCounterKey = (kind: ApplicationKind, date: string): string => `${TICKET_SUFFIX[kind]}:${date}`

const limitRefusal = () => new AppFailure('CONSULT.LIMIT', `您已经有 ${OPEN_LIMIT} 个申请正在办理，请等办完再申请。急事请拨打 12348。`)

/** What every application carries, before it has an id and a ticket. */
const commonPart = (ctx: SignedInContext, form: CommonForm, key: string, at: string) => ({
  ownerOpenid: ctx.caller.openid,
  applicant: form.applicant,
  ...(form.onBehalf ? { onBehalf: form.onBehalf } : {}),
  description: form.description,
  ...(form.fromConsultationId ? { fromConsultationId: form.fromConsultationId } : {}),
  consentVersion: form.consent.version,
  consentedAt: at,
  requestKey: key,
  createdAt: at,
  updatedAt: at,
  statusChangedAt: at,
  citizenSeenAt: at,
  events: [{ at, kind: 'submitted' as const, actor: 'citizen' as const }]
})

type Draft = (ids: { id: string; ticket: string }, uow: UnitOfWork) => Promise<StoredApplication>

/**
 * The checks before the unit (a retry, the limit, the consultation it came from), then the
 * unit: the request record read again (the same request may race itself), the ticket, the
 * application as `draft` makes it.
 */
const submit = async (
  ctx: SignedInContext,
  kind: ApplicationKind,
  form: CommonForm,
  prepare: (key: string, at: string) => Promise<Draft>
): Promise<ApplicationDetail> => {
  const openid = ctx.caller.openid
  const key = applyRequestKeyOf(openid, form.clientRequestId)
  const fingerprint = fingerprintOf(form)
  const [earlier, open] = await Promise.all([ctx.store.consultations.request(key), ctx.store.applications.countOpenByOwner(openid)])
  // A retry of a finished request answers its result, whatever the limit says now.
  if (earlier) {
    if (earlier.fingerprint !== fingerprint) throw duplicateRefusal()
    return getMyApplication(ctx, earlier.resultId)
  }
  if (open >= OPEN_LIMIT) throw limitRefusal()
  // Someone else's consultation answers as if it did not exist.
  if (form.fromConsultationId) await ownedConsultation(ctx, form.fromConsultationId)
  const at = ctx.now().toISOString()
  const draft = await prepare(key, at)
  const counterKey = ticketCounterKey(kind, shanghaiDate(ctx.now()))
  const id = crypto.randomUUID()
  const outcome = await ctx.store.unitOfWork(async (uow): Promise<{ created: StoredApplication } | { earlierId: string }> => {
    const [retried, lastTicket] = await Promise.all([uow.request(key), uow.ticketCounter(counterKey)])
    if (retried) {
      if (retried.fingerprint !== fingerprint) throw duplicateRefusal()
      return { earlierId: retried.resultId }
    }
    const ticket = ticketNumber(`${ctx.county.ticketPrefix}${TICKET_SUFFIX[kind]}`, ctx.now(), lastTicket + 1)
    const created = await draft({ id, ticket }, uow)
    await Promise.all([
      uow.insertApplication(created),
      uow.setTicketCounter(counterKey, lastTicket + 1),
      uow.saveRequest({ key, fingerprint, resultId: id, at })
    ])
    return { created }
  })
  if ('earlierId' in outcome) return getMyApplication(ctx, outcome.earlierId)
  return ownerDetail(ctx, outcome.created)
}

export const createAid = (ctx: SignedInContext, form: AidForm): Promise<ApplicationDetail> =>
  submit(ctx, 'aid', form, async (key, at) => {
    // The files are read before the unit; the unit claims them.
    const checked: CheckedUpload[] = await checkUploads(ctx, form.materials, 0)
    return async ({ id, ticket }, uow) => ({
      ...commonPart(ctx, form, key, at),
      id,
      ticket,
      kind: 'aid',
      status: 'submitted',
      aid: {
        matter: form.matter,
        finance: form.finance,
        promisedAt: at,
        ...(form.urgent ? { urgent: form.urgent } : {}),
        materials: await claimUploads(uow, id, checked, [], at),
        decideBy: decideByOf(at)
      }
    })
  })

const invalid = (path: string, message: string) => new AppFailure('INPUT.INVALID', message, [{ path, message }])

export const createMediation = (ctx: SignedInContext, form: MediationForm): Promise<ApplicationDetail> =>
  submit(ctx, 'mediation', form, async (key, at) => {
    // The schema cannot know the county: its townships and categories are checked here.
    if (!ctx.county.townships.some((t) => t.name === form.township)) throw invalid('township', '没有这个乡镇，请重新选择事情发生的乡镇')
    if (!ctx.county.mediationCategories.some((c) => c.id === form.category)) throw invalid('category', '请重新选择纠纷的种类')
    // Both optional: only what was written is kept.
    const otherParty = {
      ...(form.otherParty?.name ? { name: form.otherParty.name } : {}),
      ...(form.otherParty?.contact ? { contact: form.otherParty.contact } : {})
    }
    return async ({ id, ticket }) => ({
      ...commonPart(ctx, form, key, at),
      id,
      ticket,
      kind: 'mediation',
      status: 'submitted',
      mediation: { category: form.category, township: form.township, ...(Object.keys(otherParty).length ? { otherParty } : {}) }
    })
  })

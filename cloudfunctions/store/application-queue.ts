/**
 * What both stores index an application by, derived from the document on every write (the
 * document stays the truth): the township it is routed to, the urgent flag, the clock the
 * queue orders by, and which statuses are open or finished.
 */
import { AID_STATUSES, isApplicationOpen, MEDIATION_STATUSES, type ApplicationStatus, type StoredApplication } from '../../src/core/domain/application'

/**
 * The clock that matters now (as `StaffApplicationItem.clock`): aid under review → decide by;
 * waiting for the citizen's materials → their due day (then it may be deemed withdrawn);
 * granted → appoint by. Mediation has no statutory clock: its age orders it.
 */
export const queueDueAt = (a: StoredApplication): string => {
  if (a.kind === 'mediation') return a.createdAt
  if (a.status === 'awaiting_materials' && a.aid.materialsRequest) return a.aid.materialsRequest.dueAt
  if (a.status === 'granted' && a.aid.appointBy) return a.aid.appointBy
  return a.aid.decideBy
}

/** 第四十四条: only legal aid has urgent applications. */
export const isUrgent = (a: StoredApplication): boolean => a.kind === 'aid' && a.aid.urgent !== undefined

/** The township whose 调解委员会 handles a mediation request; aid is handled county-wide (none). */
export const routedTownship = (a: StoredApplication): string | null => (a.kind === 'mediation' ? a.mediation.township : null)

const BY_KIND = [
  ...AID_STATUSES.map((status) => ({ kind: 'aid' as const, status })),
  ...MEDIATION_STATUSES.map((status) => ({ kind: 'mediation' as const, status }))
]

/**
 * Open statuses of either kind. A status is open in every kind that has it (`submitted` is in
 * both), so a status list alone says whether an application is open; the test of the store
 * checks it stays so.
 */
export const OPEN_APPLICATION_STATUSES: ApplicationStatus[] = [...new Set(BY_KIND.filter(isApplicationOpen).map((s) => s.status))]

/**
 * Finished: no step can follow (retention may anonymise them). `assigned` is not open (the
 * application was decided) but the case can still be closed, so it is not finished either.
 */
export const FINISHED_APPLICATION_STATUSES: ApplicationStatus[] = ['refused', 'withdrawn', 'closed', 'succeeded', 'failed', 'declined']

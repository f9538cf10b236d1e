/**
 * What both stores index an application by, derived from the document on every write (the
 * document stays the truth): the township it is routed to, the urgent flag, the clock the
 * queue orders by, and which statuses are open, working or finished.
 */
import {
  AID_STATUSES,
  isApplicationFinished,
  isApplicationOpen,
  MEDIATION_STATUSES,
  startsRetention,
  type ApplicationStatus,
  type StoredApplication
} from '../../src/core/domain/application'
import { clockOf } from '../../src/core/domain/application-clocks'

/** The day the clock that matters now runs out: the staff list's clock (clockOf), so order and display agree. */
const runningClock = (a: StoredApplication): string | null => clockOf(a)?.dueAt ?? null

/** Sorts after every real day: applications with no clock running come after those with one, oldest first. */
export const NO_CLOCK = '9999-12-31T23:59:59.999Z'

/** What the queue orders by after the urgent flag. */
export const queueDueAt = (a: StoredApplication): string => runningClock(a) ?? NO_CLOCK

/**
 * 第四十四条: an urgent legal-aid application comes first while a clock runs on it; once the
 * 承办人 is appointed (or it ended) nothing is pressing any more.
 */
export const isUrgent = (a: StoredApplication): boolean => a.kind === 'aid' && a.aid.urgent !== undefined && runningClock(a) !== null

/** The township whose 调解委员会 handles a mediation request; aid is handled county-wide (none). */
export const routedTownship = (a: StoredApplication): string | null => (a.kind === 'mediation' ? a.mediation.township : null)

const BY_KIND = [
  ...AID_STATUSES.map((status) => ({ kind: 'aid' as const, status })),
  ...MEDIATION_STATUSES.map((status) => ({ kind: 'mediation' as const, status }))
]

/** The statuses of either kind for which `holds` is true (a status means the same in every kind that has it). */
const statusesWhere = (holds: (a: { kind: 'aid' | 'mediation'; status: ApplicationStatus }) => boolean): ApplicationStatus[] => [
  ...new Set(BY_KIND.filter(holds).map((s) => s.status))
]

/**
 * Open statuses of either kind. A status is open in every kind that has it (`submitted` is in
 * both), so a status list alone says whether an application is open; the test of the store
 * checks it stays so.
 */
export const OPEN_APPLICATION_STATUSES = statusesWhere(isApplicationOpen)

/**
 * Finished: no step can follow (retention may anonymise them). `assigned` is not open (the
 * application was decided) but the case can still be closed, so it is not finished either.
 */
export const FINISHED_APPLICATION_STATUSES = statusesWhere(isApplicationFinished)

/**
 * The retention period runs from these: every finished status, and `assigned` — once the
 * centre has appointed the 承办人 the case file lives with them, and an assigned case nobody
 * marks 办结 must not keep the applicant's data for ever.
 */
export const RETENTION_APPLICATION_STATUSES = statusesWhere(startsRetention)

/** Someone still works on it: every status not finished (staff's default lists). */
export const WORKING_APPLICATION_STATUSES: ApplicationStatus[] = [...new Set(BY_KIND.map((s) => s.status))].filter(
  (s) => !FINISHED_APPLICATION_STATUSES.includes(s)
)

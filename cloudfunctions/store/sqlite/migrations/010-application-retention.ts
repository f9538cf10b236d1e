// The retention period of an application also runs from its appointment (`assigned`): an
// assigned case nobody marks 办结 would otherwise keep the applicant's data for ever (see
// RETENTION_APPLICATION_STATUSES). 008's partial index held finished applications only; this
// one holds every application retention may reach. (The status list is written out; the
// query-plan test checks it against the store's.)
export const RETENTION_APPLICATION_LIST = "('refused', 'withdrawn', 'closed', 'succeeded', 'failed', 'declined', 'assigned')"

export default `
  DROP INDEX applications_anonymisable;
  CREATE INDEX applications_anonymisable ON applications (status_changed_at)
    WHERE anonymised_at IS NULL AND status IN ${RETENTION_APPLICATION_LIST};
`

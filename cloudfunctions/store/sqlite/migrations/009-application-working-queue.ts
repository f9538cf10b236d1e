// Staff's default application lists show every application someone still works on, which for
// legal aid includes `assigned` (the 承办人 is on it until the case is closed); 008's partial
// indexes held only the open ones (isApplicationOpen), so that list fell back to sorting. The
// queue indexes now hold every application not finished: a list of any of those statuses walks
// them in order and a page stops after a page. (The status list is written out; the query-plan
// test checks it against the domain's.)
export const WORKING_APPLICATION_LIST = "('submitted', 'awaiting_materials', 'granted', 'assigned', 'accepted')"

export default `
  DROP INDEX applications_open_queue;
  DROP INDEX applications_open_township_queue;
  CREATE INDEX applications_working_queue ON applications (kind, urgent DESC, due_at, created_at, id)
    WHERE status IN ${WORKING_APPLICATION_LIST};
  CREATE INDEX applications_working_township_queue ON applications (kind, township, urgent DESC, due_at, created_at, id)
    WHERE status IN ${WORKING_APPLICATION_LIST};
`

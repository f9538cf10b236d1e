// Applications (legal aid and mediation, src/core/domain/application.ts), their files' claims,
// and the townships a staff member serves.
// - `data` holds the whole application as JSON, the truth a read answers; the columns are
//   copies made from it on every write (application-queue.ts), for the indexes only.
// - Every list reads a bounded part of an index: the queue of a kind (or of one township's
//   mediation) is walked in its order from partial indexes of the applications still worked
//   on (open, and assigned aid), as migration 007 does for consultations; one status of a kind
//   (a "refused" tab) from the (kind, status, …) indexes; the owner's list from (owner, created_at, id); retention from a
//   partial index of finished (or assigned), not yet anonymised applications.
// - Counts per status of the queue come from a counts table kept by triggers (like 007): a
//   grouped count on an index would read every application in scope, finished ones included,
//   and those only grow; the table holds a few rows per kind, township and status.
// - Ticket numbers use ticket_counters (migration 003) with a key per kind and day
//   ('Y:2026-12-01', see consult-port.ts); the ticket column is UNIQUE.
// The status lists are written out (a shipped migration never changes); the query-plan test
// checks them against the domain's.
export const OPEN_APPLICATION_LIST = "('submitted', 'awaiting_materials', 'granted', 'accepted')"
// Staff's default lists show every application someone still works on: for legal aid that
// includes `assigned` (the 承办人 is on it until the case is closed).
export const WORKING_APPLICATION_LIST = "('submitted', 'awaiting_materials', 'granted', 'assigned', 'accepted')"
// Retention runs from the end, or from the appointment (RETENTION_APPLICATION_STATUSES).
export const RETENTION_APPLICATION_LIST = "('assigned', 'refused', 'withdrawn', 'closed', 'succeeded', 'failed', 'declined')"

export default `
  CREATE TABLE applications (
    id TEXT PRIMARY KEY,
    ticket TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('aid', 'mediation')),
    owner_openid TEXT NOT NULL,
    status TEXT NOT NULL,
    township TEXT,                    -- mediation: the township it is routed to; NULL for aid
    urgent INTEGER NOT NULL CHECK (urgent IN (0, 1)),
    due_at TEXT NOT NULL,             -- the clock the queue orders by
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    status_changed_at TEXT NOT NULL,
    anonymised_at TEXT,
    data TEXT NOT NULL                -- JSON: the whole application
  ) STRICT;
  CREATE INDEX applications_owner ON applications (owner_openid, created_at, id);
  CREATE INDEX applications_owner_status ON applications (owner_openid, status);
  CREATE INDEX applications_queue ON applications (kind, status, urgent DESC, due_at, created_at, id);
  CREATE INDEX applications_township_queue ON applications (kind, township, status, urgent DESC, due_at, created_at, id);
  CREATE INDEX applications_working_queue ON applications (kind, urgent DESC, due_at, created_at, id)
    WHERE status IN ${WORKING_APPLICATION_LIST};
  CREATE INDEX applications_working_township_queue ON applications (kind, township, urgent DESC, due_at, created_at, id)
    WHERE status IN ${WORKING_APPLICATION_LIST};
  CREATE INDEX applications_anonymisable ON applications (status_changed_at)
    WHERE anonymised_at IS NULL AND status IN ${RETENTION_APPLICATION_LIST};

  CREATE TABLE application_counts (
    kind TEXT NOT NULL,
    township TEXT NOT NULL,           -- '' for aid
    status TEXT NOT NULL,
    n INTEGER NOT NULL CHECK (n >= 0),
    PRIMARY KEY (kind, township, status)
  ) STRICT, WITHOUT ROWID;
  CREATE TRIGGER application_counts_insert AFTER INSERT ON applications BEGIN
    INSERT INTO application_counts (kind, township, status, n) VALUES (NEW.kind, COALESCE(NEW.township, ''), NEW.status, 1)
      ON CONFLICT DO UPDATE SET n = n + 1;
  END;
  CREATE TRIGGER application_counts_delete AFTER DELETE ON applications BEGIN
    UPDATE application_counts SET n = n - 1 WHERE kind = OLD.kind AND township = COALESCE(OLD.township, '') AND status = OLD.status;
  END;
  CREATE TRIGGER application_counts_update AFTER UPDATE OF kind, township, status ON applications
    WHEN OLD.kind IS NOT NEW.kind OR OLD.township IS NOT NEW.township OR OLD.status IS NOT NEW.status BEGIN
    UPDATE application_counts SET n = n - 1 WHERE kind = OLD.kind AND township = COALESCE(OLD.township, '') AND status = OLD.status;
    INSERT INTO application_counts (kind, township, status, n) VALUES (NEW.kind, COALESCE(NEW.township, ''), NEW.status, 1)
      ON CONFLICT DO UPDATE SET n = n + 1;
  END;

  -- A file bound to an application for good (by a hash of its store key); kept after anonymisation.
  CREATE TABLE material_claims (
    key TEXT PRIMARY KEY,
    application_id TEXT NOT NULL,
    at TEXT NOT NULL
  ) STRICT, WITHOUT ROWID;

  ALTER TABLE staff ADD COLUMN townships TEXT;   -- JSON array; NULL when none were given
`

export default `
  ALTER TABLE consultations ADD COLUMN assignee_openid TEXT;
  ALTER TABLE consultations ADD COLUMN employer_key TEXT;
  CREATE INDEX consultations_assignee ON consultations (assignee_openid, status);
  CREATE INDEX consultations_employer ON consultations (employer_key, status);
  CREATE INDEX consultations_created ON consultations (created_at);

  ALTER TABLE staff ADD COLUMN kind TEXT NOT NULL DEFAULT 'lawyer';
  ALTER TABLE staff ADD COLUMN point_ids TEXT NOT NULL DEFAULT '[]';

  CREATE TABLE invites (
    id TEXT PRIMARY KEY,
    code_hash TEXT NOT NULL UNIQUE,   -- sha256 of the code: the code itself is shown once, never stored
    kind TEXT NOT NULL,
    name TEXT NOT NULL,
    point_ids TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    used_by TEXT,
    used_at TEXT,
    revoked_at TEXT
  ) STRICT;

  -- Append-only: the app has no action that edits or deletes an entry.
  CREATE TABLE audit (
    seq INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    actor_openid TEXT NOT NULL,
    actor_name TEXT NOT NULL,
    action TEXT NOT NULL,
    consultation_id TEXT,
    detail TEXT
  ) STRICT;
  CREATE INDEX audit_by_case ON audit (consultation_id, seq);
  CREATE INDEX audit_by_actor ON audit (actor_openid, seq);
  CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit BEGIN SELECT RAISE(ABORT, 'audit entries cannot be changed'); END;
  CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit BEGIN SELECT RAISE(ABORT, 'audit entries cannot be deleted'); END;`

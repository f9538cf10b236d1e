export default `
  CREATE TABLE consultations (
    id TEXT PRIMARY KEY,
    ticket TEXT NOT NULL UNIQUE,
    owner_openid TEXT NOT NULL,
    matter TEXT NOT NULL,
    channel TEXT NOT NULL,
    status TEXT NOT NULL,
    point_id TEXT,
    slot_start TEXT,
    priority INTEGER NOT NULL,
    due_at TEXT NOT NULL,
    held INTEGER NOT NULL,
    data TEXT NOT NULL,               -- JSON: the rest of the citizen's request and the rating
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    status_changed_at TEXT NOT NULL,
    citizen_seen_at TEXT NOT NULL
  ) STRICT;
  CREATE INDEX consultations_owner ON consultations (owner_openid, created_at);
  CREATE INDEX consultations_queue ON consultations (status, priority, due_at, created_at);

  CREATE TABLE consultation_events (
    seq INTEGER PRIMARY KEY,
    consultation_id TEXT NOT NULL REFERENCES consultations (id),
    at TEXT NOT NULL,
    kind TEXT NOT NULL,
    actor TEXT NOT NULL,
    note TEXT
  ) STRICT;
  CREATE INDEX consultation_events_by_case ON consultation_events (consultation_id, seq);

  CREATE TABLE consultation_messages (
    id TEXT PRIMARY KEY,
    consultation_id TEXT NOT NULL REFERENCES consultations (id),
    at TEXT NOT NULL,
    sender TEXT NOT NULL,
    text TEXT NOT NULL,
    held INTEGER NOT NULL
  ) STRICT;
  CREATE INDEX consultation_messages_by_case ON consultation_messages (consultation_id, at);

  CREATE TABLE slots (
    point_id TEXT NOT NULL,
    start TEXT NOT NULL,
    booked INTEGER NOT NULL CHECK (booked >= 0),
    PRIMARY KEY (point_id, start)
  ) STRICT;

  CREATE TABLE ticket_counters (date TEXT PRIMARY KEY, last INTEGER NOT NULL) STRICT;

  CREATE TABLE idempotency (
    key TEXT PRIMARY KEY,
    fingerprint TEXT NOT NULL,
    result_id TEXT,
    created_at TEXT NOT NULL
  ) STRICT;`

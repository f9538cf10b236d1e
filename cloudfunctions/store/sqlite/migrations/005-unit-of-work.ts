// Request ids move to `requests`, written in the same transaction as the consultation they
// created, so there is no "claimed but not finished" state to get stuck in after a crash. The
// key is a hash of the caller and the client's id: the record names nobody.
export default `
  DROP TABLE idempotency;
  CREATE TABLE requests (
    key TEXT PRIMARY KEY,
    fingerprint TEXT NOT NULL,
    result_id TEXT NOT NULL,
    at TEXT NOT NULL
  ) STRICT;`

// Every queue, list and position query reads a bounded part of an index, however many
// consultations the store holds (issue 9):
// - The open queue is read in its order from partial indexes holding only open cases (all
//   points, one point's, or one member's), so a page of 20 stops after 20 rows instead of
//   sorting every open case. Queries name the same literal status list, or SQLite would not
//   use them.
// - Counts per point, status, matter and channel, and open cases per employer, are kept in
//   small tables by triggers, in the same transaction as the write that changes them: the
//   queue's per-status counts and total read a few dozen rows instead of counting the index,
//   and no code path that writes a case (unit of work, import, retention) can forget them.
// - The owner index carries the status, so a citizen's open count reads only their entries.
export const OPEN_STATUS_LIST = "('submitted', 'queued', 'in_progress', 'awaiting_citizen', 'answered')"

export default `
  CREATE INDEX consultations_open_queue ON consultations (priority, due_at, created_at) WHERE status IN ${OPEN_STATUS_LIST};
  CREATE INDEX consultations_open_point_queue ON consultations (point_id, priority, due_at, created_at) WHERE status IN ${OPEN_STATUS_LIST};
  CREATE INDEX consultations_open_assignee_queue ON consultations (assignee_openid, priority, due_at, created_at) WHERE status IN ${OPEN_STATUS_LIST};
  CREATE INDEX consultations_owner_status ON consultations (owner_openid, status);
  DROP INDEX consultations_employer;

  CREATE TABLE consultation_counts (
    point_id TEXT NOT NULL,   -- '' for a case without a point (a written question)
    status TEXT NOT NULL,
    matter TEXT NOT NULL,
    channel TEXT NOT NULL,
    n INTEGER NOT NULL CHECK (n >= 0),
    PRIMARY KEY (point_id, status, matter, channel)
  ) STRICT, WITHOUT ROWID;
  INSERT INTO consultation_counts (point_id, status, matter, channel, n)
    SELECT COALESCE(point_id, ''), status, matter, channel, COUNT(*) FROM consultations GROUP BY 1, 2, 3, 4;

  CREATE TABLE employer_open_counts (
    employer_key TEXT PRIMARY KEY,
    n INTEGER NOT NULL CHECK (n >= 0)
  ) STRICT, WITHOUT ROWID;
  INSERT INTO employer_open_counts (employer_key, n)
    SELECT employer_key, COUNT(*) FROM consultations WHERE employer_key IS NOT NULL AND status IN ${OPEN_STATUS_LIST} GROUP BY employer_key;

  CREATE TRIGGER consultation_counts_insert AFTER INSERT ON consultations BEGIN
    INSERT INTO consultation_counts (point_id, status, matter, channel, n) VALUES (COALESCE(NEW.point_id, ''), NEW.status, NEW.matter, NEW.channel, 1)
      ON CONFLICT DO UPDATE SET n = n + 1;
    INSERT INTO employer_open_counts (employer_key, n) SELECT NEW.employer_key, 1 WHERE NEW.employer_key IS NOT NULL AND NEW.status IN ${OPEN_STATUS_LIST}
      ON CONFLICT DO UPDATE SET n = n + 1;
  END;
  CREATE TRIGGER consultation_counts_delete AFTER DELETE ON consultations BEGIN
    UPDATE consultation_counts SET n = n - 1
      WHERE point_id = COALESCE(OLD.point_id, '') AND status = OLD.status AND matter = OLD.matter AND channel = OLD.channel;
    UPDATE employer_open_counts SET n = n - 1 WHERE employer_key = OLD.employer_key AND OLD.status IN ${OPEN_STATUS_LIST};
  END;
  CREATE TRIGGER consultation_counts_update AFTER UPDATE OF point_id, status, matter, channel, employer_key ON consultations
    WHEN OLD.point_id IS NOT NEW.point_id OR OLD.status IS NOT NEW.status OR OLD.matter IS NOT NEW.matter
      OR OLD.channel IS NOT NEW.channel OR OLD.employer_key IS NOT NEW.employer_key BEGIN
    UPDATE consultation_counts SET n = n - 1
      WHERE point_id = COALESCE(OLD.point_id, '') AND status = OLD.status AND matter = OLD.matter AND channel = OLD.channel;
    INSERT INTO consultation_counts (point_id, status, matter, channel, n) VALUES (COALESCE(NEW.point_id, ''), NEW.status, NEW.matter, NEW.channel, 1)
      ON CONFLICT DO UPDATE SET n = n + 1;
    UPDATE employer_open_counts SET n = n - 1 WHERE employer_key = OLD.employer_key AND OLD.status IN ${OPEN_STATUS_LIST};
    INSERT INTO employer_open_counts (employer_key, n) SELECT NEW.employer_key, 1 WHERE NEW.employer_key IS NOT NULL AND NEW.status IN ${OPEN_STATUS_LIST}
      ON CONFLICT DO UPDATE SET n = n + 1;
  END;`

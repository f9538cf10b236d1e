export default `
  CREATE TABLE service_points (
    id TEXT PRIMARY KEY,
    data TEXT NOT NULL,        -- JSON: the point without id and active
    active INTEGER NOT NULL CHECK (active IN (0, 1)),
    origin TEXT NOT NULL CHECK (origin IN ('seed', 'admin')),
    updated_at TEXT NOT NULL   -- ISO instant
  ) STRICT;
  CREATE INDEX service_points_active ON service_points (active);`

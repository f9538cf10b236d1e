export default `
  CREATE TABLE tips (
    id TEXT PRIMARY KEY,
    category TEXT NOT NULL,
    title TEXT NOT NULL,
    summary TEXT NOT NULL,
    body TEXT NOT NULL,
    citations TEXT NOT NULL,   -- JSON array
    keywords TEXT NOT NULL,    -- JSON array
    updated_at TEXT NOT NULL,  -- ISO date
    published INTEGER NOT NULL DEFAULT 1
  ) STRICT;
  CREATE INDEX tips_category ON tips (category, published, updated_at);
  CREATE TABLE staff (
    openid TEXT PRIMARY KEY,
    role TEXT NOT NULL CHECK (role IN ('staff', 'admin')),
    name TEXT NOT NULL,
    created_at TEXT NOT NULL
  ) STRICT;`

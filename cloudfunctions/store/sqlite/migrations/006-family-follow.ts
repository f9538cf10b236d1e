// 家人查进度: wrong answers counted per hashed key (a ticket or a caller) in a window, read and
// written in the unit of work of each look-up, so counting and answering are one transaction.
export default `
  CREATE TABLE follow_guards (
    key TEXT PRIMARY KEY,
    failures INTEGER NOT NULL,
    window_start TEXT NOT NULL,
    locked_until TEXT
  ) STRICT;`

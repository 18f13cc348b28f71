-- Signalboard schema 42 (SQLite): the record of every archive and restore run. A run moves
-- closed tickets past retention, with everything that belongs to them, into a self-contained
-- archive file (or puts them back from one); this row says who ran it, up to which cut-off,
-- into or from which file, how many rows of each table moved (a JSON object) and how it
-- ended ('running' until it finishes: a run that stays 'running' was interrupted).
CREATE TABLE archive_runs (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    kind        TEXT NOT NULL CHECK (kind IN ('archive', 'restore')),
    started_at  INTEGER NOT NULL,
    finished_at INTEGER,
    actor       TEXT NOT NULL,
    cutoff      INTEGER,
    file_name   TEXT NOT NULL,
    counts      TEXT NOT NULL DEFAULT '{}',
    state       TEXT NOT NULL DEFAULT 'running' CHECK (state IN ('running', 'done', 'failed')),
    message     TEXT NOT NULL DEFAULT ''
);
-- @shared indexes

-- Signalboard schema 42 (PostgreSQL): the record of every archive and restore run, as on
-- SQLite (see resources/sql/sqlite/042). Archiving on PostgreSQL runs as the owner of the
-- schema for now; administrators read the record.
CREATE TABLE archive_runs (
    id          BIGSERIAL PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind IN ('archive', 'restore')),
    started_at  BIGINT NOT NULL,
    finished_at BIGINT,
    actor       TEXT NOT NULL,
    cutoff      BIGINT,
    file_name   TEXT NOT NULL,
    counts      TEXT NOT NULL DEFAULT '{}',
    state       TEXT NOT NULL DEFAULT 'running' CHECK (state IN ('running', 'done', 'failed')),
    message     TEXT NOT NULL DEFAULT ''
);
-- @shared indexes

-- Signalboard schema 5 (SQLite): people, permissions, security.
-- Hierarchical permission keys (granting a parent grants its children), the default roles and
-- what each may do, and QA scores.

CREATE TABLE qa_scores (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    ticket_id    INTEGER NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
    agent_id     INTEGER REFERENCES staff(id) ON DELETE SET NULL,
    inspector_id INTEGER REFERENCES staff(id) ON DELETE SET NULL,
    scores       TEXT NOT NULL DEFAULT '{}',
    total        REAL NOT NULL DEFAULT 0,
    created_at   INTEGER NOT NULL
);
-- @shared indexes

-- @shared permissions_and_roles

-- Security settings (security.password.*, security.lockout.*) are not seeded: until an
-- administrator sets them the defaults in SecuritySettings apply (and no change_log rows appear).

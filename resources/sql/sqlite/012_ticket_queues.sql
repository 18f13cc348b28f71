-- Signalboard schema 12 (SQLite): ticket queues — saved filters, the audit log of ticket
-- searches, and the index the queue pages are read through.

-- A user's named filter; definition is the JSON of sb::TicketFilter.
CREATE TABLE saved_filters (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    staff_id   INTEGER NOT NULL REFERENCES staff(id) ON DELETE CASCADE,
    name       TEXT NOT NULL,
    definition TEXT NOT NULL DEFAULT '{}',
    UNIQUE (staff_id, name)
);

-- Who searched for what (written when a user runs a search, not on live refreshes).
CREATE TABLE query_log (
    id       INTEGER PRIMARY KEY AUTOINCREMENT,
    at       INTEGER NOT NULL,
    staff_id INTEGER REFERENCES staff(id) ON DELETE SET NULL,
    queue    TEXT NOT NULL,
    filter   TEXT NOT NULL DEFAULT '{}'
);
-- @shared indexes

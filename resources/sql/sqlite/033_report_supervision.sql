-- Signalboard schema 33 (SQLite): supervision items (督办). A manager opens one from a
-- report's recurring problem type or category (the report period it came from), names an
-- owner and a due date, and tracks it to closure (open → in_progress → closed); the next
-- reports show its state. SupervisionStore (src/core/reports/supervisionstore.h) checks the
-- permission reports.supervise and audits every step on SQLite; on PostgreSQL the server's
-- functions do (resources/sql/postgresql/033_report_supervision.sql). "…_by" columns hold a
-- login, like audit_log.actor; due_date is a local date (YYYY-MM-DD).
CREATE TABLE report_supervision_items (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    dimension    TEXT NOT NULL CHECK (dimension IN ('problem_type', 'category')),
    key          TEXT NOT NULL CHECK (key <> ''),
    period_start INTEGER NOT NULL,
    period_end   INTEGER NOT NULL CHECK (period_end > period_start),
    owner_id     INTEGER NOT NULL REFERENCES staff(id),
    due_date     TEXT NOT NULL,
    status       TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'in_progress', 'closed')),
    notes        TEXT NOT NULL DEFAULT '',
    created_by   TEXT NOT NULL,
    created_at   INTEGER NOT NULL,
    updated_by   TEXT NOT NULL,
    updated_at   INTEGER NOT NULL,
    closed_at    INTEGER,
    version      INTEGER NOT NULL DEFAULT 1
);
-- @shared indexes
-- @shared permissions
-- @shared query_log_results

-- Repeat complaints: the same customer's earlier tickets of a problem type.
CREATE INDEX tickets_customer_type ON tickets(customer_id, problem_type, received_at)
    WHERE customer_id <> '';

-- A closed item never changes, whoever writes.
CREATE TRIGGER report_supervision_closed BEFORE UPDATE ON report_supervision_items
WHEN OLD.status = 'closed'
BEGIN
    SELECT RAISE(ABORT, 'a closed supervision item never changes');
END;

CREATE TRIGGER report_supervision_items_ci AFTER INSERT ON report_supervision_items BEGIN
    INSERT INTO change_log(entity, entity_id, op, at) VALUES ('report_supervision', NEW.id, 'insert', CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
END;
CREATE TRIGGER report_supervision_items_cu AFTER UPDATE ON report_supervision_items BEGIN
    INSERT INTO change_log(entity, entity_id, op, at) VALUES ('report_supervision', NEW.id, 'update', CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
END;

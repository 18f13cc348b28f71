-- Signalboard schema 3 (SQLite): ticket workflow — business calendar, deadline rules,
-- data-driven lifecycle, deadline urging. Times are milliseconds since the epoch (UTC).

-- Exceptions to the weekly pattern: public holidays and make-up working days (调休).
CREATE TABLE calendar_days (
    date       TEXT PRIMARY KEY CHECK (length(date) = 10),
    kind       TEXT NOT NULL CHECK (kind IN ('holiday', 'workday')),
    name       TEXT NOT NULL DEFAULT '',
    updated_by TEXT NOT NULL DEFAULT '',
    updated_at INTEGER NOT NULL DEFAULT 0
);

-- Deadlines per ticket kind, channel, category and customer tier ('*' = any).
-- unit 'day' with clock 'working' means working days; 'wall' counts every hour.
-- anchor_action '' counts from received_at, otherwise from the first event with that action.
-- met_by: comma-separated actions whose first event meets the milestone.
CREATE TABLE deadline_rules (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    ticket_kind   TEXT NOT NULL DEFAULT '*',
    channel       TEXT NOT NULL DEFAULT '*',
    category      TEXT NOT NULL DEFAULT '*',
    tier          TEXT NOT NULL DEFAULT '*',
    milestone     TEXT NOT NULL,
    duration      INTEGER NOT NULL CHECK (duration >= 0),
    unit          TEXT NOT NULL CHECK (unit IN ('second', 'minute', 'hour', 'day')),
    clock         TEXT NOT NULL CHECK (clock IN ('wall', 'working')),
    warn_lead     INTEGER NOT NULL DEFAULT 0 CHECK (warn_lead >= 0),
    anchor_action TEXT NOT NULL DEFAULT '',
    met_by        TEXT NOT NULL DEFAULT '',
    enabled       INTEGER NOT NULL DEFAULT 1,
    updated_by    TEXT NOT NULL DEFAULT '',
    updated_at    INTEGER NOT NULL DEFAULT 0,
    UNIQUE (ticket_kind, channel, category, tier, milestone)
);

CREATE TABLE workflow_states (
    flow         TEXT NOT NULL,
    key          TEXT NOT NULL,
    name         TEXT NOT NULL,
    name_zh      TEXT NOT NULL DEFAULT '',
    initial_for  TEXT NOT NULL DEFAULT '' CHECK (initial_for IN ('', 'new', 'appeal')),
    is_final     INTEGER NOT NULL DEFAULT 0,
    pauses_clock INTEGER NOT NULL DEFAULT 0,
    sort_order   INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (flow, key)
);

CREATE TABLE workflow_actions (
    flow       TEXT NOT NULL,
    key        TEXT NOT NULL,
    from_state TEXT NOT NULL,
    to_state   TEXT,
    permission TEXT NOT NULL,
    effect     TEXT NOT NULL DEFAULT ''
        CHECK (effect IN ('', 'valid', 'invalid', 'assign', 'unassign', 'escalate', 'satisfaction', 'appeal')),
    name       TEXT NOT NULL,
    name_zh    TEXT NOT NULL DEFAULT '',
    sort_order INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (flow, key, from_state),
    FOREIGN KEY (flow, from_state) REFERENCES workflow_states(flow, key),
    FOREIGN KEY (flow, to_state) REFERENCES workflow_states(flow, key)
);

CREATE TABLE workflow_action_fields (
    flow       TEXT NOT NULL,
    action     TEXT NOT NULL,
    field      TEXT NOT NULL,
    type       TEXT NOT NULL CHECK (type IN ('text', 'integer', 'choice', 'staff', 'team')),
    required   INTEGER NOT NULL DEFAULT 0,
    choices    TEXT NOT NULL DEFAULT '',
    min_value  INTEGER,
    max_value  INTEGER,
    sort_order INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (flow, action, field)
);

-- One urge per (ticket, milestone, kind), whichever workstation notices first.
CREATE TABLE deadline_urges (
    ticket_id INTEGER NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
    milestone TEXT NOT NULL,
    kind      TEXT NOT NULL CHECK (kind IN ('warning', 'overdue')),
    due_at    INTEGER NOT NULL,
    at        INTEGER NOT NULL,
    PRIMARY KEY (ticket_id, milestone, kind)
);

-- @shared ticket_events_action_index

CREATE TRIGGER deadline_rules_ci AFTER INSERT ON deadline_rules BEGIN
    INSERT INTO change_log(entity, entity_id, op, at) VALUES ('deadline_rule', NEW.id, 'insert', CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
END;
CREATE TRIGGER deadline_rules_cu AFTER UPDATE ON deadline_rules BEGIN
    INSERT INTO change_log(entity, entity_id, op, at) VALUES ('deadline_rule', NEW.id, 'update', CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
END;
CREATE TRIGGER deadline_rules_cd AFTER DELETE ON deadline_rules BEGIN
    INSERT INTO change_log(entity, entity_id, op, at) VALUES ('deadline_rule', OLD.id, 'delete', CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
END;

-- @shared deadline_defaults

-- @shared ticket_permissions

-- @shared lifecycle

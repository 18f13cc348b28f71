-- Signalboard schema 1 (SQLite): the foundation every feature adds to.
-- Times are milliseconds since the Unix epoch (UTC); offsets as given are kept where they matter.

CREATE TABLE schema_version (
    version     INTEGER PRIMARY KEY,
    description TEXT NOT NULL,
    applied_at  INTEGER NOT NULL
);

CREATE TABLE change_log (
    seq       INTEGER PRIMARY KEY AUTOINCREMENT,
    entity    TEXT NOT NULL,
    entity_id INTEGER NOT NULL,
    op        TEXT NOT NULL CHECK (op IN ('insert', 'update', 'delete')),
    at        INTEGER NOT NULL
);

CREATE TABLE audit_log (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    at        INTEGER NOT NULL,
    actor     TEXT NOT NULL,
    action    TEXT NOT NULL,
    entity    TEXT NOT NULL DEFAULT '',
    entity_id INTEGER,
    detail    TEXT NOT NULL DEFAULT ''
);
-- @shared audit_log_index
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;

-- Versioned settings: the current value of a key is its highest version.
CREATE TABLE settings (
    key        TEXT NOT NULL,
    version    INTEGER NOT NULL,
    value      TEXT NOT NULL,
    changed_by TEXT NOT NULL,
    changed_at INTEGER NOT NULL,
    PRIMARY KEY (key, version)
);

CREATE TABLE teams (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    name       TEXT NOT NULL UNIQUE,
    created_at INTEGER NOT NULL
);

CREATE TABLE roles (
    id       INTEGER PRIMARY KEY AUTOINCREMENT,
    key      TEXT NOT NULL UNIQUE,
    name     TEXT NOT NULL,
    is_super INTEGER NOT NULL DEFAULT 0,
    db_group TEXT NOT NULL DEFAULT ''
);

-- @shared permissions_table

CREATE TABLE role_permissions (
    role_id        INTEGER NOT NULL REFERENCES roles(id) ON DELETE CASCADE,
    permission_key TEXT NOT NULL REFERENCES permissions(key) ON DELETE CASCADE,
    PRIMARY KEY (role_id, permission_key)
);

CREATE TABLE staff (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    employee_no       TEXT NOT NULL UNIQUE,
    name              TEXT NOT NULL,
    gender            TEXT NOT NULL DEFAULT '',
    phone             TEXT NOT NULL DEFAULT '',
    role_id           INTEGER REFERENCES roles(id) ON DELETE SET NULL,
    level             INTEGER NOT NULL DEFAULT 1,
    status            TEXT NOT NULL DEFAULT 'active',
    status_changed_at INTEGER NOT NULL,
    team_id           INTEGER REFERENCES teams(id) ON DELETE SET NULL,
    skill_groups      TEXT NOT NULL DEFAULT '',
    login             TEXT NOT NULL UNIQUE,
    password_hash     TEXT NOT NULL DEFAULT '',
    failed_logins     INTEGER NOT NULL DEFAULT 0,
    locked_until      INTEGER NOT NULL DEFAULT 0,
    on_duty           INTEGER NOT NULL DEFAULT 0,
    created_at        INTEGER NOT NULL
);

CREATE TABLE temp_permissions (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    staff_id       INTEGER NOT NULL REFERENCES staff(id) ON DELETE CASCADE,
    permission_key TEXT NOT NULL REFERENCES permissions(key) ON DELETE CASCADE,
    granted_by     INTEGER REFERENCES staff(id),
    expires_at     INTEGER NOT NULL
);

CREATE TABLE kb_articles (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    kind       TEXT NOT NULL DEFAULT 'article' CHECK (kind IN ('article', 'case', 'known_issue')),
    title      TEXT NOT NULL,
    body       TEXT NOT NULL DEFAULT '',
    uses       INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);

CREATE TABLE rule_sets (
    version    INTEGER PRIMARY KEY,
    body       TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    note       TEXT NOT NULL DEFAULT ''
);

CREATE TABLE incidents (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    problem_type     TEXT NOT NULL,
    class            TEXT NOT NULL,
    state            TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'resolved')),
    grade            INTEGER NOT NULL,
    trigger_kind     TEXT NOT NULL,
    opened_at        INTEGER NOT NULL,
    closed_at        INTEGER,
    rule_set_version INTEGER NOT NULL DEFAULT 0,
    owner_id         INTEGER REFERENCES staff(id),
    confirmation     TEXT NOT NULL DEFAULT 'unconfirmed',
    known_issue_id   INTEGER REFERENCES kb_articles(id),
    override_reason  TEXT NOT NULL DEFAULT '',
    summary          TEXT NOT NULL DEFAULT '',
    post_grade       INTEGER,
    version          INTEGER NOT NULL DEFAULT 1
);
-- @shared incidents_one_open

CREATE TABLE incident_events (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    incident_id INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
    at          INTEGER NOT NULL,
    event       TEXT NOT NULL,
    from_grade  INTEGER,
    grade       INTEGER,
    actor_id    INTEGER REFERENCES staff(id),
    note        TEXT NOT NULL DEFAULT '',
    data        TEXT NOT NULL DEFAULT '{}'
);
-- @shared incident_events_index

CREATE TABLE tickets (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    kind            TEXT NOT NULL DEFAULT 'complaint' CHECK (kind IN ('complaint', 'suggestion')),
    source          TEXT NOT NULL DEFAULT '',
    external_id     TEXT,
    received_at     INTEGER NOT NULL,
    received_offset INTEGER NOT NULL DEFAULT 0,
    channel         TEXT NOT NULL,
    customer_tier   TEXT NOT NULL,
    problem_type    TEXT NOT NULL,
    customer_id     TEXT NOT NULL DEFAULT '',
    service_number  TEXT NOT NULL DEFAULT '',
    category        TEXT NOT NULL DEFAULT '',
    subject         TEXT NOT NULL DEFAULT '',
    description     TEXT NOT NULL DEFAULT '',
    region          TEXT NOT NULL DEFAULT '',
    state           TEXT NOT NULL DEFAULT 'registered',
    validity        TEXT NOT NULL DEFAULT '',
    priority        INTEGER NOT NULL DEFAULT 0,
    green_channel   INTEGER NOT NULL DEFAULT 0,
    handler_id      INTEGER REFERENCES staff(id),
    team_id         INTEGER REFERENCES teams(id),
    department      TEXT NOT NULL DEFAULT '',
    support_tier    INTEGER NOT NULL DEFAULT 1,
    incident_id     INTEGER REFERENCES incidents(id),
    appeal_of       INTEGER REFERENCES tickets(id),
    appeal_count    INTEGER NOT NULL DEFAULT 0,
    satisfaction    INTEGER,
    registered_by   INTEGER REFERENCES staff(id),
    extra           TEXT NOT NULL DEFAULT '{}',
    version         INTEGER NOT NULL DEFAULT 1,
    updated_at      INTEGER NOT NULL,
    UNIQUE (source, external_id)
);
-- @shared tickets_indexes

CREATE TABLE ticket_events (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    ticket_id  INTEGER NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
    at         INTEGER NOT NULL,
    actor_id   INTEGER REFERENCES staff(id),
    action     TEXT NOT NULL,
    from_state TEXT,
    to_state   TEXT,
    note       TEXT NOT NULL DEFAULT '',
    data       TEXT NOT NULL DEFAULT '{}'
);
-- @shared ticket_events_index

CREATE TABLE attachments (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    ticket_id  INTEGER NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
    name       TEXT NOT NULL,
    mime       TEXT NOT NULL DEFAULT 'application/octet-stream',
    data       BLOB NOT NULL,
    created_at INTEGER NOT NULL
);

CREATE TABLE messages (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    sender_id   INTEGER REFERENCES staff(id),
    subject     TEXT NOT NULL DEFAULT '',
    body        TEXT NOT NULL,
    priority    INTEGER NOT NULL DEFAULT 0,
    modes       INTEGER NOT NULL DEFAULT 1,
    audience    TEXT NOT NULL DEFAULT '{}',
    incident_id INTEGER REFERENCES incidents(id),
    created_at  INTEGER NOT NULL,
    expires_at  INTEGER
);

CREATE TABLE message_recipients (
    message_id   INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
    staff_id     INTEGER NOT NULL REFERENCES staff(id) ON DELETE CASCADE,
    delivered_at INTEGER,
    read_at      INTEGER,
    PRIMARY KEY (message_id, staff_id)
);
-- @shared message_recipients_index

CREATE TABLE outbox (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    kind            TEXT NOT NULL,
    target          TEXT NOT NULL,
    payload         TEXT NOT NULL,
    state           TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'delivered', 'failed')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,
    last_error      TEXT NOT NULL DEFAULT '',
    created_at      INTEGER NOT NULL,
    delivered_at    INTEGER
);

-- Every write to a shared entity appends to change_log in the same transaction, whoever
-- writes it (this program, signalboard-cli, or another system using SQL).
CREATE TRIGGER tickets_ci AFTER INSERT ON tickets BEGIN
    INSERT INTO change_log(entity, entity_id, op, at) VALUES ('ticket', NEW.id, 'insert', CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
END;
CREATE TRIGGER tickets_cu AFTER UPDATE ON tickets BEGIN
    INSERT INTO change_log(entity, entity_id, op, at) VALUES ('ticket', NEW.id, 'update', CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
END;
CREATE TRIGGER tickets_cd AFTER DELETE ON tickets BEGIN
    INSERT INTO change_log(entity, entity_id, op, at) VALUES ('ticket', OLD.id, 'delete', CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
END;
CREATE TRIGGER ticket_events_ci AFTER INSERT ON ticket_events BEGIN
    INSERT INTO change_log(entity, entity_id, op, at) VALUES ('ticket_event', NEW.id, 'insert', CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
END;
CREATE TRIGGER incidents_ci AFTER INSERT ON incidents BEGIN
    INSERT INTO change_log(entity, entity_id, op, at) VALUES ('incident', NEW.id, 'insert', CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
END;
CREATE TRIGGER incidents_cu AFTER UPDATE ON incidents BEGIN
    INSERT INTO change_log(entity, entity_id, op, at) VALUES ('incident', NEW.id, 'update', CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
END;
CREATE TRIGGER incident_events_ci AFTER INSERT ON incident_events BEGIN
    INSERT INTO change_log(entity, entity_id, op, at) VALUES ('incident_event', NEW.id, 'insert', CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
END;
CREATE TRIGGER messages_ci AFTER INSERT ON messages BEGIN
    INSERT INTO change_log(entity, entity_id, op, at) VALUES ('message', NEW.id, 'insert', CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
END;
CREATE TRIGGER message_recipients_cu AFTER UPDATE ON message_recipients BEGIN
    INSERT INTO change_log(entity, entity_id, op, at) VALUES ('receipt', NEW.message_id, 'update', CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
END;
CREATE TRIGGER staff_ci AFTER INSERT ON staff BEGIN
    INSERT INTO change_log(entity, entity_id, op, at) VALUES ('staff', NEW.id, 'insert', CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
END;
CREATE TRIGGER staff_cu AFTER UPDATE ON staff BEGIN
    INSERT INTO change_log(entity, entity_id, op, at) VALUES ('staff', NEW.id, 'update', CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
END;
CREATE TRIGGER settings_ci AFTER INSERT ON settings BEGIN
    INSERT INTO change_log(entity, entity_id, op, at) VALUES ('setting', NEW.version, 'insert', CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
END;
CREATE TRIGGER rule_sets_ci AFTER INSERT ON rule_sets BEGIN
    INSERT INTO change_log(entity, entity_id, op, at) VALUES ('rule_set', NEW.version, 'insert', CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
END;

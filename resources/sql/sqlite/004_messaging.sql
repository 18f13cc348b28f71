-- Signalboard schema 4 (SQLite): message broadcast (docs/spec/DOMAIN.md §5) — templates, webhook
-- targets, the answer script of incident announcements, and outbox claims.

-- Incident announcements carry the answer script (口径) next to the notice text.
ALTER TABLE messages ADD COLUMN script TEXT NOT NULL DEFAULT '';
CREATE INDEX messages_created ON messages(created_at, id);
CREATE INDEX messages_sender ON messages(sender_id, created_at);
-- The inbox of one person: what is not yet delivered.
CREATE INDEX message_recipients_undelivered ON message_recipients(staff_id, delivered_at);

CREATE TABLE message_templates (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    name       TEXT NOT NULL UNIQUE,
    subject    TEXT NOT NULL DEFAULT '',
    body       TEXT NOT NULL,
    modes      INTEGER NOT NULL DEFAULT 1,
    priority   INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);

-- External chat groups a broadcast can also go to (through the outbox).
CREATE TABLE webhook_targets (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    name       TEXT NOT NULL UNIQUE,
    kind       TEXT NOT NULL CHECK (kind IN ('wecom', 'dingtalk', 'feishu', 'slack')),
    url        TEXT NOT NULL,
    enabled    INTEGER NOT NULL DEFAULT 1,
    created_at INTEGER NOT NULL
);

-- A worker claims a row (token + lease) before sending it; the CHECK on state stays as is.
ALTER TABLE outbox ADD COLUMN claim_token TEXT;
ALTER TABLE outbox ADD COLUMN claimed_until INTEGER;
ALTER TABLE outbox ADD COLUMN message_id INTEGER REFERENCES messages(id) ON DELETE SET NULL;
CREATE INDEX outbox_due ON outbox(state, next_attempt_at);

CREATE TRIGGER message_templates_ci AFTER INSERT ON message_templates BEGIN
    INSERT INTO change_log(entity, entity_id, op, at) VALUES ('message_template', NEW.id, 'insert', CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
END;
CREATE TRIGGER message_templates_cu AFTER UPDATE ON message_templates BEGIN
    INSERT INTO change_log(entity, entity_id, op, at) VALUES ('message_template', NEW.id, 'update', CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
END;
CREATE TRIGGER message_templates_cd AFTER DELETE ON message_templates BEGIN
    INSERT INTO change_log(entity, entity_id, op, at) VALUES ('message_template', OLD.id, 'delete', CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
END;
CREATE TRIGGER outbox_cu AFTER UPDATE OF state ON outbox BEGIN
    INSERT INTO change_log(entity, entity_id, op, at) VALUES ('outbox', NEW.id, 'update', CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
END;

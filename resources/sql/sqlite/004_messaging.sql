-- Signalboard schema 4 (SQLite): message broadcast (docs/spec/DOMAIN.md §5) — templates, webhook
-- targets, the answer script of incident announcements, and outbox claims.

-- @shared messages_script_and_indexes

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

-- @shared outbox_claim_token
ALTER TABLE outbox ADD COLUMN claimed_until INTEGER;
ALTER TABLE outbox ADD COLUMN message_id INTEGER REFERENCES messages(id) ON DELETE SET NULL;
-- @shared outbox_due_index

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

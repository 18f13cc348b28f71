-- Signalboard schema 4 (PostgreSQL): message broadcast (docs/spec/DOMAIN.md §5) — templates,
-- webhook targets, the answer script of incident announcements, and outbox claims.

-- Incident announcements carry the answer script (口径) next to the notice text.
ALTER TABLE messages ADD COLUMN script TEXT NOT NULL DEFAULT '';
CREATE INDEX messages_created ON messages(created_at, id);
CREATE INDEX messages_sender ON messages(sender_id, created_at);
-- The inbox of one person: what is not yet delivered.
CREATE INDEX message_recipients_undelivered ON message_recipients(staff_id, delivered_at);

CREATE TABLE message_templates (
    id         BIGSERIAL PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE,
    subject    TEXT NOT NULL DEFAULT '',
    body       TEXT NOT NULL,
    modes      BIGINT NOT NULL DEFAULT 1,
    priority   BIGINT NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);

-- External chat groups a broadcast can also go to (through the outbox).
CREATE TABLE webhook_targets (
    id         BIGSERIAL PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE,
    kind       TEXT NOT NULL CHECK (kind IN ('wecom', 'dingtalk', 'feishu', 'slack')),
    url        TEXT NOT NULL,
    enabled    BIGINT NOT NULL DEFAULT 1,
    created_at BIGINT NOT NULL
);

-- A worker claims a row (token + lease) before sending it; the CHECK on state stays as is.
ALTER TABLE outbox ADD COLUMN claim_token TEXT;
ALTER TABLE outbox ADD COLUMN claimed_until BIGINT;
ALTER TABLE outbox ADD COLUMN message_id BIGINT REFERENCES messages(id) ON DELETE SET NULL;
CREATE INDEX outbox_due ON outbox(state, next_attempt_at);

CREATE TRIGGER message_templates_c AFTER INSERT OR UPDATE OR DELETE ON message_templates
    FOR EACH ROW EXECUTE FUNCTION sb_log_change('message_template', 'id');
CREATE TRIGGER outbox_c AFTER UPDATE OF state ON outbox
    FOR EACH ROW EXECUTE FUNCTION sb_log_change('outbox', 'id');

REVOKE ALL ON message_templates, webhook_targets FROM PUBLIC;
GRANT SELECT ON message_templates TO sb_staff;
GRANT INSERT, UPDATE, DELETE ON message_templates TO sb_team_lead, sb_supervisor, sb_manager, sb_admin;
-- Webhook URLs carry the group's secret key: only those who broadcast read them.
GRANT SELECT ON webhook_targets TO sb_team_lead, sb_supervisor, sb_manager, sb_admin;
GRANT INSERT, UPDATE, DELETE ON webhook_targets TO sb_admin;
GRANT USAGE ON SEQUENCE message_templates_id_seq, webhook_targets_id_seq TO sb_staff;

-- Signalboard schema 4 (PostgreSQL): message broadcast (docs/spec/DOMAIN.md §5) — templates,
-- webhook targets, the answer script of incident announcements, and outbox claims.

-- @shared messages_script_and_indexes

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

-- @shared outbox_claim_token
ALTER TABLE outbox ADD COLUMN claimed_until BIGINT;
ALTER TABLE outbox ADD COLUMN message_id BIGINT REFERENCES messages(id) ON DELETE SET NULL;
-- @shared outbox_due_index

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

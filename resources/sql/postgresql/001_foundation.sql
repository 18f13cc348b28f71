-- Signalboard schema 1 (PostgreSQL): the foundation every feature adds to.
-- Times are milliseconds since the Unix epoch (UTC); offsets as given are kept where they matter.

CREATE TABLE schema_version (
    version     INTEGER PRIMARY KEY,
    description TEXT NOT NULL,
    applied_at  BIGINT NOT NULL
);

CREATE TABLE change_log (
    seq       BIGSERIAL PRIMARY KEY,
    entity    TEXT NOT NULL,
    entity_id BIGINT NOT NULL,
    op        TEXT NOT NULL CHECK (op IN ('insert', 'update', 'delete')),
    at        BIGINT NOT NULL
);

CREATE TABLE audit_log (
    id        BIGSERIAL PRIMARY KEY,
    at        BIGINT NOT NULL,
    actor     TEXT NOT NULL,
    action    TEXT NOT NULL,
    entity    TEXT NOT NULL DEFAULT '',
    entity_id BIGINT,
    detail    TEXT NOT NULL DEFAULT ''
);
-- @shared audit_log_index

-- Versioned settings: the current value of a key is its highest version.
CREATE TABLE settings (
    key        TEXT NOT NULL,
    version    BIGINT NOT NULL,
    value      TEXT NOT NULL,
    changed_by TEXT NOT NULL,
    changed_at BIGINT NOT NULL,
    PRIMARY KEY (key, version)
);

CREATE TABLE teams (
    id         BIGSERIAL PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE,
    created_at BIGINT NOT NULL
);

CREATE TABLE roles (
    id       BIGSERIAL PRIMARY KEY,
    key      TEXT NOT NULL UNIQUE,
    name     TEXT NOT NULL,
    is_super BIGINT NOT NULL DEFAULT 0,
    db_group TEXT NOT NULL DEFAULT ''
);

-- @shared permissions_table

CREATE TABLE role_permissions (
    role_id        BIGINT NOT NULL REFERENCES roles(id) ON DELETE CASCADE,
    permission_key TEXT NOT NULL REFERENCES permissions(key) ON DELETE CASCADE,
    PRIMARY KEY (role_id, permission_key)
);

CREATE TABLE staff (
    id                BIGSERIAL PRIMARY KEY,
    employee_no       TEXT NOT NULL UNIQUE,
    name              TEXT NOT NULL,
    gender            TEXT NOT NULL DEFAULT '',
    phone             TEXT NOT NULL DEFAULT '',
    role_id           BIGINT REFERENCES roles(id) ON DELETE SET NULL,
    level             BIGINT NOT NULL DEFAULT 1,
    status            TEXT NOT NULL DEFAULT 'active',
    status_changed_at BIGINT NOT NULL,
    team_id           BIGINT REFERENCES teams(id) ON DELETE SET NULL,
    skill_groups      TEXT NOT NULL DEFAULT '',
    login             TEXT NOT NULL UNIQUE,
    password_hash     TEXT NOT NULL DEFAULT '',
    failed_logins     BIGINT NOT NULL DEFAULT 0,
    locked_until      BIGINT NOT NULL DEFAULT 0,
    on_duty           BIGINT NOT NULL DEFAULT 0,
    created_at        BIGINT NOT NULL
);

CREATE TABLE temp_permissions (
    id             BIGSERIAL PRIMARY KEY,
    staff_id       BIGINT NOT NULL REFERENCES staff(id) ON DELETE CASCADE,
    permission_key TEXT NOT NULL REFERENCES permissions(key) ON DELETE CASCADE,
    granted_by     BIGINT REFERENCES staff(id),
    expires_at     BIGINT NOT NULL
);

CREATE TABLE kb_articles (
    id         BIGSERIAL PRIMARY KEY,
    kind       TEXT NOT NULL DEFAULT 'article' CHECK (kind IN ('article', 'case', 'known_issue')),
    title      TEXT NOT NULL,
    body       TEXT NOT NULL DEFAULT '',
    uses       BIGINT NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);

CREATE TABLE rule_sets (
    version    BIGINT PRIMARY KEY,
    body       TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    note       TEXT NOT NULL DEFAULT ''
);

CREATE TABLE incidents (
    id               BIGSERIAL PRIMARY KEY,
    problem_type     TEXT NOT NULL,
    class            TEXT NOT NULL,
    state            TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'resolved')),
    grade            BIGINT NOT NULL,
    trigger_kind     TEXT NOT NULL,
    opened_at        BIGINT NOT NULL,
    closed_at        BIGINT,
    rule_set_version BIGINT NOT NULL DEFAULT 0,
    owner_id         BIGINT REFERENCES staff(id),
    confirmation     TEXT NOT NULL DEFAULT 'unconfirmed',
    known_issue_id   BIGINT REFERENCES kb_articles(id),
    override_reason  TEXT NOT NULL DEFAULT '',
    summary          TEXT NOT NULL DEFAULT '',
    post_grade       BIGINT,
    version          BIGINT NOT NULL DEFAULT 1
);
-- @shared incidents_one_open

CREATE TABLE incident_events (
    id          BIGSERIAL PRIMARY KEY,
    incident_id BIGINT NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
    at          BIGINT NOT NULL,
    event       TEXT NOT NULL,
    from_grade  BIGINT,
    grade       BIGINT,
    actor_id    BIGINT REFERENCES staff(id),
    note        TEXT NOT NULL DEFAULT '',
    data        TEXT NOT NULL DEFAULT '{}'
);
-- @shared incident_events_index

CREATE TABLE tickets (
    id              BIGSERIAL PRIMARY KEY,
    kind            TEXT NOT NULL DEFAULT 'complaint' CHECK (kind IN ('complaint', 'suggestion')),
    source          TEXT NOT NULL DEFAULT '',
    external_id     TEXT,
    received_at     BIGINT NOT NULL,
    received_offset BIGINT NOT NULL DEFAULT 0,
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
    priority        BIGINT NOT NULL DEFAULT 0,
    green_channel   BIGINT NOT NULL DEFAULT 0,
    handler_id      BIGINT REFERENCES staff(id),
    team_id         BIGINT REFERENCES teams(id),
    department      TEXT NOT NULL DEFAULT '',
    support_tier    BIGINT NOT NULL DEFAULT 1,
    incident_id     BIGINT REFERENCES incidents(id),
    appeal_of       BIGINT REFERENCES tickets(id),
    appeal_count    BIGINT NOT NULL DEFAULT 0,
    satisfaction    BIGINT,
    registered_by   BIGINT REFERENCES staff(id),
    extra           TEXT NOT NULL DEFAULT '{}',
    version         BIGINT NOT NULL DEFAULT 1,
    updated_at      BIGINT NOT NULL,
    UNIQUE (source, external_id)
);
-- @shared tickets_indexes

CREATE TABLE ticket_events (
    id         BIGSERIAL PRIMARY KEY,
    ticket_id  BIGINT NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
    at         BIGINT NOT NULL,
    actor_id   BIGINT REFERENCES staff(id),
    action     TEXT NOT NULL,
    from_state TEXT,
    to_state   TEXT,
    note       TEXT NOT NULL DEFAULT '',
    data       TEXT NOT NULL DEFAULT '{}'
);
-- @shared ticket_events_index

CREATE TABLE attachments (
    id         BIGSERIAL PRIMARY KEY,
    ticket_id  BIGINT NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
    name       TEXT NOT NULL,
    mime       TEXT NOT NULL DEFAULT 'application/octet-stream',
    data       BYTEA NOT NULL,
    created_at BIGINT NOT NULL
);

CREATE TABLE messages (
    id          BIGSERIAL PRIMARY KEY,
    sender_id   BIGINT REFERENCES staff(id),
    subject     TEXT NOT NULL DEFAULT '',
    body        TEXT NOT NULL,
    priority    BIGINT NOT NULL DEFAULT 0,
    modes       BIGINT NOT NULL DEFAULT 1,
    audience    TEXT NOT NULL DEFAULT '{}',
    incident_id BIGINT REFERENCES incidents(id),
    created_at  BIGINT NOT NULL,
    expires_at  BIGINT
);

CREATE TABLE message_recipients (
    message_id   BIGINT NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
    staff_id     BIGINT NOT NULL REFERENCES staff(id) ON DELETE CASCADE,
    delivered_at BIGINT,
    read_at      BIGINT,
    PRIMARY KEY (message_id, staff_id)
);
-- @shared message_recipients_index

CREATE TABLE outbox (
    id              BIGSERIAL PRIMARY KEY,
    kind            TEXT NOT NULL,
    target          TEXT NOT NULL,
    payload         TEXT NOT NULL,
    state           TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'delivered', 'failed')),
    attempts        BIGINT NOT NULL DEFAULT 0,
    next_attempt_at BIGINT NOT NULL,
    last_error      TEXT NOT NULL DEFAULT '',
    created_at      BIGINT NOT NULL,
    delivered_at    BIGINT
);

CREATE FUNCTION sb_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only';
END;
$$;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION sb_audit_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION sb_audit_append_only();

-- change_log: every write appends in the same transaction. A transaction-scoped advisory
-- lock taken before the sequence number is drawn makes seq order equal commit order, so a
-- reader that asks for "seq > last seen" can never skip a row that commits late.
CREATE FUNCTION sb_log_change() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, public AS $$
DECLARE
    s BIGINT;
    e BIGINT;
BEGIN
    PERFORM pg_advisory_xact_lock(7305001);
    IF TG_OP = 'DELETE' THEN
        e := (to_jsonb(OLD) ->> TG_ARGV[1])::BIGINT;
    ELSE
        e := (to_jsonb(NEW) ->> TG_ARGV[1])::BIGINT;
    END IF;
    INSERT INTO public.change_log(entity, entity_id, op, at)
    VALUES (TG_ARGV[0], e, lower(TG_OP), (extract(epoch FROM clock_timestamp()) * 1000)::BIGINT)
    RETURNING seq INTO s;
    PERFORM pg_notify('signalboard_change', s::TEXT);
    RETURN NULL;
END;
$$;

CREATE TRIGGER tickets_c AFTER INSERT OR UPDATE OR DELETE ON tickets
    FOR EACH ROW EXECUTE FUNCTION sb_log_change('ticket', 'id');
CREATE TRIGGER ticket_events_c AFTER INSERT ON ticket_events
    FOR EACH ROW EXECUTE FUNCTION sb_log_change('ticket_event', 'id');
CREATE TRIGGER incidents_c AFTER INSERT OR UPDATE ON incidents
    FOR EACH ROW EXECUTE FUNCTION sb_log_change('incident', 'id');
CREATE TRIGGER incident_events_c AFTER INSERT ON incident_events
    FOR EACH ROW EXECUTE FUNCTION sb_log_change('incident_event', 'id');
CREATE TRIGGER messages_c AFTER INSERT ON messages
    FOR EACH ROW EXECUTE FUNCTION sb_log_change('message', 'id');
CREATE TRIGGER message_recipients_c AFTER UPDATE ON message_recipients
    FOR EACH ROW EXECUTE FUNCTION sb_log_change('receipt', 'message_id');
CREATE TRIGGER staff_c AFTER INSERT OR UPDATE ON staff
    FOR EACH ROW EXECUTE FUNCTION sb_log_change('staff', 'id');
CREATE TRIGGER settings_c AFTER INSERT ON settings
    FOR EACH ROW EXECUTE FUNCTION sb_log_change('setting', 'version');
CREATE TRIGGER rule_sets_c AFTER INSERT ON rule_sets
    FOR EACH ROW EXECUTE FUNCTION sb_log_change('rule_set', 'version');

-- Group roles: each person logs in as their own role, member of one of these. The server,
-- not the client, decides what each may do. (Row-level security is added by a later
-- migration; here the table-level grants.)
-- Roles belong to the whole server, not to one database, and the migration lock is per
-- database: when two databases of one server are set up at the same moment, the other one's
-- migration may create a role or a membership between our check and our CREATE (it then
-- waits for that transaction and fails on the unique index). Either way the role is there.
DO $$
DECLARE r TEXT;
BEGIN
    FOREACH r IN ARRAY ARRAY['sb_staff', 'sb_agent', 'sb_team_lead', 'sb_supervisor',
                             'sb_manager', 'sb_qa', 'sb_admin'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
            BEGIN
                EXECUTE format('CREATE ROLE %I NOLOGIN', r);
            EXCEPTION WHEN duplicate_object OR unique_violation THEN
                NULL; -- created meanwhile by another database's migration
            END;
        END IF;
    END LOOP;
    FOREACH r IN ARRAY ARRAY['sb_agent', 'sb_team_lead', 'sb_supervisor', 'sb_manager', 'sb_qa',
                             'sb_admin'] LOOP
        BEGIN
            EXECUTE format('GRANT sb_staff TO %I', r);
        EXCEPTION WHEN unique_violation THEN
            NULL; -- granted meanwhile by another database's migration
        END;
    END LOOP;
END;
$$;

REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC;
GRANT SELECT ON schema_version, change_log, settings, teams, roles, permissions,
    role_permissions, kb_articles, rule_sets, incidents, incident_events, tickets,
    ticket_events, attachments, messages, message_recipients TO sb_staff;
GRANT SELECT (id, employee_no, name, gender, role_id, level, status, status_changed_at,
    team_id, skill_groups, login, on_duty, created_at) ON staff TO sb_staff;
GRANT INSERT ON audit_log TO sb_staff;
GRANT SELECT ON audit_log TO sb_manager, sb_admin;
GRANT INSERT ON tickets, ticket_events, attachments, messages, message_recipients TO sb_staff;
GRANT UPDATE (delivered_at, read_at) ON message_recipients TO sb_staff;
GRANT UPDATE ON tickets TO sb_agent, sb_team_lead, sb_supervisor, sb_manager, sb_admin;
GRANT INSERT, UPDATE ON incidents, incident_events TO sb_staff;
GRANT INSERT, UPDATE ON kb_articles TO sb_agent, sb_team_lead, sb_supervisor, sb_manager, sb_admin;
GRANT SELECT, INSERT, UPDATE ON outbox TO sb_supervisor, sb_manager, sb_admin, sb_team_lead;
GRANT INSERT, UPDATE, DELETE ON teams, roles, permissions, role_permissions, staff,
    temp_permissions TO sb_admin;
GRANT SELECT ON staff, temp_permissions TO sb_admin;
GRANT INSERT ON settings, rule_sets TO sb_admin;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO sb_staff;

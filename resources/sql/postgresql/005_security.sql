-- Signalboard schema 5 (PostgreSQL): people, permissions, security.
-- Hierarchical permission keys (granting a parent grants its children), the default roles and
-- what each may do, and QA scores.

CREATE TABLE qa_scores (
    id           BIGSERIAL PRIMARY KEY,
    ticket_id    BIGINT NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
    agent_id     BIGINT REFERENCES staff(id) ON DELETE SET NULL,
    inspector_id BIGINT REFERENCES staff(id) ON DELETE SET NULL,
    scores       TEXT NOT NULL DEFAULT '{}',
    total        DOUBLE PRECISION NOT NULL DEFAULT 0,
    created_at   BIGINT NOT NULL
);
-- @shared indexes

-- @shared permissions_and_roles

-- Security settings (security.password.*, security.lockout.*) are not seeded: until an
-- administrator sets them the defaults in SecuritySettings apply (and no change_log rows appear).

-- ---------------------------------------------------------------------------------------
-- The server is the guard. Every person logs in as their own PostgreSQL role (staff.login),
-- a member of their role's db_group. The functions below run as the schema owner
-- (SECURITY DEFINER, fixed search_path) and check the CALLER (session_user) themselves.
-- ---------------------------------------------------------------------------------------

-- The SECURITY DEFINER functions below resolve names in pg_catalog, then public: nobody but
-- the owner may create objects in public (PostgreSQL 15 already defaults to this).
REVOKE CREATE ON SCHEMA public FROM PUBLIC;

CREATE FUNCTION sb_now_ms() RETURNS BIGINT LANGUAGE sql VOLATILE
SET search_path = pg_catalog, public AS $$
    SELECT (extract(epoch FROM clock_timestamp()) * 1000)::BIGINT
$$;

-- The installer: a superuser or the owner of this database acts as the super role even
-- without a staff row (needed to create the first administrator).
CREATE FUNCTION sb_caller_is_installer() RETURNS BOOLEAN LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, public AS $$
    SELECT COALESCE((SELECT r.rolsuper FROM pg_roles r WHERE r.rolname = session_user), false)
        OR COALESCE((SELECT pg_has_role(session_user, d.datdba, 'MEMBER')
                     FROM pg_database d WHERE d.datname = current_database()), false)
$$;

CREATE FUNCTION sb_current_staff_id() RETURNS BIGINT LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, public AS $$
    SELECT s.id FROM public.staff s WHERE s.login = session_user AND s.status = 'active'
$$;

CREATE FUNCTION sb_current_team_id() RETURNS BIGINT LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, public AS $$
    SELECT s.team_id FROM public.staff s WHERE s.login = session_user AND s.status = 'active'
$$;

CREATE FUNCTION sb_is_super() RETURNS BOOLEAN LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, public AS $$
    SELECT public.sb_caller_is_installer() OR EXISTS (
        SELECT 1 FROM public.staff s JOIN public.roles r ON r.id = s.role_id
        WHERE s.login = session_user AND s.status = 'active' AND r.is_super = 1)
$$;

-- True when the caller holds `perm`: through their role or an unexpired temporary grant of
-- the key itself or of any ancestor (granting a parent grants its children), or when the
-- caller has the super role. Inactive staff hold nothing.
CREATE FUNCTION sb_has_permission(perm TEXT) RETURNS BOOLEAN LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, public AS $$
    WITH RECURSIVE me AS (
        SELECT s.id, s.role_id FROM public.staff s
        WHERE s.login = session_user AND s.status = 'active'
    ), ancestors(key, depth) AS (
        SELECT perm, 0
        UNION ALL
        SELECT p.parent_key, a.depth + 1 FROM public.permissions p
        JOIN ancestors a ON p.key = a.key
        WHERE p.parent_key IS NOT NULL AND a.depth < 32
    ), granted(key) AS (
        SELECT rp.permission_key FROM public.role_permissions rp JOIN me ON rp.role_id = me.role_id
        UNION
        SELECT tp.permission_key FROM public.temp_permissions tp JOIN me ON tp.staff_id = me.id
        WHERE tp.expires_at > public.sb_now_ms()
    )
    SELECT public.sb_is_super()
        OR EXISTS (SELECT 1 FROM granted g JOIN ancestors a ON a.key = g.key)
$$;

CREATE FUNCTION sb_require_permission(perm TEXT) RETURNS VOID LANGUAGE plpgsql STABLE
SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
    IF public.sb_has_permission(perm) IS NOT TRUE THEN
        RAISE EXCEPTION 'permission denied: % needs the permission "%"', session_user, perm
            USING ERRCODE = 'insufficient_privilege';
    END IF;
END;
$$;

CREATE FUNCTION sb_audit(p_action TEXT, p_entity TEXT, p_entity_id BIGINT, p_detail JSONB)
RETURNS VOID LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    INSERT INTO public.audit_log(at, actor, action, entity, entity_id, detail)
    VALUES (public.sb_now_ms(), session_user, p_action, p_entity, p_entity_id,
            COALESCE(p_detail, '{}'::jsonb)::TEXT)
$$;

-- True when the caller may give someone the role `p_role_id`: the super role may give any
-- role; others only roles that are not super and whose every permission they hold themselves.
CREATE FUNCTION sb_may_hold_role(p_role_id BIGINT) RETURNS BOOLEAN LANGUAGE sql STABLE
SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    SELECT public.sb_is_super() OR (
        p_role_id IS NULL
        OR (NOT EXISTS (SELECT 1 FROM public.roles r WHERE r.id = p_role_id AND r.is_super = 1)
            AND NOT EXISTS (SELECT 1 FROM public.role_permissions rp
                            WHERE rp.role_id = p_role_id
                              AND NOT public.sb_has_permission(rp.permission_key))))
$$;

-- True when the caller may manage (re-password, disable) the person with login `p_login`:
-- the same rule applied to the role that person holds now.
CREATE FUNCTION sb_may_manage(p_login TEXT) RETURNS BOOLEAN LANGUAGE sql STABLE
SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    SELECT COALESCE((SELECT public.sb_may_hold_role(s.role_id) FROM public.staff s
                     WHERE s.login = p_login), true)
$$;

-- Creates a person with their own LOGIN role (password stored by the server as SCRAM),
-- member of their role's group, and the matching staff row. Returns the staff id.
CREATE FUNCTION sb_create_login(p_employee_no TEXT, p_login TEXT, p_password TEXT,
                                p_role_key TEXT, p_name TEXT DEFAULT NULL,
                                p_team_id BIGINT DEFAULT NULL)
RETURNS BIGINT LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, public
SET password_encryption = 'scram-sha-256' AS $$
DECLARE
    r public.roles%ROWTYPE;
    new_id BIGINT;
    now_ms BIGINT := public.sb_now_ms();
BEGIN
    PERFORM public.sb_require_permission('admin.staff');
    IF p_login IS NULL OR p_login !~ '^[a-z_][a-z0-9_]{0,62}$' THEN
        RAISE EXCEPTION 'login "%" is not allowed: use 1 to 63 lower-case letters, digits or _, starting with a letter or _', p_login
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF p_login LIKE 'pg\_%' OR p_login LIKE 'sb\_%' OR p_login IN ('public', 'postgres') THEN
        RAISE EXCEPTION 'login "%" is reserved', p_login USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_login) THEN
        RAISE EXCEPTION 'a database role named "%" already exists', p_login
            USING ERRCODE = 'duplicate_object';
    END IF;
    IF p_employee_no IS NULL OR p_employee_no !~ '^[A-Za-z0-9_-]{1,32}$' THEN
        RAISE EXCEPTION 'employee number "%" is not allowed: use 1 to 32 letters, digits, _ or -', p_employee_no
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF p_password IS NULL OR length(p_password) < 8 OR length(p_password) > 1024 THEN
        RAISE EXCEPTION 'the password must have 8 to 1024 characters'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF p_name IS NOT NULL AND (length(p_name) > 64 OR p_name ~ '[[:cntrl:]]') THEN
        RAISE EXCEPTION 'the name must have at most 64 characters and no control characters'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    SELECT * INTO r FROM public.roles WHERE key = p_role_key;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'there is no role "%"', p_role_key USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF r.db_group NOT IN ('sb_agent', 'sb_team_lead', 'sb_supervisor', 'sb_manager', 'sb_qa', 'sb_admin') THEN
        RAISE EXCEPTION 'role "%" has no valid database group ("%")', p_role_key, r.db_group
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF (r.is_super = 1 OR r.db_group = 'sb_admin') AND NOT public.sb_is_super() THEN
        RAISE EXCEPTION 'only the super role may create administrators'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NOT public.sb_may_hold_role(r.id) THEN
        RAISE EXCEPTION 'you may not give someone the role "%": it holds permissions you do not hold', p_role_key
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    EXECUTE format('CREATE ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD %L',
                   p_login, p_password);
    EXECUTE format('GRANT %I TO %I', r.db_group, p_login);
    INSERT INTO public.staff(employee_no, name, role_id, status, status_changed_at, team_id,
                             login, created_at)
    VALUES (p_employee_no, COALESCE(p_name, p_login), r.id, 'active', now_ms, p_team_id, p_login,
            now_ms)
    RETURNING id INTO new_id;
    PERFORM public.sb_audit('staff.create_login', 'staff', new_id,
        jsonb_build_object('after', jsonb_build_object('employee_no', p_employee_no,
            'login', p_login, 'role', p_role_key, 'team_id', p_team_id, 'db_group', r.db_group)));
    RETURN new_id;
END;
$$;

-- Disables a person: the login role may no longer connect, their open sessions end, and
-- their permissions vanish at once (inactive staff hold none).
CREATE FUNCTION sb_disable_login(p_login TEXT, p_status TEXT DEFAULT 'disabled')
RETURNS VOID LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    sid BIGINT;
    old_status TEXT;
BEGIN
    PERFORM public.sb_require_permission('admin.staff');
    IF p_status IS NULL OR p_status NOT IN ('disabled', 'expired', 'left') THEN
        RAISE EXCEPTION 'status "%" is not one of disabled, expired, left', p_status
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    SELECT id, status INTO sid, old_status FROM public.staff WHERE login = p_login FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no staff member has the login "%"', p_login
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF p_login = session_user THEN
        RAISE EXCEPTION 'you cannot disable your own login' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_login AND rolsuper) THEN
        RAISE EXCEPTION 'login "%" is a database superuser; it is not managed here', p_login
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NOT public.sb_may_manage(p_login) THEN
        RAISE EXCEPTION 'you may not disable "%": their role holds permissions you do not hold', p_login
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_login) THEN
        EXECUTE format('ALTER ROLE %I NOLOGIN', p_login);
    END IF;
    UPDATE public.staff SET status = p_status, status_changed_at = public.sb_now_ms()
    WHERE id = sid;
    BEGIN
        PERFORM pg_terminate_backend(a.pid) FROM pg_stat_activity a WHERE a.usename = p_login;
    EXCEPTION WHEN insufficient_privilege THEN
        NULL; -- the owner may lack pg_signal_backend: sessions end at their next reconnect
    END;
    PERFORM public.sb_audit('staff.disable_login', 'staff', sid,
        jsonb_build_object('before', jsonb_build_object('status', old_status),
                           'after', jsonb_build_object('status', p_status)));
END;
$$;

-- A new password for a login: an administrator (admin.staff) for anyone, everyone for themselves.
CREATE FUNCTION sb_set_password(p_login TEXT, p_password TEXT)
RETURNS VOID LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, public
SET password_encryption = 'scram-sha-256' AS $$
DECLARE
    sid BIGINT;
BEGIN
    IF p_login IS DISTINCT FROM session_user THEN
        PERFORM public.sb_require_permission('admin.staff');
        IF NOT public.sb_may_manage(p_login) THEN
            RAISE EXCEPTION 'you may not set the password of "%": their role holds permissions you do not hold', p_login
                USING ERRCODE = 'insufficient_privilege';
        END IF;
    END IF;
    SELECT id INTO sid FROM public.staff WHERE login = p_login;
    IF NOT FOUND OR NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_login AND NOT rolsuper) THEN
        RAISE EXCEPTION 'no staff login "%" to change', p_login USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF p_password IS NULL OR length(p_password) < 8 OR length(p_password) > 1024 THEN
        RAISE EXCEPTION 'the password must have 8 to 1024 characters'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    EXECUTE format('ALTER ROLE %I PASSWORD %L', p_login, p_password);
    PERFORM public.sb_audit('staff.set_password', 'staff', sid, jsonb_build_object('login', p_login));
END;
$$;

CREATE FUNCTION sb_grant_permission(p_role_key TEXT, p_permission TEXT)
RETURNS VOID LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    rid BIGINT;
BEGIN
    PERFORM public.sb_require_permission('admin.roles');
    -- Nobody hands out what they do not hold themselves.
    PERFORM public.sb_require_permission(p_permission);
    SELECT id INTO rid FROM public.roles WHERE key = p_role_key;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'there is no role "%"', p_role_key USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM public.permissions WHERE key = p_permission) THEN
        RAISE EXCEPTION 'there is no permission "%"', p_permission
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    INSERT INTO public.role_permissions(role_id, permission_key) VALUES (rid, p_permission)
    ON CONFLICT DO NOTHING;
    PERFORM public.sb_audit('role.grant', 'role', rid,
        jsonb_build_object('role', p_role_key, 'permission', p_permission));
END;
$$;

CREATE FUNCTION sb_revoke_permission(p_role_key TEXT, p_permission TEXT)
RETURNS VOID LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    rid BIGINT;
BEGIN
    PERFORM public.sb_require_permission('admin.roles');
    SELECT id INTO rid FROM public.roles WHERE key = p_role_key;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'there is no role "%"', p_role_key USING ERRCODE = 'invalid_parameter_value';
    END IF;
    DELETE FROM public.role_permissions WHERE role_id = rid AND permission_key = p_permission;
    PERFORM public.sb_audit('role.revoke', 'role', rid,
        jsonb_build_object('role', p_role_key, 'permission', p_permission));
END;
$$;

-- A temporary permission names its holder and expires at p_expires_at (ms since epoch).
CREATE FUNCTION sb_grant_temp_permission(p_login TEXT, p_permission TEXT, p_expires_at BIGINT)
RETURNS BIGINT LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    holder BIGINT;
    new_id BIGINT;
BEGIN
    PERFORM public.sb_require_permission('admin.roles');
    PERFORM public.sb_require_permission(p_permission);
    IF p_login = session_user AND NOT public.sb_is_super() THEN
        RAISE EXCEPTION 'you cannot grant yourself a permission' USING ERRCODE = 'insufficient_privilege';
    END IF;
    SELECT id INTO holder FROM public.staff WHERE login = p_login;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no staff member has the login "%"', p_login
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM public.permissions WHERE key = p_permission) THEN
        RAISE EXCEPTION 'there is no permission "%"', p_permission
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF p_expires_at IS NULL OR p_expires_at <= public.sb_now_ms() THEN
        RAISE EXCEPTION 'a temporary permission must expire in the future'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    INSERT INTO public.temp_permissions(staff_id, permission_key, granted_by, expires_at)
    VALUES (holder, p_permission, public.sb_current_staff_id(), p_expires_at)
    RETURNING id INTO new_id;
    PERFORM public.sb_audit('temp_permission.grant', 'staff', holder,
        jsonb_build_object('permission', p_permission, 'expires_at', p_expires_at, 'id', new_id));
    RETURN new_id;
END;
$$;

CREATE FUNCTION sb_revoke_temp_permission(p_id BIGINT)
RETURNS VOID LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    t public.temp_permissions%ROWTYPE;
BEGIN
    PERFORM public.sb_require_permission('admin.roles');
    DELETE FROM public.temp_permissions WHERE id = p_id RETURNING * INTO t;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'there is no temporary permission %', p_id
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    PERFORM public.sb_audit('temp_permission.revoke', 'staff', t.staff_id,
        jsonb_build_object('permission', t.permission_key, 'expires_at', t.expires_at, 'id', p_id));
END;
$$;

-- Who may see a ticket: supervisors, managers, QA and administrators see all; everyone else
-- the tickets they handle or registered, their team's, or all with tickets.read_all.
CREATE FUNCTION sb_can_see_ticket(p_handler BIGINT, p_team BIGINT, p_registered_by BIGINT)
RETURNS BOOLEAN LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    SELECT public.sb_caller_is_installer()
        OR pg_has_role(session_user, 'sb_supervisor', 'MEMBER')
        OR pg_has_role(session_user, 'sb_manager', 'MEMBER')
        OR pg_has_role(session_user, 'sb_qa', 'MEMBER')
        OR pg_has_role(session_user, 'sb_admin', 'MEMBER')
        OR COALESCE(p_handler = public.sb_current_staff_id(), false)
        OR COALESCE(p_registered_by = public.sb_current_staff_id(), false)
        OR COALESCE(p_team = public.sb_current_team_id(), false)
        OR public.sb_has_permission('tickets.read_all')
$$;

-- A ticket changes state only here: the caller must be able to see the ticket, must hold its
-- current version (optimistic locking) and the action's permission. The permission is
-- tickets.<action>; when the data-driven workflow tables (migration 003) are installed, the
-- action must exist there for the ticket's kind and state, and its row names the permission
-- and the state it leads to. Returns the new version.
CREATE FUNCTION sb_ticket_transition(p_ticket_id BIGINT, p_action TEXT, p_to_state TEXT,
                                     p_expected_version BIGINT, p_note TEXT DEFAULT '',
                                     p_data TEXT DEFAULT '{}')
RETURNS BIGINT LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    t public.tickets%ROWTYPE;
    now_ms BIGINT := public.sb_now_ms();
    perm TEXT := 'tickets.' || p_action;
    rule_to TEXT;
BEGIN
    IF p_action IS NULL OR p_action !~ '^[a-z][a-z0-9_]{0,39}$' THEN
        RAISE EXCEPTION 'action "%" is not a valid action name', p_action
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF p_to_state IS NULL OR p_to_state !~ '^[a-z][a-z0-9_]{0,39}$' THEN
        RAISE EXCEPTION 'state "%" is not a valid state name', p_to_state
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    BEGIN
        PERFORM COALESCE(p_data, '{}')::jsonb;
    EXCEPTION WHEN others THEN
        RAISE EXCEPTION 'the event data is not valid JSON' USING ERRCODE = 'invalid_parameter_value';
    END;
    SELECT * INTO t FROM public.tickets WHERE id = p_ticket_id FOR UPDATE;
    IF NOT FOUND OR public.sb_can_see_ticket(t.handler_id, t.team_id, t.registered_by) IS NOT TRUE THEN
        RAISE EXCEPTION 'ticket % does not exist or is not yours to change', p_ticket_id
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF t.version <> p_expected_version THEN
        RAISE EXCEPTION 'ticket % was changed by someone else (version % now, % expected); reload it', p_ticket_id, t.version, p_expected_version
            USING ERRCODE = 'serialization_failure';
    END IF;
    IF to_regclass('public.workflow_actions') IS NOT NULL THEN
        perm := NULL;
        EXECUTE 'SELECT permission, to_state FROM public.workflow_actions '
                'WHERE flow = $1 AND key = $2 AND from_state = $3'
            INTO perm, rule_to USING t.kind, p_action, t.state;
        IF perm IS NULL THEN
            RAISE EXCEPTION 'action "%" is not possible on a % in state "%"', p_action, t.kind, t.state
                USING ERRCODE = 'invalid_parameter_value';
        END IF;
        IF p_to_state IS DISTINCT FROM COALESCE(rule_to, t.state) THEN
            RAISE EXCEPTION 'action "%" leads to state "%", not "%"', p_action, COALESCE(rule_to, t.state), p_to_state
                USING ERRCODE = 'invalid_parameter_value';
        END IF;
    END IF;
    PERFORM public.sb_require_permission(perm);
    UPDATE public.tickets SET state = p_to_state, version = t.version + 1, updated_at = now_ms
    WHERE id = p_ticket_id;
    INSERT INTO public.ticket_events(ticket_id, at, actor_id, action, from_state, to_state, note, data)
    VALUES (p_ticket_id, now_ms, public.sb_current_staff_id(), p_action, t.state, p_to_state,
            COALESCE(p_note, ''), COALESCE(p_data, '{}'));
    RETURN t.version + 1;
END;
$$;

-- Audit rows written by ordinary logins carry their own name, whatever the client sends.
CREATE FUNCTION sb_audit_stamp_actor() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, public AS $$
BEGIN
    IF NOT public.sb_caller_is_installer() THEN
        NEW.actor := session_user;
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER audit_log_stamp_actor BEFORE INSERT ON audit_log
    FOR EACH ROW EXECUTE FUNCTION sb_audit_stamp_actor();

-- Functions: nobody but sb_staff members may call them; each checks its caller.
REVOKE ALL ON FUNCTION sb_now_ms(), sb_caller_is_installer(), sb_current_staff_id(),
    sb_current_team_id(), sb_is_super(), sb_has_permission(TEXT), sb_require_permission(TEXT),
    sb_audit(TEXT, TEXT, BIGINT, JSONB), sb_may_hold_role(BIGINT), sb_may_manage(TEXT),
    sb_create_login(TEXT, TEXT, TEXT, TEXT, TEXT, BIGINT),
    sb_disable_login(TEXT, TEXT), sb_set_password(TEXT, TEXT), sb_grant_permission(TEXT, TEXT),
    sb_revoke_permission(TEXT, TEXT), sb_grant_temp_permission(TEXT, TEXT, BIGINT), sb_revoke_temp_permission(BIGINT),
    sb_can_see_ticket(BIGINT, BIGINT, BIGINT),
    sb_ticket_transition(BIGINT, TEXT, TEXT, BIGINT, TEXT, TEXT) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION sb_now_ms(), sb_caller_is_installer(), sb_current_staff_id(),
    sb_current_team_id(), sb_is_super(), sb_has_permission(TEXT), sb_require_permission(TEXT),
    sb_may_hold_role(BIGINT), sb_may_manage(TEXT),
    sb_create_login(TEXT, TEXT, TEXT, TEXT, TEXT, BIGINT), sb_disable_login(TEXT, TEXT),
    sb_set_password(TEXT, TEXT), sb_grant_permission(TEXT, TEXT), sb_revoke_permission(TEXT, TEXT),
    sb_grant_temp_permission(TEXT, TEXT, BIGINT), sb_revoke_temp_permission(BIGINT),
    sb_can_see_ticket(BIGINT, BIGINT, BIGINT),
    sb_ticket_transition(BIGINT, TEXT, TEXT, BIGINT, TEXT, TEXT) TO sb_staff;

-- Tickets change state only through sb_ticket_transition. The grading engine links tickets to
-- incidents from every workstation, so that one column stays directly writable.
-- Deleting a team keeps its tickets (team_id becomes NULL); the foreign key does it as the
-- table owner, so no group needs UPDATE on tickets.team_id.
ALTER TABLE tickets DROP CONSTRAINT tickets_team_id_fkey;
ALTER TABLE tickets ADD CONSTRAINT tickets_team_id_fkey FOREIGN KEY (team_id)
    REFERENCES teams(id) ON DELETE SET NULL;
REVOKE UPDATE ON tickets FROM sb_staff, sb_agent, sb_team_lead, sb_supervisor, sb_manager,
    sb_qa, sb_admin;
GRANT UPDATE (incident_id) ON tickets TO sb_staff;

-- audit_log is append-only for everyone (the 001 triggers refuse it too).
REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM PUBLIC, sb_staff, sb_agent, sb_team_lead,
    sb_supervisor, sb_manager, sb_qa, sb_admin;
-- Permissions are granted through the audited functions above, not by direct writes.
REVOKE INSERT, UPDATE, DELETE ON role_permissions, temp_permissions FROM sb_admin;

GRANT SELECT ON qa_scores TO sb_staff;
GRANT INSERT, UPDATE ON qa_scores TO sb_qa;
GRANT USAGE ON SEQUENCE qa_scores_id_seq TO sb_staff;

-- Row-level security. The table owner (the migrating administrator) is not subject to it.
ALTER TABLE tickets ENABLE ROW LEVEL SECURITY;
CREATE POLICY tickets_read_all ON tickets FOR SELECT
    TO sb_supervisor, sb_manager, sb_qa, sb_admin USING (true);
CREATE POLICY tickets_read_own ON tickets FOR SELECT TO sb_staff
    USING (handler_id = (SELECT sb_current_staff_id())
           OR registered_by = (SELECT sb_current_staff_id())
           OR team_id = (SELECT sb_current_team_id())
           OR (SELECT sb_has_permission('tickets.read_all')));
CREATE POLICY tickets_insert ON tickets FOR INSERT TO sb_staff WITH CHECK (true);
CREATE POLICY tickets_link_incident ON tickets FOR UPDATE TO sb_staff USING (true) WITH CHECK (true);

ALTER TABLE ticket_events ENABLE ROW LEVEL SECURITY;
CREATE POLICY ticket_events_read ON ticket_events FOR SELECT TO sb_staff
    USING (EXISTS (SELECT 1 FROM tickets t WHERE t.id = ticket_id));
CREATE POLICY ticket_events_insert ON ticket_events FOR INSERT TO sb_staff
    WITH CHECK (actor_id IS NOT DISTINCT FROM (SELECT sb_current_staff_id())
                AND EXISTS (SELECT 1 FROM tickets t WHERE t.id = ticket_id));

ALTER TABLE attachments ENABLE ROW LEVEL SECURITY;
CREATE POLICY attachments_read ON attachments FOR SELECT TO sb_staff
    USING (EXISTS (SELECT 1 FROM tickets t WHERE t.id = ticket_id));
CREATE POLICY attachments_insert ON attachments FOR INSERT TO sb_staff
    WITH CHECK (EXISTS (SELECT 1 FROM tickets t WHERE t.id = ticket_id));

ALTER TABLE qa_scores ENABLE ROW LEVEL SECURITY;
CREATE POLICY qa_scores_read_all ON qa_scores FOR SELECT TO sb_qa, sb_manager, sb_admin
    USING (true);
CREATE POLICY qa_scores_read_own ON qa_scores FOR SELECT TO sb_staff
    USING (agent_id = (SELECT sb_current_staff_id())
           OR (SELECT sb_has_permission('qa.read_all')));
CREATE POLICY qa_scores_write ON qa_scores FOR INSERT TO sb_qa
    WITH CHECK (inspector_id = (SELECT sb_current_staff_id())
                AND (SELECT sb_has_permission('qa.score')));
CREATE POLICY qa_scores_update ON qa_scores FOR UPDATE TO sb_qa
    USING (inspector_id = (SELECT sb_current_staff_id()))
    WITH CHECK (inspector_id = (SELECT sb_current_staff_id())
                AND (SELECT sb_has_permission('qa.score')));

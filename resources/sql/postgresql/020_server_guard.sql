-- Signalboard schema 20 (PostgreSQL): the server guards what staff logins write directly.
-- A staff login can send any SQL its grants allow (psql is always at hand), so what a
-- client must not choose is decided here: guard triggers fire on statements a staff login
-- runs itself (current_user is the session's login and a member of sb_staff, tested in the
-- trigger's WHEN: cached checks, so imports by the installer pay nothing; inside the
-- SECURITY DEFINER functions current_user is their owner, and they checked everything
-- already) and overwrite or refuse; the installer (superuser or database owner) is trusted.

-- ---------------------------------------------------------------------------------------
-- Versions are required. A NULL expected version made "t.version <> NULL" unknown, and the
-- check was skipped: two concurrent escalations both applied. The two functions are patched
-- in place (their bodies stay in migrations 003 and 005); the patch checks it found the text.
DO $$
DECLARE
    f TEXT;
    def TEXT;
    patched TEXT;
BEGIN
    FOREACH f IN ARRAY ARRAY[
        'public.sb_workflow_apply(bigint, bigint, text, text, text, bigint, bigint)',
        'public.sb_ticket_transition(bigint, text, text, bigint, text, text)'] LOOP
        def := pg_get_functiondef(f::regprocedure);
        patched := replace(def, 'IF t.version <> p_expected_version THEN',
                           'IF p_expected_version IS NULL OR t.version <> p_expected_version THEN');
        IF patched = def THEN
            RAISE EXCEPTION 'migration 020: the version check of % was not found', f;
        END IF;
        EXECUTE patched;
    END LOOP;
END;
$$;

-- ---------------------------------------------------------------------------------------
-- Deadline urging. Every workstation's urger records an urge once per ticket, milestone and
-- kind; the urge is the system's, so its timeline line has no actor, which the staff insert
-- policy on ticket_events rightly refuses. It goes through this function: the caller must
-- see the ticket; the server stamps the time (only the installer may name it), reads the
-- ticket's state itself and writes both rows. Staff no longer insert into deadline_urges.
CREATE FUNCTION sb_urge(p_ticket_id BIGINT, p_milestone TEXT, p_kind TEXT, p_due_at BIGINT,
                        p_note TEXT, p_data TEXT, p_now BIGINT DEFAULT NULL)
RETURNS BOOLEAN LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    t public.tickets%ROWTYPE;
    installer BOOLEAN := public.sb_caller_is_installer();
    at_ms BIGINT := public.sb_now_ms();
BEGIN
    IF installer THEN
        at_ms := COALESCE(p_now, at_ms);
    ELSIF public.sb_current_staff_id() IS NULL THEN
        RAISE EXCEPTION 'only active staff may urge' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF p_kind IS NULL OR p_kind NOT IN ('warning', 'overdue') THEN
        RAISE EXCEPTION 'urge kind "%" is not warning or overdue', p_kind
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF p_due_at IS NULL OR (p_kind = 'overdue' AND p_due_at > at_ms) THEN
        RAISE EXCEPTION 'an overdue urge needs a deadline that has passed'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM public.deadline_rules WHERE milestone = p_milestone) THEN
        RAISE EXCEPTION 'there is no deadline milestone "%"', p_milestone
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF length(COALESCE(p_note, '')) > 2000 OR length(COALESCE(p_data, '')) > 2000 THEN
        RAISE EXCEPTION 'the urge note and data are limited to 2000 characters each'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    BEGIN
        PERFORM COALESCE(NULLIF(p_data, ''), '{}')::jsonb;
    EXCEPTION WHEN others THEN
        RAISE EXCEPTION 'the urge data is not valid JSON' USING ERRCODE = 'invalid_parameter_value';
    END;
    SELECT * INTO t FROM public.tickets WHERE id = p_ticket_id;
    IF NOT FOUND OR public.sb_can_see_ticket(t.handler_id, t.team_id, t.registered_by) IS NOT TRUE THEN
        RAISE EXCEPTION 'ticket % does not exist or is not yours to urge', p_ticket_id
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    INSERT INTO public.deadline_urges(ticket_id, milestone, kind, due_at, at)
    VALUES (p_ticket_id, p_milestone, p_kind, p_due_at, at_ms)
    ON CONFLICT (ticket_id, milestone, kind) DO NOTHING;
    IF NOT FOUND THEN
        RETURN false; -- another workstation was first
    END IF;
    INSERT INTO public.ticket_events(ticket_id, at, actor_id, action, from_state, to_state, note, data)
    VALUES (p_ticket_id, at_ms, NULL, 'urge', t.state, t.state, COALESCE(p_note, ''),
            COALESCE(NULLIF(p_data, ''), '{}'));
    RETURN true;
END;
$$;
REVOKE ALL ON FUNCTION sb_urge(BIGINT, TEXT, TEXT, BIGINT, TEXT, TEXT, BIGINT) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION sb_urge(BIGINT, TEXT, TEXT, BIGINT, TEXT, TEXT, BIGINT) TO sb_staff;
REVOKE INSERT ON deadline_urges FROM sb_staff;

-- ---------------------------------------------------------------------------------------
-- Tickets. A staff login registers a ticket (tickets.register); everything the workflow
-- decides is the server's: the initial state, version 1, no handler, team, incident, appeal
-- or satisfaction, the registrar and the time. Green channel needs its own permission.
CREATE FUNCTION sb_guard_ticket_insert() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, public AS $$
DECLARE
    me BIGINT;
    initial TEXT;
BEGIN
    IF public.sb_caller_is_installer() THEN
        RETURN NEW;
    END IF;
    me := public.sb_current_staff_id();
    IF me IS NULL THEN
        RAISE EXCEPTION 'only active staff may register tickets' USING ERRCODE = 'insufficient_privilege';
    END IF;
    PERFORM public.sb_require_permission('tickets.register');
    IF COALESCE(NEW.green_channel, 0) <> 0 THEN
        PERFORM public.sb_require_permission('tickets.green_channel');
        NEW.green_channel := 1;
    END IF;
    SELECT key INTO initial FROM public.workflow_states WHERE flow = NEW.kind AND initial_for = 'new';
    IF initial IS NULL THEN
        RAISE EXCEPTION 'tickets of kind "%" cannot be registered', NEW.kind
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    NEW.state := initial;
    NEW.validity := '';
    NEW.priority := 0;
    NEW.handler_id := NULL;
    NEW.team_id := NULL;
    NEW.department := '';
    NEW.support_tier := 1;
    NEW.incident_id := NULL;
    NEW.appeal_of := NULL;
    NEW.appeal_count := 0;
    NEW.satisfaction := NULL;
    NEW.registered_by := me;
    NEW.version := 1;
    NEW.updated_at := public.sb_now_ms();
    RETURN NEW;
END;
$$;
CREATE TRIGGER tickets_guard_insert BEFORE INSERT ON tickets FOR EACH ROW
    WHEN (current_user = session_user AND pg_catalog.pg_has_role(current_user, 'sb_staff', 'MEMBER'))
    EXECUTE FUNCTION sb_guard_ticket_insert();

-- No staff login updates tickets directly any more: state and edits go through
-- sb_workflow_apply and sb_ticket_edit. The incident_id column stayed writable for a grading
-- engine that never links that way, and "UPDATE tickets SET incident_id = NULL" without
-- WHERE unlinked every team's tickets, even those the login cannot see.
REVOKE UPDATE ON tickets FROM sb_staff;
DROP POLICY tickets_link_incident ON tickets;

-- ---------------------------------------------------------------------------------------
-- Timeline lines written directly by staff (registration on the green channel, attachments,
-- knowledge-base links) are notes on the ticket as it is: never a workflow action (those go
-- through sb_workflow_apply), never a state change, in the writer's name, at the server's time.
CREATE FUNCTION sb_guard_ticket_event_insert() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, public AS $$
DECLARE
    current_state TEXT;
BEGIN
    IF public.sb_caller_is_installer() THEN
        RETURN NEW;
    END IF;
    IF EXISTS (SELECT 1 FROM public.workflow_actions WHERE key = NEW.action) OR NEW.action = 'urge' THEN
        RAISE EXCEPTION '"%" is a workflow action: apply it with sb_workflow_apply', NEW.action
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    SELECT state INTO current_state FROM public.tickets WHERE id = NEW.ticket_id;
    IF (NEW.from_state IS NOT NULL AND NEW.from_state IS DISTINCT FROM current_state)
       OR (NEW.to_state IS NOT NULL AND NEW.to_state IS DISTINCT FROM current_state) THEN
        RAISE EXCEPTION 'a timeline note cannot change the ticket''s state'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    NEW.actor_id := public.sb_current_staff_id();
    NEW.at := public.sb_now_ms();
    RETURN NEW;
END;
$$;
CREATE TRIGGER ticket_events_guard_insert BEFORE INSERT ON ticket_events FOR EACH ROW
    WHEN (current_user = session_user AND pg_catalog.pg_has_role(current_user, 'sb_staff', 'MEMBER'))
    EXECUTE FUNCTION sb_guard_ticket_event_insert();

-- ---------------------------------------------------------------------------------------
-- Import staging: each row belongs to the session's login that staged it. A row another
-- login committed there used to be swept into the next import ("imported 2, already
-- present -1"). staged_by is the server's (no column grant); the importer moves and deletes
-- only its own rows.
ALTER TABLE import_staging ADD COLUMN staged_by NAME NOT NULL DEFAULT session_user;
REVOKE INSERT ON import_staging FROM sb_staff;
GRANT INSERT (line, source, external_id, received_at, received_offset, channel, customer_tier,
    problem_type, customer_id, service_number, category, subject, description, region, extra,
    registered_by, updated_at) ON import_staging TO sb_staff;

-- ---------------------------------------------------------------------------------------
-- Knowledge base: writing articles needs kb.edit; everyone may count a use (uses + 1 only).
CREATE FUNCTION sb_guard_kb_write() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, public AS $$
BEGIN
    IF public.sb_caller_is_installer() THEN
        RETURN NEW;
    END IF;
    -- (search is generated after BEFORE triggers: NULL in NEW here.)
    IF TG_OP = 'UPDATE' AND (to_jsonb(NEW) - 'uses' - 'search') = (to_jsonb(OLD) - 'uses' - 'search') THEN
        IF NEW.uses <> OLD.uses + 1 THEN
            RAISE EXCEPTION 'a use is counted one at a time' USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN NEW;
    END IF;
    PERFORM public.sb_require_permission('kb.edit');
    NEW.updated_at := public.sb_now_ms();
    IF TG_OP = 'INSERT' THEN
        NEW.created_at := NEW.updated_at;
        NEW.uses := 0;
    ELSE
        NEW.created_at := OLD.created_at;
        NEW.uses := OLD.uses;
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER kb_articles_guard BEFORE INSERT OR UPDATE ON kb_articles FOR EACH ROW
    WHEN (current_user = session_user AND pg_catalog.pg_has_role(current_user, 'sb_staff', 'MEMBER'))
    EXECUTE FUNCTION sb_guard_kb_write();

-- ---------------------------------------------------------------------------------------
-- Messages. A message is read by its sender, its recipients, and those who keep the
-- broadcast log (supervisors, managers, administrators); it is sent in the sender's own name
-- at the server's time; recipients are added by the sender while sending; a receipt is
-- marked by its own recipient only, at the server's time, and never moves back.
CREATE FUNCTION sb_guard_message_insert() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, public AS $$
BEGIN
    IF public.sb_caller_is_installer() THEN
        RETURN NEW;
    END IF;
    NEW.sender_id := public.sb_current_staff_id();
    IF NEW.sender_id IS NULL THEN
        RAISE EXCEPTION 'only active staff may send messages' USING ERRCODE = 'insufficient_privilege';
    END IF;
    NEW.created_at := public.sb_now_ms();
    RETURN NEW;
END;
$$;
CREATE TRIGGER messages_guard_insert BEFORE INSERT ON messages FOR EACH ROW
    WHEN (current_user = session_user AND pg_catalog.pg_has_role(current_user, 'sb_staff', 'MEMBER'))
    EXECUTE FUNCTION sb_guard_message_insert();

CREATE FUNCTION sb_guard_receipt_update() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, public AS $$
DECLARE
    now_ms BIGINT := public.sb_now_ms();
BEGIN
    IF public.sb_caller_is_installer() THEN
        RETURN NEW;
    END IF;
    NEW.delivered_at := CASE WHEN OLD.delivered_at IS NOT NULL THEN OLD.delivered_at
                             WHEN NEW.delivered_at IS NOT NULL THEN now_ms END;
    NEW.read_at := CASE WHEN OLD.read_at IS NOT NULL THEN OLD.read_at
                        WHEN NEW.read_at IS NOT NULL THEN now_ms END;
    RETURN NEW;
END;
$$;
CREATE TRIGGER message_recipients_guard_update BEFORE UPDATE ON message_recipients FOR EACH ROW
    WHEN (current_user = session_user AND pg_catalog.pg_has_role(current_user, 'sb_staff', 'MEMBER'))
    EXECUTE FUNCTION sb_guard_receipt_update();

-- The broadcast log's keepers, by group.
CREATE FUNCTION sb_keeps_broadcast_log() RETURNS BOOLEAN LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, public AS $$
    SELECT pg_has_role(session_user, 'sb_supervisor', 'MEMBER')
        OR pg_has_role(session_user, 'sb_manager', 'MEMBER')
        OR pg_has_role(session_user, 'sb_admin', 'MEMBER')
$$;
-- Whether the caller sent this message (for the recipients' policies, which must not
-- read messages through its own policy).
CREATE FUNCTION sb_sent_message(p_message_id BIGINT) RETURNS BOOLEAN LANGUAGE sql STABLE
SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    SELECT EXISTS (SELECT 1 FROM public.messages m WHERE m.id = p_message_id
                   AND m.sender_id = public.sb_current_staff_id())
$$;
CREATE FUNCTION sb_received_message(p_message_id BIGINT) RETURNS BOOLEAN LANGUAGE sql STABLE
SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    SELECT EXISTS (SELECT 1 FROM public.message_recipients r WHERE r.message_id = p_message_id
                   AND r.staff_id = public.sb_current_staff_id())
$$;
REVOKE ALL ON FUNCTION sb_keeps_broadcast_log(), sb_sent_message(BIGINT),
    sb_received_message(BIGINT) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION sb_keeps_broadcast_log(), sb_sent_message(BIGINT),
    sb_received_message(BIGINT) TO sb_staff;

ALTER TABLE messages ENABLE ROW LEVEL SECURITY;
CREATE POLICY messages_read ON messages FOR SELECT TO sb_staff
    USING (sender_id = (SELECT sb_current_staff_id()) OR (SELECT sb_keeps_broadcast_log())
           OR sb_received_message(id));
CREATE POLICY messages_send ON messages FOR INSERT TO sb_staff
    WITH CHECK (sender_id = (SELECT sb_current_staff_id()));

ALTER TABLE message_recipients ENABLE ROW LEVEL SECURITY;
CREATE POLICY message_recipients_read ON message_recipients FOR SELECT TO sb_staff
    USING (staff_id = (SELECT sb_current_staff_id()) OR (SELECT sb_keeps_broadcast_log())
           OR sb_sent_message(message_id));
-- Recipients are named while the message is sent (within a minute of it, by its sender).
CREATE POLICY message_recipients_add ON message_recipients FOR INSERT TO sb_staff
    WITH CHECK (EXISTS (SELECT 1 FROM messages m WHERE m.id = message_id
                        AND m.sender_id = (SELECT sb_current_staff_id())
                        AND m.created_at > (SELECT sb_now_ms()) - 60000));
CREATE POLICY message_recipients_receipt ON message_recipients FOR UPDATE TO sb_staff
    USING (staff_id = (SELECT sb_current_staff_id()))
    WITH CHECK (staff_id = (SELECT sb_current_staff_id()));

-- ---------------------------------------------------------------------------------------
-- Audit entries written by staff carry their own name (migration 005) and the server's time.
CREATE OR REPLACE FUNCTION sb_audit_stamp_actor() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, public AS $$
BEGIN
    IF NOT public.sb_caller_is_installer() THEN
        NEW.actor := session_user;
        NEW.at := public.sb_now_ms();
    END IF;
    RETURN NEW;
END;
$$;

-- ---------------------------------------------------------------------------------------
-- The other rows staff write directly (their row-level policies pin who and where) carry the
-- server's time, not the client's: attachments, knowledge-base links and uses, QA scores and
-- the query log. The column to stamp is the trigger's argument.
CREATE FUNCTION sb_stamp_server_time() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, public AS $$
BEGIN
    IF public.sb_caller_is_installer() THEN
        RETURN NEW;
    END IF;
    NEW := jsonb_populate_record(NEW, jsonb_build_object(TG_ARGV[0], public.sb_now_ms()));
    RETURN NEW;
END;
$$;
DO $$
DECLARE
    t TEXT[];
BEGIN
    FOREACH t SLICE 1 IN ARRAY ARRAY[['attachments', 'created_at'], ['ticket_kb_links', 'linked_at'],
                                     ['kb_usage', 'at'], ['qa_scores', 'created_at'],
                                     ['query_log', 'at']] LOOP
        EXECUTE format('CREATE TRIGGER %I BEFORE INSERT ON %I FOR EACH ROW '
                       'WHEN (current_user = session_user '
                       'AND pg_catalog.pg_has_role(current_user, ''sb_staff'', ''MEMBER'')) '
                       'EXECUTE FUNCTION sb_stamp_server_time(%L)', t[1] || '_stamp', t[1], t[2]);
    END LOOP;
END;
$$;

-- ---------------------------------------------------------------------------------------
-- Logins: the functions that manage them touch only roles Signalboard created (members of
-- sb_staff), never a superuser or the database owner, whatever login a staff row names: an
-- administrator of the product must not become one of the cluster.
CREATE FUNCTION sb_is_staff_login(p_login TEXT) RETURNS BOOLEAN LANGUAGE sql STABLE
SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    -- CASE first: pg_has_role fails on a role that does not exist.
    SELECT CASE WHEN EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = p_login
                             AND NOT r.rolsuper)
                THEN pg_has_role(p_login, 'sb_staff', 'MEMBER')
                     AND NOT EXISTS (SELECT 1 FROM pg_database d
                                     WHERE d.datname = current_database()
                                     AND pg_has_role(p_login, d.datdba, 'MEMBER'))
                ELSE false END
$$;
REVOKE ALL ON FUNCTION sb_is_staff_login(TEXT) FROM PUBLIC;

-- A password that is already a hash (md5…, SCRAM-SHA-256$…) would be stored as it is,
-- skipping every rule about passwords.
CREATE FUNCTION sb_check_password(p_password TEXT) RETURNS VOID LANGUAGE plpgsql IMMUTABLE
SET search_path = pg_catalog AS $$
BEGIN
    IF p_password IS NULL OR length(p_password) < 8 OR length(p_password) > 1024 THEN
        RAISE EXCEPTION 'the password must have 8 to 1024 characters'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF p_password ~ '^md5[0-9a-f]{32}$' OR p_password ~ '^SCRAM-SHA-256\$' THEN
        RAISE EXCEPTION 'the password looks like a stored hash; give the password itself'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
END;
$$;
REVOKE ALL ON FUNCTION sb_check_password(TEXT) FROM PUBLIC;

DO $$
DECLARE
    def TEXT;
    patched TEXT;
    needle TEXT;
    guard TEXT;
BEGIN
    -- sb_set_password: only a staff login, never a hash.
    def := pg_get_functiondef('public.sb_set_password(text, text)'::regprocedure);
    needle := 'IF NOT FOUND OR NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_login AND NOT rolsuper) THEN';
    patched := replace(def, needle, 'IF NOT FOUND OR NOT public.sb_is_staff_login(p_login) THEN');
    needle := 'IF p_password IS NULL OR length(p_password) < 8 OR length(p_password) > 1024 THEN';
    patched := replace(patched, needle,
        'PERFORM public.sb_check_password(p_password);' || chr(10) || '    ' || needle);
    IF patched = def OR strpos(patched, 'sb_is_staff_login') = 0
       OR strpos(patched, 'sb_check_password') = 0 THEN
        RAISE EXCEPTION 'migration 020: the checks of sb_set_password were not found';
    END IF;
    EXECUTE patched;

    -- sb_disable_login: only a staff login (a role of the cluster that is not ours stays as it is).
    def := pg_get_functiondef('public.sb_disable_login(text, text)'::regprocedure);
    needle := 'IF p_login = session_user THEN';
    guard := 'IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_login) AND NOT public.sb_is_staff_login(p_login) THEN' || chr(10) ||
             '        RAISE EXCEPTION ''login "%" is not a Signalboard staff login; it is not managed here'', p_login' || chr(10) ||
             '            USING ERRCODE = ''insufficient_privilege'';' || chr(10) ||
             '    END IF;' || chr(10) || '    ' || needle;
    patched := replace(def, needle, guard);
    IF patched = def THEN
        RAISE EXCEPTION 'migration 020: the self check of sb_disable_login was not found';
    END IF;
    EXECUTE patched;

    -- sb_create_login: never a hash for a password.
    def := pg_get_functiondef('public.sb_create_login(text, text, text, text, text, bigint)'::regprocedure);
    needle := 'IF p_password IS NULL OR length(p_password) < 8 OR length(p_password) > 1024 THEN';
    patched := replace(def, needle, 'PERFORM public.sb_check_password(p_password);' || chr(10) || '    ' || needle);
    IF patched = def THEN
        RAISE EXCEPTION 'migration 020: the password check of sb_create_login was not found';
    END IF;
    EXECUTE patched;
END;
$$;

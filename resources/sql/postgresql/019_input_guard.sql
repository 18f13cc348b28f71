-- Input guard: names and handlers the server refuses even when a client does not check them.
--
-- 1. Staff names: sb_create_login (migration 005) only refused ASCII control characters
--    ([[:cntrl:]]). Names are now checked like the workstation does (SecurityValidation::
--    nameProblem): no control (Cc), format (Cf: zero-width space U+200B, bidi overrides such
--    as U+202E, soft hyphen, BOM …), line/paragraph separator or private-use characters, and
--    not blank. sb_hostile_char_position gives the first such character's position.
-- 2. Dispatch: sb_workflow_apply (migration 003) handed a ticket to any existing staff row.
--    A staff field (the handler) must now name an active staff member, as TicketWorkflow
--    checks on SQLite. Everything else in both functions is unchanged; CREATE OR REPLACE keeps
--    their owner and grants.

-- The 1-based position of the first character of p_text that has no place in a name, or 0.
-- Code points (decimal) by Unicode category, Unicode 15: Cc, Cf, Zl, Zp and Co.
CREATE OR REPLACE FUNCTION sb_hostile_char_position(p_text TEXT) RETURNS INTEGER
LANGUAGE plpgsql IMMUTABLE SET search_path = pg_catalog AS $$
DECLARE
    cp INTEGER;
BEGIN
    FOR i IN 1 .. COALESCE(length(p_text), 0) LOOP
        cp := ascii(substr(p_text, i, 1));
        IF cp < 32 OR cp BETWEEN 127 AND 159                               -- Cc
           OR cp IN (173, 1564, 1757, 1807, 2274, 6158, 65279,              -- Cf: U+00AD U+061C
                     69821, 69837, 917505)                                  --   U+06DD … U+E0001
           OR cp BETWEEN 1536 AND 1541 OR cp BETWEEN 2192 AND 2193          -- U+0600–5, U+0890–1
           OR cp BETWEEN 8203 AND 8207                                      -- U+200B–200F
           OR cp BETWEEN 8232 AND 8238                                      -- U+2028–202E (Zl Zp Cf)
           OR cp BETWEEN 8288 AND 8292 OR cp BETWEEN 8294 AND 8303          -- U+2060–4, U+2066–6F
           OR cp BETWEEN 65529 AND 65531                                    -- U+FFF9–FFFB
           OR cp BETWEEN 78896 AND 78911                                    -- U+13430–1343F
           OR cp BETWEEN 113824 AND 113827 OR cp BETWEEN 119155 AND 119162  -- U+1BCA0–3, U+1D173–A
           OR cp BETWEEN 917536 AND 917631                                  -- U+E0020–E007F
           OR cp BETWEEN 57344 AND 63743 OR cp >= 983040                    -- Co: U+E000–F8FF, planes 15–16
        THEN
            RETURN i;
        END IF;
    END LOOP;
    RETURN 0;
END;
$$;
REVOKE ALL ON FUNCTION sb_hostile_char_position(TEXT) FROM PUBLIC;

CREATE OR REPLACE FUNCTION sb_create_login(p_employee_no TEXT, p_login TEXT, p_password TEXT,
                                p_role_key TEXT, p_name TEXT DEFAULT NULL,
                                p_team_id BIGINT DEFAULT NULL)
RETURNS BIGINT LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, public
SET password_encryption = 'scram-sha-256' AS $$
DECLARE
    r public.roles%ROWTYPE;
    new_id BIGINT;
    now_ms BIGINT := public.sb_now_ms();
    bad_at INTEGER;
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
    IF p_name IS NOT NULL AND (length(p_name) > 64 OR btrim(p_name) = '') THEN
        RAISE EXCEPTION 'the name must have 1 to 64 characters'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    bad_at := public.sb_hostile_char_position(p_name);
    IF bad_at > 0 THEN
        RAISE EXCEPTION 'the name contains an invisible or control character (U+%) at position %',
            lpad(to_hex(ascii(substr(p_name, bad_at, 1))),
                 greatest(4, length(to_hex(ascii(substr(p_name, bad_at, 1))))), '0'), bad_at
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

CREATE OR REPLACE FUNCTION sb_workflow_apply(p_ticket_id BIGINT, p_expected_version BIGINT, p_action TEXT,
                                  p_fields TEXT, p_note TEXT, p_actor BIGINT, p_now BIGINT)
RETURNS TEXT LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    t public.tickets%ROWTYPE;
    a public.workflow_actions%ROWTYPE;
    f JSONB;
    fld RECORD;
    installer BOOLEAN := public.sb_caller_is_installer();
    actor BIGINT;
    at_ms BIGINT;
    new_state TEXT;
    max_tier BIGINT;
    appeal_state TEXT;
    appeal_id BIGINT;
    event_id BIGINT;
    staff_status TEXT;
BEGIN
    BEGIN
        f := COALESCE(NULLIF(p_fields, ''), '{}')::jsonb;
    EXCEPTION WHEN others THEN
        RAISE EXCEPTION 'the action fields are not valid JSON' USING ERRCODE = 'invalid_parameter_value';
    END;
    IF jsonb_typeof(f) <> 'object' THEN
        RAISE EXCEPTION 'the action fields must be a JSON object' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF installer THEN
        actor := p_actor;
        at_ms := COALESCE(p_now, public.sb_now_ms());
    ELSE
        actor := public.sb_current_staff_id();
        at_ms := public.sb_now_ms();
    END IF;
    SELECT * INTO t FROM public.tickets WHERE id = p_ticket_id FOR UPDATE;
    IF NOT FOUND OR public.sb_can_see_ticket(t.handler_id, t.team_id, t.registered_by) IS NOT TRUE THEN
        RAISE EXCEPTION 'ticket % does not exist or is not yours to change', p_ticket_id
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF t.version <> p_expected_version THEN
        RAISE EXCEPTION 'ticket % was changed by someone else (version % now, % expected)', p_ticket_id, t.version, p_expected_version
            USING ERRCODE = 'serialization_failure';
    END IF;
    SELECT * INTO a FROM public.workflow_actions
    WHERE flow = t.kind AND key = p_action AND from_state = t.state;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'action "%" is not possible on a % in state "%"', p_action, t.kind, t.state
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    PERFORM public.sb_require_permission(a.permission);
    FOR fld IN SELECT field FROM public.workflow_action_fields
               WHERE flow = t.kind AND action = p_action AND required = 1 LOOP
        IF btrim(COALESCE(f ->> fld.field, '')) = '' THEN
            RAISE EXCEPTION 'action "%" needs the field "%"', p_action, fld.field
                USING ERRCODE = 'invalid_parameter_value';
        END IF;
    END LOOP;
    -- Migration 019: staff fields (the handler) must name an active staff member.
    FOR fld IN SELECT field FROM public.workflow_action_fields
               WHERE flow = t.kind AND action = p_action AND type = 'staff' LOOP
        IF btrim(COALESCE(f ->> fld.field, '')) ~ '^[0-9]{1,18}$' THEN
            SELECT s.status INTO staff_status FROM public.staff s
            WHERE s.id = btrim(f ->> fld.field)::BIGINT;
            IF NOT FOUND THEN
                RAISE EXCEPTION 'field "%": there is no staff member #%', fld.field, btrim(f ->> fld.field)
                    USING ERRCODE = 'invalid_parameter_value';
            END IF;
            IF staff_status IS DISTINCT FROM 'active' THEN
                RAISE EXCEPTION 'field "%": staff member #% is not active (status "%"); only active staff can be given tickets',
                    fld.field, btrim(f ->> fld.field), staff_status
                    USING ERRCODE = 'invalid_parameter_value';
            END IF;
        END IF;
    END LOOP;
    new_state := COALESCE(a.to_state, t.state);
    BEGIN
        IF a.effect = 'valid' THEN
            t.validity := 'valid';
        ELSIF a.effect = 'invalid' THEN
            t.validity := 'invalid';
        ELSIF a.effect = 'assign' THEN
            t.department := COALESCE(f ->> 'department', t.department);
            t.team_id := COALESCE((f ->> 'team_id')::BIGINT, t.team_id);
            t.handler_id := COALESCE((f ->> 'handler_id')::BIGINT, t.handler_id);
            t.support_tier := COALESCE((f ->> 'support_tier')::BIGINT, t.support_tier);
        ELSIF a.effect = 'unassign' THEN
            t.handler_id := NULL;
        ELSIF a.effect = 'escalate' THEN
            t.handler_id := COALESCE((f ->> 'handler_id')::BIGINT, t.handler_id);
            t.support_tier := t.support_tier + 1;
        ELSIF a.effect = 'satisfaction' THEN
            t.satisfaction := (f ->> 'score')::BIGINT;
        ELSIF a.effect = 'appeal' THEN
            t.appeal_count := t.appeal_count + 1;
        END IF;
    EXCEPTION WHEN invalid_text_representation OR numeric_value_out_of_range THEN
        RAISE EXCEPTION 'action "%": a number field is not a whole number', p_action
            USING ERRCODE = 'invalid_parameter_value';
    END;
    SELECT COALESCE((SELECT value::BIGINT FROM public.settings WHERE key = 'workflow.max_support_tier'
                     ORDER BY version DESC LIMIT 1), 3) INTO max_tier;
    IF t.support_tier > max_tier OR t.support_tier < 1 THEN
        RAISE EXCEPTION 'there is no support tier %: the highest is %', t.support_tier, max_tier
            USING ERRCODE = 'check_violation';
    END IF;
    UPDATE public.tickets SET state = new_state, version = t.version + 1, updated_at = at_ms,
        validity = t.validity, department = t.department, team_id = t.team_id,
        handler_id = t.handler_id, support_tier = t.support_tier, satisfaction = t.satisfaction,
        appeal_count = t.appeal_count
    WHERE id = p_ticket_id;
    IF a.effect = 'appeal' THEN
        SELECT key INTO appeal_state FROM public.workflow_states
        WHERE flow = t.kind AND initial_for = 'appeal';
        IF appeal_state IS NULL THEN
            RAISE EXCEPTION 'the % workflow has no state for new appeals', t.kind
                USING ERRCODE = 'invalid_parameter_value';
        END IF;
        INSERT INTO public.tickets(kind, source, external_id, received_at, received_offset,
            channel, customer_tier, problem_type, customer_id, service_number, category, subject,
            description, region, state, appeal_of, registered_by, extra, updated_at)
        VALUES (t.kind, 'appeal', NULL, at_ms, t.received_offset,
            COALESCE(NULLIF(btrim(f ->> 'channel'), ''), t.channel), t.customer_tier,
            t.problem_type, t.customer_id, t.service_number, t.category, t.subject,
            btrim(COALESCE(f ->> 'reason', '')), t.region, appeal_state, t.id, actor,
            jsonb_strip_nulls(jsonb_build_object('appeal_reason', btrim(COALESCE(f ->> 'reason', '')),
                'skip_level', CASE WHEN f ? 'skip_level' THEN (f ->> 'skip_level') <> '0' END))::TEXT,
            at_ms)
        RETURNING id INTO appeal_id;
        INSERT INTO public.ticket_events(ticket_id, at, actor_id, action, from_state, to_state, note, data)
        VALUES (appeal_id, at_ms, actor, 'register_appeal', NULL, appeal_state, COALESCE(p_note, ''),
                jsonb_build_object('appeal_of', t.id)::TEXT);
        f := f || jsonb_build_object('appeal_ticket', appeal_id);
    END IF;
    INSERT INTO public.ticket_events(ticket_id, at, actor_id, action, from_state, to_state, note, data)
    VALUES (p_ticket_id, at_ms, actor, p_action, t.state, new_state, COALESCE(p_note, ''), f::TEXT)
    RETURNING id INTO event_id;
    RETURN jsonb_build_object('version', t.version + 1, 'event_id', event_id,
                              'appeal_ticket', appeal_id, 'to_state', new_state)::TEXT;
END;
$$;

-- Input guard: names the server refuses even when a client does not check them.
--
-- 1. Staff names: sb_create_login (migration 005) only refused ASCII control characters
--    ([[:cntrl:]]). Names are now checked like the workstation does (SecurityValidation::
--    nameProblem): no control (Cc), format (Cf: zero-width space U+200B, bidi overrides such
--    as U+202E, soft hyphen, BOM …), line/paragraph separator or private-use characters, and
--    not blank. sb_hostile_char_position gives the first such character's position.
--    Everything else in the function is unchanged; CREATE OR REPLACE keeps its owner and
--    grants.

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

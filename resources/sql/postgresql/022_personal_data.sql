-- Signalboard schema 22 (PostgreSQL): personal data is masked by the server.
-- A ticket's customer id and service number are not readable from the table by any staff
-- login (column privileges). Staff read the server's masked copies (generated columns, the
-- same masking as the workstation's: a mainland mobile number keeps its first 3 and last 4
-- digits, anything else its last 4 when it has at least 8 digits); clear values come only
-- through sb_personal_data, which needs personal_data.view and writes an audit row per call.
-- Searching by a number and a customer's other tickets go through functions that compare on
-- the server and return ticket ids, never values.
--
-- A column added to tickets later is not readable by staff until it is granted.

-- The workstation's maskKeeping (security/masking.cpp): digits beyond the first `p_head` and
-- the last `p_tail` become '*', all of them when there are fewer than `p_min`; control
-- characters become '*'; everything else stays. Digits: ASCII, full-width, Arabic-Indic.
CREATE FUNCTION sb_mask_keeping(p TEXT, p_head INT, p_tail INT, p_min INT) RETURNS TEXT
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE SET search_path = pg_catalog AS $$
DECLARE
    digit CONSTANT TEXT := '^[0-9\uFF10-\uFF19\u0660-\u0669\u06F0-\u06F9]$';
    chars TEXT[] := regexp_split_to_array(p, '');
    n INT := 0;
    i INT := 0;
    keep_any BOOLEAN;
    out TEXT := '';
    c TEXT;
BEGIN
    IF p = '' THEN
        RETURN '';
    END IF;
    FOREACH c IN ARRAY chars LOOP
        IF c ~ digit THEN
            n := n + 1;
        END IF;
    END LOOP;
    keep_any := n >= p_min AND n > p_head + p_tail;
    FOREACH c IN ARRAY chars LOOP
        IF c ~ digit THEN
            out := out || CASE WHEN keep_any AND (i < p_head OR i >= n - p_tail) THEN c ELSE '*' END;
            i := i + 1;
        ELSIF c ~ '^[\u0001-\u001F\u007F-\u009F]$' THEN
            out := out || '*';
        ELSE
            out := out || c;
        END IF;
    END LOOP;
    RETURN out;
END;
$$;

-- maskServiceNumber: 11 digits starting with 1 is a mobile number.
CREATE FUNCTION sb_mask_personal(p TEXT) RETURNS TEXT
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE SET search_path = pg_catalog, public AS $$
    SELECT CASE
        WHEN length(regexp_replace(p, '[^0-9\uFF10-\uFF19\u0660-\u0669\u06F0-\u06F9]', '', 'g')) = 11
             AND left(regexp_replace(p, '[^0-9\uFF10-\uFF19\u0660-\u0669\u06F0-\u06F9]', '', 'g'), 1) = '1'
            THEN public.sb_mask_keeping(p, 3, 4, 8)
        ELSE public.sb_mask_keeping(p, 0, 4, 8)
    END
$$;
GRANT EXECUTE ON FUNCTION sb_mask_personal(TEXT) TO sb_staff;

ALTER TABLE tickets
    ADD COLUMN customer_id_masked TEXT GENERATED ALWAYS AS (sb_mask_personal(customer_id)) STORED,
    ADD COLUMN service_number_masked TEXT GENERATED ALWAYS AS (sb_mask_personal(service_number)) STORED;

-- @shared indexes

REVOKE SELECT ON tickets FROM sb_staff;
DO $$
DECLARE
    cols TEXT;
BEGIN
    SELECT string_agg(quote_ident(attname), ', ' ORDER BY attnum) INTO cols
    FROM pg_catalog.pg_attribute
    WHERE attrelid = 'public.tickets'::regclass AND attnum > 0 AND NOT attisdropped
      AND attname NOT IN ('customer_id', 'service_number');
    EXECUTE format('GRANT SELECT (%s) ON public.tickets TO sb_staff', cols);
END;
$$;

-- Whether the caller sees every ticket (the read-all groups, tickets.read_all, the installer),
-- and who they are: the same visibility as the tickets' row-level policies.
CREATE FUNCTION sb_ticket_viewer(OUT sees_all BOOLEAN, OUT me BIGINT, OUT team BIGINT)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    SELECT public.sb_caller_is_installer()
            OR pg_has_role(session_user, 'sb_supervisor', 'MEMBER')
            OR pg_has_role(session_user, 'sb_manager', 'MEMBER')
            OR pg_has_role(session_user, 'sb_qa', 'MEMBER')
            OR pg_has_role(session_user, 'sb_admin', 'MEMBER')
            OR COALESCE(public.sb_has_permission('tickets.read_all'), false),
           public.sb_current_staff_id(), public.sb_current_team_id()
$$;
REVOKE ALL ON FUNCTION sb_ticket_viewer() FROM PUBLIC;

-- Clear values of up to 1000 tickets the caller sees; one audit row names the tickets.
CREATE FUNCTION sb_personal_data(p_ids BIGINT[])
RETURNS TABLE(ticket_id BIGINT, customer_id TEXT, service_number TEXT)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    v RECORD;
    n INT := COALESCE(cardinality(p_ids), 0);
BEGIN
    IF n > 1000 THEN
        RAISE EXCEPTION 'personal data is read for at most 1000 tickets at a time (asked for %)', n
            USING ERRCODE = 'program_limit_exceeded';
    END IF;
    IF NOT public.sb_caller_is_installer() THEN
        IF public.sb_current_staff_id() IS NULL THEN
            RAISE EXCEPTION 'only active staff read personal data' USING ERRCODE = 'insufficient_privilege';
        END IF;
        PERFORM public.sb_require_permission('personal_data.view');
    END IF;
    IF n = 0 THEN
        RETURN;
    END IF;
    v := public.sb_ticket_viewer();
    PERFORM public.sb_audit('personal_data.view', 'ticket', CASE WHEN n = 1 THEN p_ids[1] END,
                            jsonb_build_object('tickets', n, 'ids', to_jsonb(p_ids)));
    RETURN QUERY
        SELECT t.id, t.customer_id, t.service_number FROM public.tickets t
        WHERE t.id = ANY(p_ids)
          AND (v.sees_all OR t.handler_id = v.me OR t.registered_by = v.me OR t.team_id = v.team);
END;
$$;

-- Tickets the caller sees whose customer id or service number is exactly `p_value`
-- (`p_which`: 'any' or 'customer').
CREATE FUNCTION sb_tickets_with_personal(p_value TEXT, p_which TEXT) RETURNS SETOF BIGINT
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    SELECT t.id FROM public.tickets t, public.sb_ticket_viewer() v
    WHERE p_value <> ''
      AND (t.customer_id = p_value OR (p_which = 'any' AND t.service_number = p_value))
      AND (v.sees_all OR t.handler_id = v.me OR t.registered_by = v.me OR t.team_id = v.team)
$$;

-- The other tickets of the same customer as ticket `p_ticket_id`, when the caller sees it.
CREATE FUNCTION sb_same_customer(p_ticket_id BIGINT) RETURNS SETOF BIGINT
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    SELECT o.id
    FROM public.sb_ticket_viewer() v, public.tickets t
    JOIN public.tickets o ON o.customer_id = t.customer_id AND o.id <> t.id
    WHERE t.id = p_ticket_id AND t.customer_id <> ''
      AND (v.sees_all OR t.handler_id = v.me OR t.registered_by = v.me OR t.team_id = v.team)
      AND (v.sees_all OR o.handler_id = v.me OR o.registered_by = v.me OR o.team_id = v.team)
$$;

REVOKE ALL ON FUNCTION sb_personal_data(BIGINT[]), sb_tickets_with_personal(TEXT, TEXT),
    sb_same_customer(BIGINT) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION sb_personal_data(BIGINT[]), sb_tickets_with_personal(TEXT, TEXT),
    sb_same_customer(BIGINT) TO sb_staff;

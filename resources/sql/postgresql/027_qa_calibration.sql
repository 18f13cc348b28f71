-- Signalboard schema 27 (PostgreSQL): calibration (校准) and its server guard. Staff logins
-- still write none of the calibration tables (schema 24 grants them SELECT only); a QA lead
-- and the participants work through SECURITY DEFINER functions that check the permission,
-- stamp the login and the server's time and write the audit row:
--   sb_qa_calibration_create        a holder of qa.calibrate (a QA lead) opens a session on
--                                   picked tickets; it pins the scorecard version in force;
--   sb_qa_calibration_add_participants   the lead adds active holders of qa.review;
--   sb_qa_calibration_submit        a participant submits their own scores of one ticket of
--                                   an open session, every item of the pinned version rated
--                                   or N/A, once (a submitted score never changes);
--   sb_qa_calibration_close         the lead closes the session; no score is added after.
--
-- Blindness (replaces schema 24's session-wide rule, under which every holder of
-- qa.calibrate, that is every inspector, read the scores of an open session): one's own
-- scores are always readable. Another participant's scores of ticket T of session S are
-- readable by
--   - a participant of S once they have submitted their own scores of T, or once S is no
--     longer open;
--   - anyone else holding qa.calibrate (the lead) once every participant of S has submitted
--     their scores of T, or once S is no longer open.
-- The workstation (QaCalibrationStore) reads with the same rule on SQLite. As on SQLite, a
-- submitted score never changes and a closed session takes no more scores, whoever writes.

-- ---------------------------------------------------------------------------------------
-- Reads: row-level security.

-- Whether the caller reads the other participants' scores of ticket `p_ticket` of session
-- `p_session`.
CREATE FUNCTION sb_qa_calibration_sees_scores(p_session BIGINT, p_ticket BIGINT) RETURNS BOOLEAN
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    WITH me AS (SELECT public.sb_current_staff_id() AS id),
    s AS (SELECT c.state FROM public.qa_calibration_sessions c WHERE c.id = p_session),
    mine AS (SELECT EXISTS (SELECT 1 FROM public.qa_calibration_participants p, me
                            WHERE p.session_id = p_session AND p.staff_id = me.id) AS yes)
    SELECT COALESCE((SELECT s.state <> 'open' FROM s), false) AND
               ((SELECT yes FROM mine) OR public.sb_has_permission('qa.calibrate'))
        OR ((SELECT yes FROM mine) AND EXISTS (
                SELECT 1 FROM public.qa_calibration_scores x, me
                WHERE x.session_id = p_session AND x.ticket_id = p_ticket AND x.staff_id = me.id))
        OR (NOT (SELECT yes FROM mine) AND public.sb_has_permission('qa.calibrate')
            AND NOT EXISTS (
                SELECT 1 FROM public.qa_calibration_participants p
                WHERE p.session_id = p_session AND NOT EXISTS (
                    SELECT 1 FROM public.qa_calibration_scores x
                    WHERE x.session_id = p_session AND x.ticket_id = p_ticket
                      AND x.staff_id = p.staff_id)))
$$;

DROP POLICY qa_calibration_scores_read ON qa_calibration_scores;
CREATE POLICY qa_calibration_scores_read ON qa_calibration_scores FOR SELECT TO sb_staff
    USING (staff_id = (SELECT sb_current_staff_id())
           OR sb_qa_calibration_sees_scores(session_id, ticket_id));

-- ---------------------------------------------------------------------------------------
-- Writes.

-- The caller as the QA lead of an open session: an active holder of qa.calibrate. Returns
-- the session, locked.
CREATE FUNCTION sb_qa_calibration_open_session(p_session BIGINT) RETURNS public.qa_calibration_sessions
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    s public.qa_calibration_sessions%ROWTYPE;
BEGIN
    SELECT * INTO s FROM public.qa_calibration_sessions c WHERE c.id = p_session FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'calibration session #% does not exist', p_session
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF s.state <> 'open' THEN
        RAISE EXCEPTION 'calibration session #% is closed', p_session
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    RETURN s;
END;
$$;

-- A JSON array of distinct positive ids, at most 500.
CREATE FUNCTION sb_qa_id_list(p_ids TEXT, p_what TEXT) RETURNS BIGINT[]
LANGUAGE plpgsql IMMUTABLE SET search_path = pg_catalog AS $$
DECLARE
    arr JSONB;
    out BIGINT[];
BEGIN
    BEGIN
        arr := COALESCE(NULLIF(p_ids, ''), '[]')::JSONB;
    EXCEPTION WHEN others THEN
        arr := NULL;
    END;
    IF arr IS NULL OR jsonb_typeof(arr) <> 'array' OR jsonb_array_length(arr) > 500
       OR EXISTS (SELECT 1 FROM jsonb_array_elements(arr) e
                  WHERE jsonb_typeof(e) <> 'number' OR (e #>> '{}')::NUMERIC <= 0
                     OR (e #>> '{}')::NUMERIC <> trunc((e #>> '{}')::NUMERIC)) THEN
        RAISE EXCEPTION '% must be a JSON array of at most 500 ids', p_what
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    SELECT COALESCE(array_agg(DISTINCT (e #>> '{}')::BIGINT), '{}') INTO out
    FROM jsonb_array_elements(arr) e;
    RETURN out;
END;
$$;

-- Opens a session titled `p_title` on the tickets `p_tickets` (a JSON array of ids, in the
-- order given), pinning the scorecard version in force. Audited (qa.calibration.create).
CREATE FUNCTION sb_qa_calibration_create(p_title TEXT, p_tickets TEXT) RETURNS BIGINT
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    me BIGINT := public.sb_current_staff_id();
    now_ms BIGINT := public.sb_now_ms();
    version BIGINT := public.sb_qa_scorecard_in_force();
    arr JSONB;
    ids BIGINT[];
    missing BIGINT;
    new_id BIGINT;
BEGIN
    IF me IS NULL THEN
        RAISE EXCEPTION 'only active staff run calibration sessions' USING ERRCODE = 'insufficient_privilege';
    END IF;
    PERFORM public.sb_require_permission('qa.calibrate');
    IF btrim(COALESCE(p_title, '')) = '' OR length(p_title) > 200 THEN
        RAISE EXCEPTION 'a calibration session needs a title of 1 to 200 characters'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    ids := public.sb_qa_id_list(p_tickets, 'the tickets');
    IF cardinality(ids) = 0 THEN
        RAISE EXCEPTION 'a calibration session needs at least one ticket' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    SELECT i INTO missing FROM unnest(ids) i
    WHERE NOT EXISTS (SELECT 1 FROM public.tickets t WHERE t.id = i) LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'ticket #% does not exist', missing USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF version IS NULL THEN
        RAISE EXCEPTION 'no scorecard is published' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    INSERT INTO public.qa_calibration_sessions(title, scorecard_version_id, created_by, created_at)
    VALUES (btrim(p_title), version, me, now_ms) RETURNING id INTO new_id;
    arr := p_tickets::JSONB;
    INSERT INTO public.qa_calibration_tickets(session_id, ticket_id, position)
    SELECT new_id, t.id, min(t.pos)
    FROM (SELECT (e #>> '{}')::BIGINT AS id, n AS pos
          FROM jsonb_array_elements(arr) WITH ORDINALITY AS x(e, n)) t
    GROUP BY t.id;
    PERFORM public.sb_audit('qa.calibration.create', 'qa_calibration', new_id,
        jsonb_build_object('title', btrim(p_title), 'scorecard_version', version,
                           'tickets', to_jsonb(ids)));
    RETURN new_id;
END;
$$;

-- Adds participants (a JSON array of staff ids, each an active holder of qa.review) to an
-- open session; ones already in it are left as they are. Audited
-- (qa.calibration.participants).
CREATE FUNCTION sb_qa_calibration_add_participants(p_session BIGINT, p_staff TEXT) RETURNS VOID
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    s public.qa_calibration_sessions%ROWTYPE;
    ids BIGINT[];
    bad BIGINT;
BEGIN
    PERFORM public.sb_require_permission('qa.calibrate');
    s := public.sb_qa_calibration_open_session(p_session);
    ids := public.sb_qa_id_list(p_staff, 'the participants');
    SELECT i INTO bad FROM unnest(ids) i WHERE NOT public.sb_staff_granted(i, 'qa.review') LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'staff member #% cannot take part: participants are active holders of qa.review', bad
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    INSERT INTO public.qa_calibration_participants(session_id, staff_id)
    SELECT s.id, i FROM unnest(ids) i ON CONFLICT DO NOTHING;
    PERFORM public.sb_audit('qa.calibration.participants', 'qa_calibration', s.id,
        jsonb_build_object('added', to_jsonb(ids)));
END;
$$;

-- The caller, a participant of open session `p_session`, submits their scores of ticket
-- `p_ticket` (a JSON array of ratings, {"key", "value", "na"}, as reviews send them): every
-- item of the pinned scorecard version once, a whole value within its scale or N/A where
-- allowed. Once per ticket. When the caller has scored every ticket of the session, their
-- participation is stamped submitted. Audited (qa.calibration.score, the ids only: what was
-- scored stays blind).
CREATE FUNCTION sb_qa_calibration_submit(p_session BIGINT, p_ticket BIGINT, p_items TEXT)
RETURNS VOID LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    me BIGINT := public.sb_current_staff_id();
    now_ms BIGINT := public.sb_now_ms();
    s public.qa_calibration_sessions%ROWTYPE;
    arr JSONB;
    e JSONB;
    it public.qa_scorecard_items%ROWTYPE;
    rv RECORD;
    seen TEXT[] := '{}';
    missing TEXT;
BEGIN
    IF me IS NULL THEN
        RAISE EXCEPTION 'only active staff score calibration tickets' USING ERRCODE = 'insufficient_privilege';
    END IF;
    PERFORM public.sb_require_permission('qa.review');
    s := public.sb_qa_calibration_open_session(p_session);
    IF NOT EXISTS (SELECT 1 FROM public.qa_calibration_participants p
                   WHERE p.session_id = s.id AND p.staff_id = me) THEN
        RAISE EXCEPTION 'you are not a participant of calibration session #%', s.id
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM public.qa_calibration_tickets t
                   WHERE t.session_id = s.id AND t.ticket_id = p_ticket) THEN
        RAISE EXCEPTION 'ticket #% is not in calibration session #%', p_ticket, s.id
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF EXISTS (SELECT 1 FROM public.qa_calibration_scores x WHERE x.session_id = s.id
               AND x.ticket_id = p_ticket AND x.staff_id = me) THEN
        RAISE EXCEPTION 'you scored ticket #% of calibration session #% already', p_ticket, s.id
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    BEGIN
        arr := COALESCE(NULLIF(p_items, ''), '[]')::JSONB;
    EXCEPTION WHEN others THEN
        RAISE EXCEPTION 'the scores are not valid JSON' USING ERRCODE = 'invalid_parameter_value';
    END;
    IF jsonb_typeof(arr) <> 'array' OR jsonb_array_length(arr) > 100 THEN
        RAISE EXCEPTION 'the scores must be a JSON array of at most 100 ratings'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    FOR e IN SELECT x FROM jsonb_array_elements(arr) x LOOP
        IF jsonb_typeof(e) <> 'object' OR jsonb_typeof(e -> 'key') IS DISTINCT FROM 'string' THEN
            RAISE EXCEPTION 'each rating is an object with the item''s "key"'
                USING ERRCODE = 'invalid_parameter_value';
        END IF;
        SELECT * INTO it FROM public.qa_scorecard_items i
        WHERE i.version_id = s.scorecard_version_id AND i.key = e ->> 'key';
        IF NOT FOUND THEN
            RAISE EXCEPTION 'item "%" is not an item of the session''s scorecard version', left(e ->> 'key', 64)
                USING ERRCODE = 'invalid_parameter_value';
        END IF;
        IF it.key = ANY (seen) THEN
            RAISE EXCEPTION 'item "%" is rated more than once', it.key USING ERRCODE = 'invalid_parameter_value';
        END IF;
        seen := seen || it.key;
        SELECT * INTO rv FROM public.sb_qa_rating_value(it, e);
        IF NOT rv.na AND rv.value IS NULL THEN
            RAISE EXCEPTION 'item "%" is not rated', it.key USING ERRCODE = 'invalid_parameter_value';
        END IF;
        INSERT INTO public.qa_calibration_scores(session_id, ticket_id, staff_id, item_id, value, na)
        VALUES (s.id, p_ticket, me, it.id, rv.value, CASE WHEN rv.na THEN 1 ELSE 0 END);
    END LOOP;
    SELECT i.key INTO missing FROM public.qa_scorecard_items i
    WHERE i.version_id = s.scorecard_version_id AND NOT (i.key = ANY (seen))
    ORDER BY i.position LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'item "%" is not rated', missing USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM public.qa_calibration_tickets t WHERE t.session_id = s.id
                   AND NOT EXISTS (SELECT 1 FROM public.qa_calibration_scores x
                                   WHERE x.session_id = s.id AND x.ticket_id = t.ticket_id
                                     AND x.staff_id = me)) THEN
        UPDATE public.qa_calibration_participants SET submitted_at = now_ms
        WHERE session_id = s.id AND staff_id = me;
    END IF;
    PERFORM public.sb_audit('qa.calibration.score', 'qa_calibration', s.id,
        jsonb_build_object('ticket', p_ticket));
END;
$$;

-- Closes an open session: its scores are shown to everyone in it. Audited
-- (qa.calibration.close).
CREATE FUNCTION sb_qa_calibration_close(p_session BIGINT) RETURNS VOID
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    s public.qa_calibration_sessions%ROWTYPE;
BEGIN
    PERFORM public.sb_require_permission('qa.calibrate');
    s := public.sb_qa_calibration_open_session(p_session);
    UPDATE public.qa_calibration_sessions SET state = 'closed', version = version + 1
    WHERE id = s.id;
    PERFORM public.sb_audit('qa.calibration.close', 'qa_calibration', s.id,
        jsonb_build_object('title', s.title));
END;
$$;

CREATE FUNCTION sb_qa_guard_calibration_scores() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, public AS $$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        RAISE EXCEPTION 'a submitted calibration score never changes' USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM public.qa_calibration_sessions s WHERE s.id = NEW.session_id
                   AND s.state = 'open') THEN
        RAISE EXCEPTION 'the calibration session is closed' USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER qa_calibration_scores_guard BEFORE INSERT OR UPDATE ON qa_calibration_scores
    FOR EACH ROW EXECUTE FUNCTION sb_qa_guard_calibration_scores();

REVOKE ALL ON FUNCTION sb_qa_guard_calibration_scores() FROM PUBLIC;
REVOKE ALL ON FUNCTION sb_qa_calibration_sees_scores(BIGINT, BIGINT),
    sb_qa_calibration_open_session(BIGINT), sb_qa_id_list(TEXT, TEXT),
    sb_qa_calibration_create(TEXT, TEXT), sb_qa_calibration_add_participants(BIGINT, TEXT),
    sb_qa_calibration_submit(BIGINT, BIGINT, TEXT), sb_qa_calibration_close(BIGINT) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION sb_qa_calibration_sees_scores(BIGINT, BIGINT),
    sb_qa_calibration_create(TEXT, TEXT), sb_qa_calibration_add_participants(BIGINT, TEXT),
    sb_qa_calibration_submit(BIGINT, BIGINT, TEXT), sb_qa_calibration_close(BIGINT) TO sb_staff;

-- ---------------------------------------------------------------------------------------
-- Audit rows: the calibration's actions and the permissions they need (schema 25's list, and
-- these). A participant scores with qa.review.
CREATE OR REPLACE FUNCTION sb_audit_action_permissions(p_action TEXT) RETURNS TEXT[] LANGUAGE sql IMMUTABLE
SET search_path = pg_catalog AS $$
    SELECT CASE
        WHEN p_action LIKE 'login.%' OR p_action LIKE 'message.%' OR p_action = 'broadcast.send'
            THEN ARRAY['']
        WHEN p_action LIKE 'staff.%' THEN ARRAY['admin.staff']
        WHEN p_action LIKE 'team.%' THEN ARRAY['admin.teams']
        WHEN p_action LIKE 'role.%' OR p_action LIKE 'temp_permission.%'
            THEN ARRAY['admin.roles', 'admin.staff']
        WHEN p_action LIKE 'webhook.%' THEN ARRAY['broadcast.webhook', 'admin.settings']
        WHEN p_action LIKE 'calendar.%' OR p_action LIKE 'workflow.%' OR p_action LIKE 'setting.%'
             OR p_action LIKE 'deadline_rule.%'
            THEN ARRAY['admin.settings']
        WHEN p_action LIKE 'message_template.%' THEN ARRAY['broadcast.send', 'admin.settings']
        WHEN p_action = 'rule_set.save' THEN ARRAY['admin.rules', 'admin.settings']
        WHEN p_action = 'incident.grade' THEN ARRAY['incidents.grade']
        WHEN p_action = 'incident.resolve' THEN ARRAY['incidents.resolve']
        WHEN p_action = 'incident.post_grade' THEN ARRAY['incidents.post_grade']
        WHEN p_action IN ('incident.kb_created', 'incident.kb_updated', 'kb.edit') THEN ARRAY['kb.edit']
        WHEN p_action = 'personal_data.unmask' THEN ARRAY['personal_data.unmask', 'personal_data.view']
        WHEN p_action IN ('personal_data.view', 'export.personal_data') THEN ARRAY['personal_data.view']
        WHEN p_action = 'qa.sample.draw' THEN ARRAY['qa.sample']
        WHEN p_action = 'qa.sample.replace' THEN ARRAY['qa.sample', 'qa.review']
        WHEN p_action = 'qa.review.submit' THEN ARRAY['qa.review']
        WHEN p_action IN ('qa.review.acknowledge', 'qa.dispute.raise') THEN ARRAY['']
        WHEN p_action = 'qa.dispute.decide' THEN ARRAY['qa.decide_dispute']
        WHEN p_action IN ('qa.calibration.create', 'qa.calibration.participants',
                          'qa.calibration.close') THEN ARRAY['qa.calibrate']
        WHEN p_action = 'qa.calibration.score' THEN ARRAY['qa.review']
    END
$$;

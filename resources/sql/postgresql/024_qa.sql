-- Signalboard schema 24 (PostgreSQL): quality assurance (质检), the whole feature's tables and
-- their server guard. Days are local dates (YYYY-MM-DD) of the business calendar's time zone;
-- times are milliseconds since the epoch; "…_by" text columns hold a login, like
-- audit_log.actor.
--
-- Staff logins write none of these tables directly: the daily sample is stored by
-- sb_qa_store_sample and a sampled ticket replaced by sb_qa_replace_sampled (SECURITY
-- DEFINER: they check the permission, recompute what the client sent, stamp the login and
-- the server's time and write the audit row); later QA steps come with their own functions.
-- Reads follow row-level security: the sample only for holders of qa.sample, qa.review or
-- qa.read_all; reviews for their reviewer, their agent (once submitted) and qa.read_all, but
-- never another inspector's review of a ticket one is still reviewing (blind double review);
-- calibration scores for their author and, once one has submitted, the other participants.

-- The tables: what each column holds is said in resources/sql/sqlite/024_qa.sql.
CREATE TABLE qa_sample_days (
    id          BIGSERIAL PRIMARY KEY,
    day         TEXT NOT NULL UNIQUE,
    seed        BIGINT NOT NULL CHECK (seed >= 0),
    rate        TEXT NOT NULL,
    stratify_by TEXT NOT NULL CHECK (stratify_by IN ('none', 'channel', 'problem_type',
                                                     'handler_id', 'team_id')),
    time_zone   TEXT NOT NULL,
    frame_size  BIGINT NOT NULL,
    sample_size BIGINT NOT NULL,
    drawn_at    BIGINT NOT NULL,
    drawn_by    TEXT NOT NULL
);

CREATE TABLE qa_sample_strata (
    day         TEXT NOT NULL REFERENCES qa_sample_days(day) ON DELETE CASCADE,
    key         TEXT NOT NULL,
    frame_size  BIGINT NOT NULL,
    sample_size BIGINT NOT NULL,
    PRIMARY KEY (day, key)
);

CREATE TABLE qa_sample_tickets (
    id                 BIGSERIAL PRIMARY KEY,
    day                TEXT NOT NULL REFERENCES qa_sample_days(day) ON DELETE CASCADE,
    ticket_id          BIGINT NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
    stratum            TEXT NOT NULL,
    rank_hash          TEXT NOT NULL,
    position           BIGINT NOT NULL,
    assignee_id        BIGINT REFERENCES staff(id) ON DELETE SET NULL,
    second_assignee_id BIGINT REFERENCES staff(id) ON DELETE SET NULL,
    added_at           BIGINT NOT NULL,
    added_by           TEXT NOT NULL,
    replacement_id     BIGINT REFERENCES qa_sample_tickets(id) ON DELETE SET NULL,
    replace_reason     TEXT NOT NULL DEFAULT '',
    replaced_at        BIGINT,
    replaced_by        TEXT,
    UNIQUE (day, ticket_id)
);

CREATE TABLE qa_scorecards (
    id         BIGSERIAL PRIMARY KEY,
    key        TEXT NOT NULL UNIQUE,
    name       TEXT NOT NULL,
    archived   BIGINT NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    created_by TEXT NOT NULL
);

CREATE TABLE qa_scorecard_versions (
    id           BIGSERIAL PRIMARY KEY,
    scorecard_id BIGINT NOT NULL REFERENCES qa_scorecards(id) ON DELETE CASCADE,
    version      BIGINT NOT NULL,
    state        TEXT NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'published')),
    note         TEXT NOT NULL DEFAULT '',
    created_at   BIGINT NOT NULL,
    created_by   TEXT NOT NULL,
    published_at BIGINT,
    published_by TEXT,
    UNIQUE (scorecard_id, version)
);

CREATE TABLE qa_scorecard_items (
    id                 BIGSERIAL PRIMARY KEY,
    version_id         BIGINT NOT NULL REFERENCES qa_scorecard_versions(id) ON DELETE CASCADE,
    position           BIGINT NOT NULL,
    key                TEXT NOT NULL,
    label              TEXT NOT NULL,
    label_zh           TEXT NOT NULL DEFAULT '',
    weight             DOUBLE PRECISION NOT NULL DEFAULT 1 CHECK (weight >= 0),
    scale              TEXT NOT NULL CHECK (scale IN ('pass_fail', '0_2', '1_5')),
    allow_na           BIGINT NOT NULL DEFAULT 0,
    critical           BIGINT NOT NULL DEFAULT 0,
    comment_below_pass BIGINT NOT NULL DEFAULT 0,
    root_causes        TEXT NOT NULL DEFAULT '[]',
    UNIQUE (version_id, key)
);

CREATE TABLE qa_reviews (
    id                   BIGSERIAL PRIMARY KEY,
    sample_ticket_id     BIGINT REFERENCES qa_sample_tickets(id) ON DELETE SET NULL,
    ticket_id            BIGINT NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
    agent_id             BIGINT REFERENCES staff(id) ON DELETE SET NULL,
    reviewer_id          BIGINT NOT NULL REFERENCES staff(id),
    scorecard_version_id BIGINT NOT NULL REFERENCES qa_scorecard_versions(id),
    kind                 TEXT NOT NULL DEFAULT 'sample' CHECK (kind IN ('sample', 'double',
                                                                        'extra')),
    state                TEXT NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'submitted')),
    score                DOUBLE PRECISION,
    passed               BIGINT,
    critical_failed      BIGINT NOT NULL DEFAULT 0,
    comment              TEXT NOT NULL DEFAULT '',
    time_spent_ms        BIGINT NOT NULL DEFAULT 0,
    due_at               BIGINT,
    created_at           BIGINT NOT NULL,
    updated_at           BIGINT NOT NULL,
    submitted_at         BIGINT,
    acknowledged_at      BIGINT,
    version              BIGINT NOT NULL DEFAULT 1,
    UNIQUE (ticket_id, reviewer_id, kind)
);

CREATE TABLE qa_review_items (
    review_id  BIGINT NOT NULL REFERENCES qa_reviews(id) ON DELETE CASCADE,
    item_id    BIGINT NOT NULL REFERENCES qa_scorecard_items(id),
    value      DOUBLE PRECISION,
    na         BIGINT NOT NULL DEFAULT 0,
    comment    TEXT NOT NULL DEFAULT '',
    root_cause TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (review_id, item_id)
);

CREATE TABLE qa_disputes (
    id              BIGSERIAL PRIMARY KEY,
    review_id       BIGINT NOT NULL REFERENCES qa_reviews(id) ON DELETE CASCADE,
    raised_by       BIGINT NOT NULL REFERENCES staff(id),
    raised_at       BIGINT NOT NULL,
    reason          TEXT NOT NULL,
    decider_id      BIGINT REFERENCES staff(id),
    state           TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'accepted',
                                                                  'partly_accepted', 'rejected')),
    decided_at      BIGINT,
    decision_reason TEXT NOT NULL DEFAULT '',
    score_before    DOUBLE PRECISION,
    score_after     DOUBLE PRECISION,
    version         BIGINT NOT NULL DEFAULT 1
);

CREATE TABLE qa_dispute_items (
    dispute_id    BIGINT NOT NULL REFERENCES qa_disputes(id) ON DELETE CASCADE,
    item_id       BIGINT NOT NULL REFERENCES qa_scorecard_items(id),
    reason        TEXT NOT NULL DEFAULT '',
    decided_value DOUBLE PRECISION,
    decided_na    BIGINT,
    PRIMARY KEY (dispute_id, item_id)
);

CREATE TABLE qa_coaching_items (
    id              BIGSERIAL PRIMARY KEY,
    review_id       BIGINT REFERENCES qa_reviews(id) ON DELETE SET NULL,
    agent_id        BIGINT NOT NULL REFERENCES staff(id),
    lead_id         BIGINT REFERENCES staff(id) ON DELETE SET NULL,
    state           TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'held',
                                                                  'acknowledged')),
    due_at          BIGINT,
    held_on         TEXT,
    notes           TEXT NOT NULL DEFAULT '',
    actions         TEXT NOT NULL DEFAULT '',
    created_at      BIGINT NOT NULL,
    acknowledged_at BIGINT,
    version         BIGINT NOT NULL DEFAULT 1
);

CREATE TABLE qa_calibration_sessions (
    id                   BIGSERIAL PRIMARY KEY,
    title                TEXT NOT NULL,
    scorecard_version_id BIGINT NOT NULL REFERENCES qa_scorecard_versions(id),
    created_by           BIGINT REFERENCES staff(id) ON DELETE SET NULL,
    created_at           BIGINT NOT NULL,
    state                TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'revealed',
                                                                       'closed')),
    version              BIGINT NOT NULL DEFAULT 1
);

CREATE TABLE qa_calibration_tickets (
    session_id BIGINT NOT NULL REFERENCES qa_calibration_sessions(id) ON DELETE CASCADE,
    ticket_id  BIGINT NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
    position   BIGINT NOT NULL,
    PRIMARY KEY (session_id, ticket_id)
);

CREATE TABLE qa_calibration_participants (
    session_id   BIGINT NOT NULL REFERENCES qa_calibration_sessions(id) ON DELETE CASCADE,
    staff_id     BIGINT NOT NULL REFERENCES staff(id) ON DELETE CASCADE,
    submitted_at BIGINT,
    PRIMARY KEY (session_id, staff_id)
);

CREATE TABLE qa_calibration_scores (
    session_id BIGINT NOT NULL REFERENCES qa_calibration_sessions(id) ON DELETE CASCADE,
    ticket_id  BIGINT NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
    staff_id   BIGINT NOT NULL REFERENCES staff(id) ON DELETE CASCADE,
    item_id    BIGINT NOT NULL REFERENCES qa_scorecard_items(id),
    value      DOUBLE PRECISION,
    na         BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (session_id, ticket_id, staff_id, item_id)
);
-- @shared indexes

-- @shared permissions

-- @shared settings

-- Every QA table a screen follows appends to change_log (and notifies). A calibration score is
-- logged under its session (the id only: what was scored stays blind).
CREATE TRIGGER qa_sample_days_c AFTER INSERT OR DELETE ON qa_sample_days
    FOR EACH ROW EXECUTE FUNCTION sb_log_change('qa_sample', 'id');
CREATE TRIGGER qa_sample_tickets_c AFTER INSERT OR UPDATE ON qa_sample_tickets
    FOR EACH ROW EXECUTE FUNCTION sb_log_change('qa_sample_ticket', 'id');
CREATE TRIGGER qa_scorecards_c AFTER INSERT OR UPDATE ON qa_scorecards
    FOR EACH ROW EXECUTE FUNCTION sb_log_change('qa_scorecard', 'id');
CREATE TRIGGER qa_scorecard_versions_c AFTER INSERT OR UPDATE ON qa_scorecard_versions
    FOR EACH ROW EXECUTE FUNCTION sb_log_change('qa_scorecard', 'scorecard_id');
CREATE TRIGGER qa_reviews_c AFTER INSERT OR UPDATE OR DELETE ON qa_reviews
    FOR EACH ROW EXECUTE FUNCTION sb_log_change('qa_review', 'id');
CREATE TRIGGER qa_disputes_c AFTER INSERT OR UPDATE ON qa_disputes
    FOR EACH ROW EXECUTE FUNCTION sb_log_change('qa_dispute', 'id');
CREATE TRIGGER qa_coaching_items_c AFTER INSERT OR UPDATE ON qa_coaching_items
    FOR EACH ROW EXECUTE FUNCTION sb_log_change('qa_coaching', 'id');
CREATE TRIGGER qa_calibration_sessions_c AFTER INSERT OR UPDATE ON qa_calibration_sessions
    FOR EACH ROW EXECUTE FUNCTION sb_log_change('qa_calibration', 'id');
CREATE TRIGGER qa_calibration_participants_c AFTER UPDATE ON qa_calibration_participants
    FOR EACH ROW EXECUTE FUNCTION sb_log_change('qa_calibration', 'session_id');
CREATE TRIGGER qa_calibration_scores_c AFTER INSERT ON qa_calibration_scores
    FOR EACH ROW EXECUTE FUNCTION sb_log_change('qa_calibration', 'session_id');

-- ---------------------------------------------------------------------------------------
-- Helpers. Who holds a permission by grant: the role's grants or an unexpired temporary grant
-- of the key or an ancestor. Unlike sb_has_permission it is asked about anyone, and the
-- super role does not count: it holds everything but does not make an administrator a QA
-- inspector (the workstation's QaSampleStore::inspectors reads the same).
CREATE FUNCTION sb_staff_granted(p_staff BIGINT, p_perm TEXT) RETURNS BOOLEAN
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    WITH RECURSIVE ancestors(key, depth) AS (
        SELECT p_perm, 0
        UNION ALL
        SELECT p.parent_key, a.depth + 1 FROM public.permissions p
        JOIN ancestors a ON p.key = a.key
        WHERE p.parent_key IS NOT NULL AND a.depth < 32
    )
    SELECT EXISTS (
        SELECT 1 FROM public.staff s
        WHERE s.id = p_staff AND s.status = 'active'
          AND (EXISTS (SELECT 1 FROM public.role_permissions rp JOIN ancestors a ON a.key = rp.permission_key
                       WHERE rp.role_id = s.role_id)
               OR EXISTS (SELECT 1 FROM public.temp_permissions tp JOIN ancestors a ON a.key = tp.permission_key
                          WHERE tp.staff_id = s.id AND tp.expires_at > public.sb_now_ms())))
$$;

-- Whether `p_staff` may review ticket `p_ticket`: an active holder of qa.review who did not
-- handle it (neither its handler nor the actor of any line of its timeline).
CREATE FUNCTION sb_qa_may_review(p_staff BIGINT, p_ticket BIGINT) RETURNS BOOLEAN
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    SELECT public.sb_staff_granted(p_staff, 'qa.review')
       AND NOT EXISTS (SELECT 1 FROM public.tickets t WHERE t.id = p_ticket AND t.handler_id = p_staff)
       AND NOT EXISTS (SELECT 1 FROM public.ticket_events e WHERE e.ticket_id = p_ticket
                       AND e.actor_id = p_staff)
$$;

-- The inspectors reviews go to, for the workstation that draws (staff logins cannot read
-- temp_permissions).
CREATE FUNCTION sb_qa_inspectors() RETURNS TABLE(staff_id BIGINT, login TEXT)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    SELECT s.id, s.login FROM public.staff s
    WHERE s.status = 'active' AND public.sb_staff_granted(s.id, 'qa.review')
    ORDER BY s.id
$$;

-- The business calendar's time zone (setting workflow.calendar, as CalendarStore reads it).
CREATE FUNCTION sb_qa_time_zone() RETURNS TEXT
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    SELECT COALESCE((SELECT s.value::jsonb ->> 'timeZone' FROM public.settings s
                     WHERE s.key = 'workflow.calendar' ORDER BY s.version DESC LIMIT 1),
                    'Asia/Shanghai')
$$;

-- A day as the sample names it: YYYY-MM-DD, a real date.
CREATE FUNCTION sb_qa_day(p_day TEXT) RETURNS DATE
LANGUAGE plpgsql IMMUTABLE SET search_path = pg_catalog AS $$
DECLARE
    d DATE;
BEGIN
    IF p_day IS NULL OR p_day !~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' THEN
        RAISE EXCEPTION 'the day "%" is not a date YYYY-MM-DD', left(p_day, 40)
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    BEGIN
        d := to_date(p_day, 'YYYY-MM-DD');
    EXCEPTION WHEN others THEN
        d := NULL;
    END;
    IF d IS NULL OR to_char(d, 'YYYY-MM-DD') <> p_day THEN
        RAISE EXCEPTION 'the day "%" is not a date YYYY-MM-DD', p_day
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    RETURN d;
END;
$$;

-- The frame of day `p_day` in zone `p_tz`: every ticket moved to "closed" by a timeline line
-- whose time falls on that local day, once, with its stratum (the text of column `p_by`, ''
-- for none or NULL) and its rank: the lowercase hex SHA-256 of "<seed>:<YYYY-MM-DD>:<id>".
-- The workstation computes the same (QaSampling); the functions below compare with it.
CREATE FUNCTION sb_qa_frame(p_day DATE, p_seed BIGINT, p_by TEXT, p_tz TEXT)
RETURNS TABLE(ticket_id BIGINT, stratum TEXT, rank_hash TEXT)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    SELECT t.id,
           CASE p_by WHEN 'channel' THEN t.channel
                     WHEN 'problem_type' THEN t.problem_type
                     WHEN 'handler_id' THEN COALESCE(t.handler_id::TEXT, '')
                     WHEN 'team_id' THEN COALESCE(t.team_id::TEXT, '')
                     ELSE '' END,
           encode(sha256(convert_to(p_seed::TEXT || ':' || to_char(p_day, 'YYYY-MM-DD') || ':'
                                    || t.id::TEXT, 'UTF8')), 'hex')
    FROM public.tickets t
    WHERE t.id IN (
        SELECT e.ticket_id FROM public.ticket_events e
        WHERE e.to_state = 'closed' AND (e.from_state IS NULL OR e.from_state <> 'closed')
          AND e.at >= (extract(epoch FROM p_day::timestamp AT TIME ZONE p_tz) * 1000)::BIGINT
          AND e.at < (extract(epoch FROM (p_day + 1)::timestamp AT TIME ZONE p_tz) * 1000)::BIGINT)
$$;

-- ---------------------------------------------------------------------------------------
-- Storing a drawn day: needs qa.sample; a day is stored once. The server recomputes the
-- sample from the day, seed, rate and stratum column (n = ceil(rate × N) in exact decimal
-- arithmetic, largest remainder with ties by the stratum key in byte order, the first n_h by
-- rank) and refuses a client whose tickets differ; `p_tickets` is a JSON array of
-- {"ticket_id": …, "assignee_id": … or null}, and each assignee must be allowed to review
-- the ticket. The login and the server's time are stamped; the draw is audited.
CREATE FUNCTION sb_qa_store_sample(p_day TEXT, p_seed BIGINT, p_rate TEXT, p_stratify_by TEXT,
                                   p_time_zone TEXT, p_tickets TEXT)
RETURNS BIGINT LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    d DATE := public.sb_qa_day(p_day);
    tz TEXT := public.sb_qa_time_zone();
    now_ms BIGINT := public.sb_now_ms();
    sent JSONB;
    day_id BIGINT;
    n_frame BIGINT;
    n_sample BIGINT;
    n_sent BIGINT;
    n_common BIGINT;
    bad RECORD;
BEGIN
    IF NOT public.sb_caller_is_installer() THEN
        IF public.sb_current_staff_id() IS NULL THEN
            RAISE EXCEPTION 'only active staff draw the QA sample' USING ERRCODE = 'insufficient_privilege';
        END IF;
        PERFORM public.sb_require_permission('qa.sample');
    END IF;
    IF p_seed IS NULL OR p_seed < 0 THEN
        RAISE EXCEPTION 'the seed must be a whole number from 0 to 9223372036854775807'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF p_rate IS NULL OR p_rate !~ '^(0\.[0-9]{0,8}[1-9]|1)$' THEN
        RAISE EXCEPTION 'the rate "%" is not a decimal fraction above 0 and at most 1 (at most 9 decimals, no trailing zeros)', left(p_rate, 40)
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF p_stratify_by IS NULL OR p_stratify_by NOT IN ('none', 'channel', 'problem_type', 'handler_id', 'team_id') THEN
        RAISE EXCEPTION 'the sample cannot be stratified by "%"', left(p_stratify_by, 40)
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF p_time_zone IS DISTINCT FROM tz THEN
        RAISE EXCEPTION 'the business calendar''s time zone is %, not %', tz, left(p_time_zone, 60)
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    BEGIN
        sent := COALESCE(NULLIF(p_tickets, ''), '[]')::jsonb;
    EXCEPTION WHEN others THEN
        RAISE EXCEPTION 'the sampled tickets are not valid JSON' USING ERRCODE = 'invalid_parameter_value';
    END;
    IF jsonb_typeof(sent) <> 'array' THEN
        RAISE EXCEPTION 'the sampled tickets must be a JSON array' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF EXISTS (SELECT 1 FROM public.qa_sample_days s WHERE s.day = p_day) THEN
        RAISE EXCEPTION 'the QA sample of % was drawn already; a day is drawn once', p_day
            USING ERRCODE = 'unique_violation';
    END IF;
    -- A concurrent draw of the same day waits here and then fails on the unique day.
    INSERT INTO public.qa_sample_days(day, seed, rate, stratify_by, time_zone, frame_size,
                                      sample_size, drawn_at, drawn_by)
    VALUES (p_day, p_seed, p_rate, p_stratify_by, tz, 0, 0, now_ms, session_user::TEXT)
    RETURNING id INTO day_id;
    BEGIN
        WITH f AS MATERIALIZED (SELECT * FROM public.sb_qa_frame(d, p_seed, p_stratify_by, tz)),
        s AS (SELECT f.stratum, count(*) AS nh FROM f GROUP BY f.stratum),
        t AS (SELECT s.stratum, s.nh, (sum(s.nh) OVER ())::BIGINT AS total,
                     ceil(p_rate::NUMERIC * sum(s.nh) OVER ())::BIGINT AS n FROM s),
        a AS (SELECT t.stratum, t.nh, t.n, (t.n * t.nh) / t.total AS base,
                     (t.n * t.nh) % t.total AS rem FROM t),
        b AS (SELECT a.stratum, a.nh,
                     a.base + CASE WHEN row_number() OVER (ORDER BY a.rem DESC, a.stratum COLLATE "C")
                                        <= a.n - (sum(a.base) OVER ())::BIGINT THEN 1 ELSE 0 END AS size
              FROM a),
        strata AS (INSERT INTO public.qa_sample_strata(day, key, frame_size, sample_size)
                   SELECT p_day, b.stratum, b.nh, b.size FROM b RETURNING key),
        r AS (SELECT f.ticket_id, f.stratum, f.rank_hash,
                     row_number() OVER (PARTITION BY f.stratum
                                        ORDER BY f.rank_hash COLLATE "C", f.ticket_id) AS pos
              FROM f),
        x AS (SELECT (e ->> 'ticket_id')::BIGINT AS ticket_id, (e ->> 'assignee_id')::BIGINT AS assignee_id
              FROM jsonb_array_elements(sent) e)
        INSERT INTO public.qa_sample_tickets(day, ticket_id, stratum, rank_hash, position,
                                             assignee_id, added_at, added_by)
        SELECT p_day, r.ticket_id, r.stratum, r.rank_hash, r.pos, x.assignee_id, now_ms,
               session_user::TEXT
        FROM r JOIN b ON b.stratum = r.stratum AND r.pos <= b.size
        LEFT JOIN x ON x.ticket_id = r.ticket_id;
        SELECT count(*), count(q.id) INTO n_sent, n_common
        FROM jsonb_array_elements(sent) e
        LEFT JOIN public.qa_sample_tickets q
               ON q.day = p_day AND q.ticket_id = (e ->> 'ticket_id')::BIGINT;
    EXCEPTION WHEN invalid_text_representation OR numeric_value_out_of_range THEN
        RAISE EXCEPTION 'a sampled ticket''s ticket_id or assignee_id is not a whole number'
            USING ERRCODE = 'invalid_parameter_value';
    END;
    SELECT COALESCE(sum(s.frame_size), 0), COALESCE(sum(s.sample_size), 0) INTO n_frame, n_sample
    FROM public.qa_sample_strata s WHERE s.day = p_day;
    IF n_sent <> n_sample OR n_common <> n_sample
       OR (SELECT count(DISTINCT e ->> 'ticket_id') FROM jsonb_array_elements(sent) e) <> n_sample THEN
        RAISE EXCEPTION 'the sample sent for % is not the one the drawing rule gives: % tickets sent, % drawn, % of them in both', p_day, n_sent, n_sample, n_common
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    SELECT q.ticket_id, q.assignee_id INTO bad FROM public.qa_sample_tickets q
    WHERE q.day = p_day AND q.assignee_id IS NOT NULL
      AND NOT public.sb_qa_may_review(q.assignee_id, q.ticket_id)
    LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'staff member #% may not review ticket #%: reviews go to active holders of qa.review who did not handle the ticket', bad.assignee_id, bad.ticket_id
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    UPDATE public.qa_sample_days SET frame_size = n_frame, sample_size = n_sample WHERE id = day_id;
    PERFORM public.sb_audit('qa.sample.draw', 'qa_sample', day_id,
        jsonb_build_object('day', p_day, 'seed', p_seed::TEXT, 'rate', p_rate,
                           'stratify_by', p_stratify_by, 'time_zone', tz, 'frame', n_frame,
                           'sample', n_sample));
    RETURN day_id;
END;
$$;

-- Replacing a sampled ticket (a test ticket, say): needs qa.sample or qa.review and a reason.
-- The replacement must be the next-ranked ticket of the same stratum not drawn yet that day,
-- and its assignee (or none) must be allowed to review it. The replaced row stays, linked to
-- its replacement, with the reason, the login and the server's time; the swap is audited.
-- Returns the new row's id.
CREATE FUNCTION sb_qa_replace_sampled(p_day TEXT, p_ticket_id BIGINT, p_replacement_id BIGINT,
                                      p_assignee_id BIGINT, p_reason TEXT)
RETURNS BIGINT LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    d DATE := public.sb_qa_day(p_day);
    now_ms BIGINT := public.sb_now_ms();
    sd public.qa_sample_days%ROWTYPE;
    cur public.qa_sample_tickets%ROWTYPE;
    nxt RECORD;
    new_id BIGINT;
BEGIN
    IF NOT public.sb_caller_is_installer() THEN
        IF public.sb_current_staff_id() IS NULL THEN
            RAISE EXCEPTION 'only active staff change the QA sample' USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF NOT (public.sb_has_permission('qa.sample') OR public.sb_has_permission('qa.review')) THEN
            RAISE EXCEPTION 'permission denied: % needs the permission "qa.sample" or "qa.review"', session_user
                USING ERRCODE = 'insufficient_privilege';
        END IF;
    END IF;
    IF btrim(COALESCE(p_reason, '')) = '' OR length(p_reason) > 2000 THEN
        RAISE EXCEPTION 'a replacement needs a reason of at most 2000 characters'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    -- One change of a day's sample at a time.
    SELECT * INTO sd FROM public.qa_sample_days s WHERE s.day = p_day FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'the QA sample of % has not been drawn', p_day USING ERRCODE = 'invalid_parameter_value';
    END IF;
    SELECT * INTO cur FROM public.qa_sample_tickets q WHERE q.day = p_day AND q.ticket_id = p_ticket_id;
    IF NOT FOUND OR cur.replacement_id IS NOT NULL THEN
        RAISE EXCEPTION 'ticket #% is not in the QA sample of %', p_ticket_id, p_day
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    SELECT f.ticket_id, f.rank_hash, f.pos INTO nxt FROM (
        SELECT fr.ticket_id, fr.rank_hash,
               row_number() OVER (ORDER BY fr.rank_hash COLLATE "C", fr.ticket_id) AS pos
        FROM public.sb_qa_frame(d, sd.seed, sd.stratify_by, sd.time_zone) fr
        WHERE fr.stratum = cur.stratum) f
    WHERE NOT EXISTS (SELECT 1 FROM public.qa_sample_tickets q WHERE q.day = p_day AND q.ticket_id = f.ticket_id)
    ORDER BY f.pos LIMIT 1;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no ticket of stratum "%" is left to replace ticket #% with', cur.stratum, p_ticket_id
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF p_replacement_id IS DISTINCT FROM nxt.ticket_id THEN
        RAISE EXCEPTION 'ticket #% is not the next-ranked ticket of stratum "%"; that is ticket #%', p_replacement_id, cur.stratum, nxt.ticket_id
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF p_assignee_id IS NOT NULL AND NOT public.sb_qa_may_review(p_assignee_id, nxt.ticket_id) THEN
        RAISE EXCEPTION 'staff member #% may not review ticket #%: reviews go to active holders of qa.review who did not handle the ticket', p_assignee_id, nxt.ticket_id
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    INSERT INTO public.qa_sample_tickets(day, ticket_id, stratum, rank_hash, position, assignee_id,
                                         added_at, added_by)
    VALUES (p_day, nxt.ticket_id, cur.stratum, nxt.rank_hash, nxt.pos, p_assignee_id, now_ms,
            session_user::TEXT)
    RETURNING id INTO new_id;
    UPDATE public.qa_sample_tickets SET replacement_id = new_id, replace_reason = btrim(p_reason),
        replaced_at = now_ms, replaced_by = session_user::TEXT
    WHERE id = cur.id;
    PERFORM public.sb_audit('qa.sample.replace', 'qa_sample_ticket', cur.id,
        jsonb_build_object('day', p_day, 'ticket', p_ticket_id, 'replacement', nxt.ticket_id,
                           'stratum', cur.stratum, 'assignee', p_assignee_id,
                           'reason', btrim(p_reason)));
    RETURN new_id;
END;
$$;

-- ---------------------------------------------------------------------------------------
-- Reads: row-level security.
CREATE FUNCTION sb_qa_reads_sample() RETURNS BOOLEAN LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, public AS $$
    SELECT public.sb_has_permission('qa.sample') OR public.sb_has_permission('qa.review')
        OR public.sb_has_permission('qa.read_all')
$$;
-- True while the caller has a draft review of the ticket: others' reviews of it stay unseen.
CREATE FUNCTION sb_qa_reviewing(p_ticket BIGINT) RETURNS BOOLEAN LANGUAGE sql STABLE
SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    SELECT EXISTS (SELECT 1 FROM public.qa_reviews r WHERE r.ticket_id = p_ticket
                   AND r.reviewer_id = public.sb_current_staff_id() AND r.state = 'draft')
$$;
-- Whether the caller sees a calibration session, and its participants' scores: a participant
-- once they have submitted (and always their own, by the policy), anyone else with
-- qa.calibrate.
CREATE FUNCTION sb_qa_calibration_sees(p_session BIGINT, p_scores BOOLEAN) RETURNS BOOLEAN
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    SELECT CASE
        WHEN EXISTS (SELECT 1 FROM public.qa_calibration_participants p WHERE p.session_id = p_session
                     AND p.staff_id = public.sb_current_staff_id())
            THEN NOT p_scores OR EXISTS (
                SELECT 1 FROM public.qa_calibration_participants p WHERE p.session_id = p_session
                AND p.staff_id = public.sb_current_staff_id() AND p.submitted_at IS NOT NULL)
        ELSE public.sb_has_permission('qa.calibrate')
    END
$$;

REVOKE ALL ON FUNCTION sb_staff_granted(BIGINT, TEXT), sb_qa_may_review(BIGINT, BIGINT),
    sb_qa_inspectors(), sb_qa_time_zone(), sb_qa_day(TEXT), sb_qa_frame(DATE, BIGINT, TEXT, TEXT),
    sb_qa_store_sample(TEXT, BIGINT, TEXT, TEXT, TEXT, TEXT),
    sb_qa_replace_sampled(TEXT, BIGINT, BIGINT, BIGINT, TEXT), sb_qa_reads_sample(),
    sb_qa_reviewing(BIGINT), sb_qa_calibration_sees(BIGINT, BOOLEAN) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION sb_qa_inspectors(),
    sb_qa_store_sample(TEXT, BIGINT, TEXT, TEXT, TEXT, TEXT),
    sb_qa_replace_sampled(TEXT, BIGINT, BIGINT, BIGINT, TEXT), sb_qa_reads_sample(),
    sb_qa_reviewing(BIGINT), sb_qa_calibration_sees(BIGINT, BOOLEAN) TO sb_staff;

-- Staff read; nobody writes directly (no INSERT, UPDATE or DELETE is granted).
GRANT SELECT ON qa_sample_days, qa_sample_strata, qa_sample_tickets, qa_scorecards,
    qa_scorecard_versions, qa_scorecard_items, qa_reviews, qa_review_items, qa_disputes,
    qa_dispute_items, qa_coaching_items, qa_calibration_sessions, qa_calibration_tickets,
    qa_calibration_participants, qa_calibration_scores TO sb_staff;

ALTER TABLE qa_sample_days ENABLE ROW LEVEL SECURITY;
CREATE POLICY qa_sample_days_read ON qa_sample_days FOR SELECT TO sb_staff
    USING ((SELECT sb_qa_reads_sample()));
ALTER TABLE qa_sample_strata ENABLE ROW LEVEL SECURITY;
CREATE POLICY qa_sample_strata_read ON qa_sample_strata FOR SELECT TO sb_staff
    USING ((SELECT sb_qa_reads_sample()));
ALTER TABLE qa_sample_tickets ENABLE ROW LEVEL SECURITY;
CREATE POLICY qa_sample_tickets_read ON qa_sample_tickets FOR SELECT TO sb_staff
    USING ((SELECT sb_qa_reads_sample()));

-- Scorecards are read by everyone (an agent reads the items of the own results).
ALTER TABLE qa_reviews ENABLE ROW LEVEL SECURITY;
CREATE POLICY qa_reviews_read ON qa_reviews FOR SELECT TO sb_staff
    USING (reviewer_id = (SELECT sb_current_staff_id())
           OR (agent_id = (SELECT sb_current_staff_id()) AND state = 'submitted')
           OR ((SELECT sb_has_permission('qa.read_all')) AND NOT sb_qa_reviewing(ticket_id)));
ALTER TABLE qa_review_items ENABLE ROW LEVEL SECURITY;
CREATE POLICY qa_review_items_read ON qa_review_items FOR SELECT TO sb_staff
    USING (EXISTS (SELECT 1 FROM qa_reviews r WHERE r.id = review_id));
ALTER TABLE qa_disputes ENABLE ROW LEVEL SECURITY;
CREATE POLICY qa_disputes_read ON qa_disputes FOR SELECT TO sb_staff
    USING (raised_by = (SELECT sb_current_staff_id()) OR decider_id = (SELECT sb_current_staff_id())
           OR (SELECT sb_has_permission('qa.decide_dispute'))
           OR EXISTS (SELECT 1 FROM qa_reviews r WHERE r.id = review_id));
ALTER TABLE qa_dispute_items ENABLE ROW LEVEL SECURITY;
CREATE POLICY qa_dispute_items_read ON qa_dispute_items FOR SELECT TO sb_staff
    USING (EXISTS (SELECT 1 FROM qa_disputes d WHERE d.id = dispute_id));
ALTER TABLE qa_coaching_items ENABLE ROW LEVEL SECURITY;
CREATE POLICY qa_coaching_items_read ON qa_coaching_items FOR SELECT TO sb_staff
    USING (agent_id = (SELECT sb_current_staff_id()) OR lead_id = (SELECT sb_current_staff_id())
           OR (SELECT sb_has_permission('qa.read_all')));
ALTER TABLE qa_calibration_sessions ENABLE ROW LEVEL SECURITY;
CREATE POLICY qa_calibration_sessions_read ON qa_calibration_sessions FOR SELECT TO sb_staff
    USING (sb_qa_calibration_sees(id, false));
ALTER TABLE qa_calibration_tickets ENABLE ROW LEVEL SECURITY;
CREATE POLICY qa_calibration_tickets_read ON qa_calibration_tickets FOR SELECT TO sb_staff
    USING (sb_qa_calibration_sees(session_id, false));
ALTER TABLE qa_calibration_participants ENABLE ROW LEVEL SECURITY;
CREATE POLICY qa_calibration_participants_read ON qa_calibration_participants FOR SELECT TO sb_staff
    USING (sb_qa_calibration_sees(session_id, false));
ALTER TABLE qa_calibration_scores ENABLE ROW LEVEL SECURITY;
CREATE POLICY qa_calibration_scores_read ON qa_calibration_scores FOR SELECT TO sb_staff
    USING (staff_id = (SELECT sb_current_staff_id()) OR sb_qa_calibration_sees(session_id, true));

-- ---------------------------------------------------------------------------------------
-- Audit rows: the QA sample's actions and the permissions they need (schema 21's list, and
-- these).
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
    END
$$;

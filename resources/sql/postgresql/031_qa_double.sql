-- Signalboard schema 31 (PostgreSQL): the continuous double review (qa.double_rate) and the
-- daily sample drawn by the server in one call.
--
-- sb_qa_draw_sample replaces sb_qa_store_sample: the workstation no longer reads the frame
-- and sends the sample for the server to recompute; it sends the day, seed, rates and stratum
-- column, and the server computes the frame, strata, ranks, first and second inspectors and
-- stores them, once. QaSampling (src/core/qa/qasample.cpp) computes the same on SQLite.
--
-- Blindness: neither reviewer of a double-reviewed ticket reads the other's review (and so
-- its items) until both have submitted, whatever other policy lets them read reviews; the
-- agent never reads the blind second review, gets no notice or coaching from it, and cannot
-- acknowledge or dispute it.
-- @shared columns

DROP FUNCTION sb_qa_store_sample(TEXT, BIGINT, TEXT, TEXT, TEXT, TEXT);
DROP FUNCTION sb_qa_replace_sampled(TEXT, BIGINT, BIGINT, BIGINT, TEXT);

-- The staff who handled a ticket: its handler and every actor of its timeline.
CREATE FUNCTION sb_qa_handlers(p_ticket BIGINT) RETURNS BIGINT[]
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    SELECT COALESCE(array_agg(DISTINCT h.id), '{}') FROM (
        SELECT t.handler_id AS id FROM public.tickets t WHERE t.id = p_ticket AND t.handler_id IS NOT NULL
        UNION ALL
        SELECT e.actor_id FROM public.ticket_events e WHERE e.ticket_id = p_ticket AND e.actor_id IS NOT NULL) h
$$;

-- The frame of a day (schema 24), the same rows, now in PL/pgSQL: a set-returning SQL function
-- that is not inlined runs its query row by row without parallel workers, and the frame's
-- join with the tickets table is then much slower; RETURN QUERY may use them.
CREATE OR REPLACE FUNCTION sb_qa_frame(p_day DATE, p_seed BIGINT, p_by TEXT, p_tz TEXT)
RETURNS TABLE(ticket_id BIGINT, stratum TEXT, rank_hash TEXT)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
    RETURN QUERY
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
          AND e.at < (extract(epoch FROM (p_day + 1)::timestamp AT TIME ZONE p_tz) * 1000)::BIGINT);
END;
$$;

-- Drawing day `p_day`: needs qa.sample; a day is drawn once (a second call fails with
-- unique_violation). n = ceil(rate × N) in exact decimal arithmetic, largest remainder over
-- the strata with ties by the key in byte order, the first n_h of each stratum by rank hash.
-- Each ticket, in stratum key and rank order, goes to the inspector (sb_qa_inspectors) with
-- the fewest reviews so far, ties to the lowest id, never to one who handled it. Then the
-- ceil(double rate × n) tickets with the lowest rank hashes over the whole sample (ties by
-- ticket id), in that order, get a blind second inspector the same way (counting first and
-- second reviews), never their first inspector; none when they have no first. The login and
-- the server's time are stamped; the draw is audited. Returns the day's id.
CREATE FUNCTION sb_qa_draw_sample(p_day TEXT, p_seed BIGINT, p_rate TEXT, p_stratify_by TEXT,
                                  p_double_rate TEXT)
RETURNS BIGINT LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    d DATE := public.sb_qa_day(p_day);
    tz TEXT := public.sb_qa_time_zone();
    now_ms BIGINT := public.sb_now_ms();
    day_id BIGINT;
    n_frame BIGINT;
    n_sample BIGINT;
    n_double BIGINT;
    n_second BIGINT := 0;
    ids BIGINT[];
    strata TEXT[];
    hashes TEXT[];
    positions BIGINT[];
    firsts BIGINT[];
    seconds BIGINT[];
    insp BIGINT[];
    loads BIGINT[];
    handled BIGINT[];
    chosen INTEGER;
    k INTEGER;
    p RECORD;
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
    IF p_double_rate IS NULL OR p_double_rate !~ '^(0\.[0-9]{0,8}[1-9]|1)$' THEN
        RAISE EXCEPTION 'the double review rate "%" is not a decimal fraction above 0 and at most 1 (at most 9 decimals, no trailing zeros)', left(p_double_rate, 40)
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF p_stratify_by IS NULL OR p_stratify_by NOT IN ('none', 'channel', 'problem_type', 'handler_id', 'team_id') THEN
        RAISE EXCEPTION 'the sample cannot be stratified by "%"', left(p_stratify_by, 40)
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF EXISTS (SELECT 1 FROM public.qa_sample_days s WHERE s.day = p_day) THEN
        RAISE EXCEPTION 'the QA sample of % was drawn already; a day is drawn once', p_day
            USING ERRCODE = 'unique_violation';
    END IF;
    -- A concurrent draw of the same day waits here and then fails on the unique day.
    INSERT INTO public.qa_sample_days(day, seed, rate, stratify_by, time_zone, frame_size,
                                      sample_size, drawn_at, drawn_by, double_rate)
    VALUES (p_day, p_seed, p_rate, p_stratify_by, tz, 0, 0, now_ms, session_user::TEXT,
            p_double_rate)
    RETURNING id INTO day_id;
    -- Frame, strata (stored) and the picks, by stratum key and position.
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
    ins AS (INSERT INTO public.qa_sample_strata(day, key, frame_size, sample_size)
            SELECT p_day, b.stratum, b.nh, b.size FROM b RETURNING frame_size, sample_size),
    r AS (SELECT f.ticket_id, f.stratum, f.rank_hash,
                 row_number() OVER (PARTITION BY f.stratum
                                    ORDER BY f.rank_hash COLLATE "C", f.ticket_id) AS pos
          FROM f),
    picks AS (SELECT r.* FROM r JOIN b ON b.stratum = r.stratum AND r.pos <= b.size)
    SELECT COALESCE(array_agg(x.ticket_id ORDER BY x.stratum COLLATE "C", x.pos), '{}'),
           COALESCE(array_agg(x.stratum ORDER BY x.stratum COLLATE "C", x.pos), '{}'),
           COALESCE(array_agg(x.rank_hash ORDER BY x.stratum COLLATE "C", x.pos), '{}'),
           COALESCE(array_agg(x.pos ORDER BY x.stratum COLLATE "C", x.pos), '{}'),
           (SELECT COALESCE(sum(i.frame_size), 0) FROM ins i),
           (SELECT COALESCE(sum(i.sample_size), 0) FROM ins i)
    INTO ids, strata, hashes, positions, n_frame, n_sample
    FROM picks x;
    n_double := ceil(p_double_rate::NUMERIC * n_sample)::BIGINT;
    firsts := array_fill(0::BIGINT, ARRAY[cardinality(ids)]);
    seconds := firsts;
    SELECT COALESCE(array_agg(i.staff_id ORDER BY i.staff_id), '{}') INTO insp
    FROM public.sb_qa_inspectors() i;
    loads := array_fill(0::BIGINT, ARRAY[cardinality(insp)]);
    -- First inspectors, in pick order.
    FOR p IN SELECT u.ord::INTEGER AS ord, public.sb_qa_handlers(u.id) AS handled
             FROM unnest(ids) WITH ORDINALITY u(id, ord) ORDER BY u.ord LOOP
        chosen := 0;
        FOR k IN 1 .. cardinality(insp) LOOP
            CONTINUE WHEN insp[k] = ANY (p.handled);
            IF chosen = 0 OR loads[k] < loads[chosen] THEN
                chosen := k;
            END IF;
        END LOOP;
        IF chosen > 0 THEN
            loads[chosen] := loads[chosen] + 1;
            firsts[p.ord] := insp[chosen];
        END IF;
    END LOOP;
    -- Second inspectors: the lowest rank hashes of the whole sample.
    FOR p IN SELECT u.ord::INTEGER AS ord, public.sb_qa_handlers(u.id) AS handled
             FROM unnest(ids, hashes) WITH ORDINALITY u(id, hash, ord)
             ORDER BY u.hash COLLATE "C", u.id LIMIT n_double LOOP
        CONTINUE WHEN firsts[p.ord] = 0;
        chosen := 0;
        FOR k IN 1 .. cardinality(insp) LOOP
            CONTINUE WHEN insp[k] = firsts[p.ord] OR insp[k] = ANY (p.handled);
            IF chosen = 0 OR loads[k] < loads[chosen] THEN
                chosen := k;
            END IF;
        END LOOP;
        IF chosen > 0 THEN
            loads[chosen] := loads[chosen] + 1;
            seconds[p.ord] := insp[chosen];
            n_second := n_second + 1;
        END IF;
    END LOOP;
    INSERT INTO public.qa_sample_tickets(day, ticket_id, stratum, rank_hash, position,
                                         assignee_id, second_assignee_id, added_at, added_by)
    SELECT p_day, u.id, u.stratum, u.hash, u.pos, NULLIF(u.first, 0), NULLIF(u.second, 0),
           now_ms, session_user::TEXT
    FROM unnest(ids, strata, hashes, positions, firsts, seconds) u(id, stratum, hash, pos, first, second);
    UPDATE public.qa_sample_days SET frame_size = n_frame, sample_size = n_sample WHERE id = day_id;
    PERFORM public.sb_audit('qa.sample.draw', 'qa_sample', day_id,
        jsonb_build_object('day', p_day, 'seed', p_seed::TEXT, 'rate', p_rate,
                           'double_rate', p_double_rate, 'stratify_by', p_stratify_by,
                           'time_zone', tz, 'frame', n_frame, 'sample', n_sample,
                           'double', n_second));
    RETURN day_id;
END;
$$;

-- Replacing a sampled ticket (a test ticket, say): needs qa.sample or qa.review and a reason.
-- The replacement must be the next-ranked ticket of the same stratum not drawn yet that day;
-- its assignee and its second inspector (or none) must be allowed to review it, and differ; a
-- replaced ticket with a second inspector keeps a second review (when someone may take it).
-- The replaced row stays, linked to its replacement, with the reason, the login and the
-- server's time; the swap is audited. Returns the new row's id.
CREATE FUNCTION sb_qa_replace_sampled(p_day TEXT, p_ticket_id BIGINT, p_replacement_id BIGINT,
                                      p_assignee_id BIGINT, p_second_assignee_id BIGINT,
                                      p_reason TEXT)
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
    IF p_second_assignee_id IS NOT NULL AND (p_assignee_id IS NULL
            OR p_second_assignee_id = p_assignee_id OR cur.second_assignee_id IS NULL
            OR NOT public.sb_qa_may_review(p_second_assignee_id, nxt.ticket_id)) THEN
        RAISE EXCEPTION 'staff member #% may not be the second inspector of ticket #%: a second review goes to another active holder of qa.review who did not handle the ticket, of a ticket that had one', p_second_assignee_id, nxt.ticket_id
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    INSERT INTO public.qa_sample_tickets(day, ticket_id, stratum, rank_hash, position, assignee_id,
                                         second_assignee_id, added_at, added_by)
    VALUES (p_day, nxt.ticket_id, cur.stratum, nxt.rank_hash, nxt.pos, p_assignee_id,
            p_second_assignee_id, now_ms, session_user::TEXT)
    RETURNING id INTO new_id;
    UPDATE public.qa_sample_tickets SET replacement_id = new_id, replace_reason = btrim(p_reason),
        replaced_at = now_ms, replaced_by = session_user::TEXT
    WHERE id = cur.id;
    PERFORM public.sb_audit('qa.sample.replace', 'qa_sample_ticket', cur.id,
        jsonb_build_object('day', p_day, 'ticket', p_ticket_id, 'replacement', nxt.ticket_id,
                           'stratum', cur.stratum, 'assignee', p_assignee_id,
                           'second_assignee', p_second_assignee_id, 'reason', btrim(p_reason)));
    RETURN new_id;
END;
$$;

-- ---------------------------------------------------------------------------------------
-- Blindness. The (ticket, reviewer) pairs the caller may not read yet: for each double-
-- reviewed sample row the caller is first or second inspector of, the other inspector, until
-- both the first ("sample") and the second ("double") review of it are submitted.
CREATE FUNCTION sb_qa_blind_pairs() RETURNS TABLE(ticket_id BIGINT, reviewer_id BIGINT)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    SELECT q.ticket_id,
           CASE WHEN q.assignee_id = m.me THEN q.second_assignee_id ELSE q.assignee_id END
    FROM public.qa_sample_tickets q, (SELECT public.sb_current_staff_id() AS me) m
    WHERE m.me IS NOT NULL AND q.assignee_id IS NOT NULL AND q.second_assignee_id IS NOT NULL
      AND (q.assignee_id = m.me OR q.second_assignee_id = m.me)
      AND (SELECT count(*) FROM public.qa_reviews r
           WHERE r.ticket_id = q.ticket_id AND r.state = 'submitted'
             AND ((r.reviewer_id = q.assignee_id AND r.kind = 'sample')
                  OR (r.reviewer_id = q.second_assignee_id AND r.kind = 'double'))) < 2
$$;

-- Restrictive: holds beside every permissive policy of qa_reviews (reviewer, agent,
-- qa.read_all, deciders, coaching leads). Review items, disputes and their items follow, as
-- their policies read qa_reviews.
CREATE POLICY qa_reviews_double_blind ON qa_reviews AS RESTRICTIVE FOR SELECT TO sb_staff
    USING ((ticket_id, reviewer_id) NOT IN (SELECT b.ticket_id, b.reviewer_id
                                            FROM sb_qa_blind_pairs() b));
CREATE POLICY qa_reviews_double_not_feedback ON qa_reviews AS RESTRICTIVE FOR SELECT TO sb_staff
    USING (kind <> 'double' OR reviewer_id = (SELECT sb_current_staff_id())
           OR agent_id IS DISTINCT FROM (SELECT sb_current_staff_id()));

-- A submitted review of the caller as its agent, locked; never a blind second review.
CREATE OR REPLACE FUNCTION sb_qa_own_result(p_review BIGINT) RETURNS public.qa_reviews
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    me BIGINT := public.sb_current_staff_id();
    r public.qa_reviews%ROWTYPE;
BEGIN
    SELECT * INTO r FROM public.qa_reviews q WHERE q.id = p_review FOR UPDATE;
    IF me IS NULL OR NOT FOUND OR r.state <> 'submitted' OR r.agent_id IS DISTINCT FROM me
       OR r.kind = 'double' THEN
        RAISE EXCEPTION 'review #% is not a submitted review of your work', p_review
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF r.acknowledged_at IS NOT NULL THEN
        RAISE EXCEPTION 'review #% was acknowledged already', p_review USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF EXISTS (SELECT 1 FROM public.qa_disputes d WHERE d.review_id = p_review) THEN
        RAISE EXCEPTION 'review #% was disputed already; a review is disputed once', p_review
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    RETURN r;
END;
$$;

-- Opening the coaching item of a submitted, failed review (schema 26), never of a blind second
-- review: that measures agreement and is no feedback (returns NULL).
CREATE OR REPLACE FUNCTION sb_qa_open_coaching(p_review BIGINT) RETURNS BIGINT
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    me BIGINT := public.sb_current_staff_id();
    now_ms BIGINT := public.sb_now_ms();
    r public.qa_reviews%ROWTYPE;
    lead BIGINT;
    new_id BIGINT;
BEGIN
    IF me IS NULL THEN
        RAISE EXCEPTION 'only active staff open coaching items' USING ERRCODE = 'insufficient_privilege';
    END IF;
    SELECT * INTO r FROM public.qa_reviews q WHERE q.id = p_review FOR UPDATE;
    IF NOT FOUND OR r.reviewer_id <> me THEN
        RAISE EXCEPTION 'review #% is not a review of yours', p_review USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF r.state <> 'submitted' THEN
        RAISE EXCEPTION 'review #% is not submitted; coaching follows a submitted, failed review', p_review
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF r.passed = 1 OR r.agent_id IS NULL OR r.kind = 'double' THEN
        RETURN NULL;
    END IF;
    SELECT c.id INTO new_id FROM public.qa_coaching_items c WHERE c.review_id = r.id;
    IF FOUND THEN
        RETURN new_id;
    END IF;
    lead := public.sb_qa_team_lead_of(r.agent_id);
    INSERT INTO public.qa_coaching_items(review_id, agent_id, lead_id, state, created_at)
    VALUES (r.id, r.agent_id, lead, 'open', now_ms) RETURNING id INTO new_id;
    PERFORM public.sb_audit('qa.coaching.open', 'qa_coaching', new_id,
        jsonb_build_object('review', r.id, 'ticket', r.ticket_id, 'agent', r.agent_id,
                           'lead', lead, 'score', r.score));
    RETURN new_id;
END;
$$;

REVOKE ALL ON FUNCTION sb_qa_handlers(BIGINT),
    sb_qa_draw_sample(TEXT, BIGINT, TEXT, TEXT, TEXT),
    sb_qa_replace_sampled(TEXT, BIGINT, BIGINT, BIGINT, BIGINT, TEXT), sb_qa_blind_pairs()
    FROM PUBLIC;
GRANT EXECUTE ON FUNCTION sb_qa_draw_sample(TEXT, BIGINT, TEXT, TEXT, TEXT),
    sb_qa_replace_sampled(TEXT, BIGINT, BIGINT, BIGINT, BIGINT, TEXT), sb_qa_blind_pairs()
    TO sb_staff;

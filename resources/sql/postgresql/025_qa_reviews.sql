-- Signalboard schema 25 (PostgreSQL): reviewing (质检) and disputes (质检复核), and their
-- server guard. The shipped scorecard as published version 1.
--
-- Staff logins still write none of the QA tables. A review is started, saved as a draft and
-- submitted by SECURITY DEFINER functions that check the permission, stamp the login and the
-- server's time, and re-check what the client claims: the reviewer did not handle the ticket
-- (neither its handler nor a writer on its timeline), the ticket is in a sample or the
-- reviewer holds qa.read_all, every item is valid for its scale, and the score is the one the
-- pinned scorecard version gives. The agent acknowledges or disputes through functions too.
-- A submitted review changes only through the decision of its dispute (qa.decide_dispute, by
-- someone other than the reviewer and the agent), once: a trigger refuses any other change,
-- whoever makes it.
--
-- qa_review_items.root_cause holds the picked root-cause tags of an item as a JSON array of
-- text ('' or '[]': none), the tags of qa_scorecard_items.root_causes.

-- The rating an item had when its dispute was raised, beside the decided one.
ALTER TABLE qa_dispute_items ADD COLUMN original_value DOUBLE PRECISION;
ALTER TABLE qa_dispute_items ADD COLUMN original_na BIGINT;

-- @shared columns

-- @shared indexes

-- @shared scorecard

-- ---------------------------------------------------------------------------------------
-- Helpers.

-- A setting's current text (its newest version), or the fallback.
CREATE FUNCTION sb_qa_setting(p_key TEXT, p_fallback TEXT) RETURNS TEXT
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    SELECT COALESCE((SELECT s.value FROM public.settings s WHERE s.key = p_key
                     ORDER BY s.version DESC LIMIT 1), p_fallback)
$$;

-- qa.pass_mark as a number from 0 to 100.
CREATE FUNCTION sb_qa_pass_mark() RETURNS DOUBLE PRECISION
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    t TEXT := public.sb_qa_setting('qa.pass_mark', '80');
    m DOUBLE PRECISION;
BEGIN
    BEGIN
        m := btrim(t)::DOUBLE PRECISION;
    EXCEPTION WHEN others THEN
        m := NULL;
    END;
    IF m IS NULL OR m = 'NaN'::DOUBLE PRECISION OR m < 0 OR m > 100 THEN
        RAISE EXCEPTION 'setting qa.pass_mark has the value "%"; it must be a number from 0 to 100', left(t, 40)
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    RETURN m;
END;
$$;

-- A scale's lowest value, highest value and pass level (Scorecards: scaleMinimum …).
CREATE FUNCTION sb_qa_scale_bounds(p_scale TEXT, OUT lo INTEGER, OUT hi INTEGER, OUT pass INTEGER)
LANGUAGE sql IMMUTABLE SET search_path = pg_catalog AS $$
    SELECT CASE p_scale WHEN '1_5' THEN 1 ELSE 0 END,
           CASE p_scale WHEN 'pass_fail' THEN 1 WHEN '0_2' THEN 2 ELSE 5 END,
           CASE p_scale WHEN '1_5' THEN 3 ELSE 1 END
$$;

-- The scorecard version in force: the newest published version of a scorecard that is not
-- archived (by publication time, then id). New reviews pin it.
CREATE FUNCTION sb_qa_scorecard_in_force() RETURNS BIGINT
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    SELECT v.id FROM public.qa_scorecard_versions v
    JOIN public.qa_scorecards s ON s.id = v.scorecard_id
    WHERE v.state = 'published' AND s.archived = 0
    ORDER BY v.published_at DESC, v.id DESC LIMIT 1
$$;

-- A review's score from its items and its pinned version: 100 × Σ wᵢcᵢ / Σ wᵢ over the items
-- rated with a value, cᵢ = (s − min)/(max − min); 0 when a critical item is below its pass
-- level; NULL when no item has a value (Scorecards::score).
CREATE FUNCTION sb_qa_review_score(p_review BIGINT, OUT score DOUBLE PRECISION,
                                   OUT critical_failed BOOLEAN)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    WITH r AS (
        SELECT i.weight, i.critical, ri.value, b.lo, b.hi, b.pass
        FROM public.qa_review_items ri
        JOIN public.qa_scorecard_items i ON i.id = ri.item_id
        CROSS JOIN LATERAL public.sb_qa_scale_bounds(i.scale) b
        WHERE ri.review_id = p_review AND ri.na = 0 AND ri.value IS NOT NULL)
    SELECT CASE WHEN COALESCE(bool_or(r.critical = 1 AND r.value < r.pass), false) THEN 0
                WHEN sum(r.weight) > 0
                    THEN 100 * sum(r.weight * (r.value - r.lo) / (r.hi - r.lo)) / sum(r.weight)
           END,
           COALESCE(bool_or(r.critical = 1 AND r.value < r.pass), false)
    FROM r
$$;

-- One rating as the client sent it ({"key", "value": whole number or null, "na": true/false,
-- "comment", "root_causes": [text]}), checked against item `p_item`. Returns the value.
CREATE FUNCTION sb_qa_rating_value(p_item public.qa_scorecard_items, p_rating JSONB,
                                   OUT value DOUBLE PRECISION, OUT na BOOLEAN)
LANGUAGE plpgsql IMMUTABLE SET search_path = pg_catalog, public AS $$
DECLARE
    b RECORD;
    v NUMERIC;
BEGIN
    SELECT * INTO b FROM public.sb_qa_scale_bounds(p_item.scale);
    IF p_rating -> 'na' IS NULL OR jsonb_typeof(p_rating -> 'na') = 'null' THEN
        na := false;
    ELSIF jsonb_typeof(p_rating -> 'na') = 'boolean' THEN
        na := (p_rating ->> 'na')::BOOLEAN;
    ELSE
        RAISE EXCEPTION 'item "%": "na" must be true or false', p_item.key
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF p_rating -> 'value' IS NULL OR jsonb_typeof(p_rating -> 'value') = 'null' THEN
        value := NULL;
    ELSIF jsonb_typeof(p_rating -> 'value') <> 'number' THEN
        RAISE EXCEPTION 'item "%": the value must be a whole number from % to %', p_item.key, b.lo, b.hi
            USING ERRCODE = 'invalid_parameter_value';
    ELSE
        v := (p_rating ->> 'value')::NUMERIC;
        IF v <> trunc(v) OR v < b.lo OR v > b.hi THEN
            RAISE EXCEPTION 'item "%": the value must be a whole number from % to %', p_item.key, b.lo, b.hi
                USING ERRCODE = 'invalid_parameter_value';
        END IF;
        value := v::DOUBLE PRECISION;
    END IF;
    IF na AND value IS NOT NULL THEN
        RAISE EXCEPTION 'item "%": either a value or not applicable, not both', p_item.key
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF na AND p_item.allow_na = 0 THEN
        RAISE EXCEPTION 'item "%" cannot be marked not applicable', p_item.key
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
END;
$$;

-- Replaces the items of review `p_review` (of scorecard version `p_version`) by `p_items`, a
-- JSON array of ratings. Every rating is checked: an item of the version, once, a whole value
-- within its scale or N/A where allowed, a comment of at most 4000 characters, root causes
-- from the item's tags. `p_final` (submitting) adds Scorecards::validateReview's other rules:
-- every item rated or N/A, a comment below pass where required, root causes only below
-- pass, and at least one item rated with a value.
CREATE FUNCTION sb_qa_put_items(p_review BIGINT, p_version BIGINT, p_items TEXT, p_final BOOLEAN)
RETURNS VOID LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    arr JSONB;
    e JSONB;
    it public.qa_scorecard_items%ROWTYPE;
    b RECORD;
    rv RECORD;
    note TEXT;
    tags JSONB;
    seen TEXT[] := '{}';
    missing TEXT;
BEGIN
    BEGIN
        arr := COALESCE(NULLIF(p_items, ''), '[]')::JSONB;
    EXCEPTION WHEN others THEN
        RAISE EXCEPTION 'the review''s items are not valid JSON' USING ERRCODE = 'invalid_parameter_value';
    END;
    IF jsonb_typeof(arr) <> 'array' OR jsonb_array_length(arr) > 100 THEN
        RAISE EXCEPTION 'the review''s items must be a JSON array of at most 100 ratings'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    DELETE FROM public.qa_review_items WHERE review_id = p_review;
    FOR e IN SELECT x FROM jsonb_array_elements(arr) x LOOP
        IF jsonb_typeof(e) <> 'object' OR jsonb_typeof(e -> 'key') IS DISTINCT FROM 'string' THEN
            RAISE EXCEPTION 'each rating is an object with the item''s "key"'
                USING ERRCODE = 'invalid_parameter_value';
        END IF;
        SELECT * INTO it FROM public.qa_scorecard_items i
        WHERE i.version_id = p_version AND i.key = e ->> 'key';
        IF NOT FOUND THEN
            RAISE EXCEPTION 'item "%" is not an item of the review''s scorecard version', left(e ->> 'key', 64)
                USING ERRCODE = 'invalid_parameter_value';
        END IF;
        IF it.key = ANY (seen) THEN
            RAISE EXCEPTION 'item "%" is rated more than once', it.key USING ERRCODE = 'invalid_parameter_value';
        END IF;
        seen := seen || it.key;
        SELECT * INTO rv FROM public.sb_qa_rating_value(it, e);
        SELECT * INTO b FROM public.sb_qa_scale_bounds(it.scale);
        IF e -> 'comment' IS NOT NULL AND jsonb_typeof(e -> 'comment') NOT IN ('string', 'null') THEN
            RAISE EXCEPTION 'item "%": the comment must be text', it.key USING ERRCODE = 'invalid_parameter_value';
        END IF;
        note := COALESCE(e ->> 'comment', '');
        IF length(note) > 4000 THEN
            RAISE EXCEPTION 'item "%": a comment has at most 4000 characters', it.key
                USING ERRCODE = 'invalid_parameter_value';
        END IF;
        tags := COALESCE(e -> 'root_causes', '[]'::JSONB);
        IF jsonb_typeof(tags) = 'null' THEN
            tags := '[]'::JSONB;
        END IF;
        IF jsonb_typeof(tags) <> 'array' OR jsonb_array_length(tags) > 30
           OR EXISTS (SELECT 1 FROM jsonb_array_elements(tags) t WHERE jsonb_typeof(t) <> 'string')
           OR NOT (tags <@ it.root_causes::JSONB) THEN
            RAISE EXCEPTION 'item "%": root causes must be picked from the item''s tags', it.key
                USING ERRCODE = 'invalid_parameter_value';
        END IF;
        IF p_final THEN
            IF NOT rv.na AND rv.value IS NULL THEN
                RAISE EXCEPTION 'item "%" is not rated', it.key USING ERRCODE = 'invalid_parameter_value';
            END IF;
            IF rv.na AND jsonb_array_length(tags) > 0 THEN
                RAISE EXCEPTION 'item "%": a not applicable item has no root causes', it.key
                    USING ERRCODE = 'invalid_parameter_value';
            END IF;
            IF rv.value < b.pass AND it.comment_below_pass = 1 AND btrim(note) = '' THEN
                RAISE EXCEPTION 'item "%": a comment is required below pass', it.key
                    USING ERRCODE = 'invalid_parameter_value';
            END IF;
            IF rv.value >= b.pass AND jsonb_array_length(tags) > 0 THEN
                RAISE EXCEPTION 'item "%": root causes are only for items below pass', it.key
                    USING ERRCODE = 'invalid_parameter_value';
            END IF;
        END IF;
        INSERT INTO public.qa_review_items(review_id, item_id, value, na, comment, root_cause)
        VALUES (p_review, it.id, rv.value, CASE WHEN rv.na THEN 1 ELSE 0 END, note,
                CASE WHEN jsonb_array_length(tags) = 0 THEN '' ELSE tags::TEXT END);
    END LOOP;
    IF p_final THEN
        SELECT i.key INTO missing FROM public.qa_scorecard_items i
        WHERE i.version_id = p_version AND NOT (i.key = ANY (seen))
        ORDER BY i.position LIMIT 1;
        IF FOUND THEN
            RAISE EXCEPTION 'item "%" is not rated', missing USING ERRCODE = 'invalid_parameter_value';
        END IF;
        IF NOT EXISTS (SELECT 1 FROM public.qa_review_items ri WHERE ri.review_id = p_review
                       AND ri.value IS NOT NULL) THEN
            RAISE EXCEPTION 'at least one item must be rated; a review of only not applicable items has no score'
                USING ERRCODE = 'invalid_parameter_value';
        END IF;
    END IF;
END;
$$;

-- The caller as a reviewer of `p_review`'s own draft: an active holder of qa.review whose
-- draft it is. Returns the review, locked.
CREATE FUNCTION sb_qa_own_draft(p_review BIGINT) RETURNS public.qa_reviews
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    me BIGINT := public.sb_current_staff_id();
    r public.qa_reviews%ROWTYPE;
BEGIN
    IF me IS NULL THEN
        RAISE EXCEPTION 'only active staff review tickets' USING ERRCODE = 'insufficient_privilege';
    END IF;
    PERFORM public.sb_require_permission('qa.review');
    SELECT * INTO r FROM public.qa_reviews q WHERE q.id = p_review FOR UPDATE;
    IF NOT FOUND OR r.reviewer_id <> me THEN
        RAISE EXCEPTION 'review #% is not a review of yours', p_review USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF r.state <> 'draft' THEN
        RAISE EXCEPTION 'review #% was submitted already; a submitted review changes only through the decision of its dispute', p_review
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    RETURN r;
END;
$$;

-- Whether `p_staff` may review ticket `p_ticket` now: an active holder of qa.review who did
-- not handle it (sb_qa_may_review), and the ticket is in a QA sample (not replaced) or the
-- caller holds qa.read_all.
CREATE FUNCTION sb_qa_check_reviewer(p_staff BIGINT, p_ticket BIGINT) RETURNS VOID
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
    IF NOT public.sb_qa_may_review(p_staff, p_ticket) THEN
        RAISE EXCEPTION 'staff member #% may not review ticket #%: reviews are for holders of qa.review who have not handled the ticket', p_staff, p_ticket
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM public.qa_sample_tickets q WHERE q.ticket_id = p_ticket
                   AND q.replacement_id IS NULL)
       AND NOT public.sb_has_permission('qa.read_all') THEN
        RAISE EXCEPTION 'ticket #% is not in a QA sample; reviewing it needs the permission "qa.read_all"', p_ticket
            USING ERRCODE = 'insufficient_privilege';
    END IF;
END;
$$;

-- ---------------------------------------------------------------------------------------
-- Reviewing.

-- Starts the caller's review of a ticket, or returns the caller's draft of it. The kind is the
-- server's: "sample" when the ticket's sample row is assigned to the caller, "double" when the
-- caller is its blind second reviewer, else "extra". The review pins the scorecard version in
-- force and names the ticket's handler as its agent; `p_due_at` is the workstation's due time
-- (a reminder: the sampled day plus a business day), stored as given when positive.
CREATE FUNCTION sb_qa_start_review(p_ticket BIGINT, p_due_at BIGINT) RETURNS BIGINT
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    me BIGINT := public.sb_current_staff_id();
    now_ms BIGINT := public.sb_now_ms();
    sample_row BIGINT;
    k TEXT := 'extra';
    r public.qa_reviews%ROWTYPE;
    ver BIGINT;
    new_id BIGINT;
BEGIN
    IF me IS NULL THEN
        RAISE EXCEPTION 'only active staff review tickets' USING ERRCODE = 'insufficient_privilege';
    END IF;
    PERFORM public.sb_require_permission('qa.review');
    IF NOT EXISTS (SELECT 1 FROM public.tickets t WHERE t.id = p_ticket) THEN
        RAISE EXCEPTION 'ticket #% does not exist', p_ticket USING ERRCODE = 'invalid_parameter_value';
    END IF;
    PERFORM public.sb_qa_check_reviewer(me, p_ticket);
    SELECT q.id, CASE WHEN q.assignee_id = me THEN 'sample' ELSE 'double' END
    INTO sample_row, k
    FROM public.qa_sample_tickets q
    WHERE q.ticket_id = p_ticket AND q.replacement_id IS NULL
      AND (q.assignee_id = me OR q.second_assignee_id = me)
    ORDER BY q.day DESC, (q.assignee_id = me) DESC LIMIT 1;
    IF NOT FOUND THEN
        sample_row := NULL;
        k := 'extra';
    END IF;
    SELECT * INTO r FROM public.qa_reviews q
    WHERE q.ticket_id = p_ticket AND q.reviewer_id = me AND q.kind = k FOR UPDATE;
    IF FOUND THEN
        IF r.state <> 'draft' THEN
            RAISE EXCEPTION 'ticket #% was reviewed already (review #%)', p_ticket, r.id
                USING ERRCODE = 'invalid_parameter_value';
        END IF;
        RETURN r.id;
    END IF;
    ver := public.sb_qa_scorecard_in_force();
    IF ver IS NULL THEN
        RAISE EXCEPTION 'no scorecard is published' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    INSERT INTO public.qa_reviews(sample_ticket_id, ticket_id, agent_id, reviewer_id,
                                  scorecard_version_id, kind, state, due_at, created_at, updated_at)
    VALUES (sample_row, p_ticket, (SELECT t.handler_id FROM public.tickets t WHERE t.id = p_ticket),
            me, ver, k, 'draft', CASE WHEN p_due_at > 0 THEN p_due_at END, now_ms, now_ms)
    RETURNING id INTO new_id;
    RETURN new_id;
END;
$$;

-- Saves the caller's draft: its ratings (replaced as a whole), comment, and `p_spent_ms` more
-- milliseconds worked on it (0 to 24 hours a save). Returns the review's new version.
CREATE FUNCTION sb_qa_save_draft(p_review BIGINT, p_items TEXT, p_comment TEXT, p_spent_ms BIGINT)
RETURNS BIGINT LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    r public.qa_reviews%ROWTYPE := public.sb_qa_own_draft(p_review);
    v BIGINT;
BEGIN
    IF length(COALESCE(p_comment, '')) > 4000 THEN
        RAISE EXCEPTION 'a review''s comment has at most 4000 characters' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF p_spent_ms IS NULL OR p_spent_ms < 0 OR p_spent_ms > 86400000 THEN
        RAISE EXCEPTION 'the time spent must be 0 to 86400000 milliseconds' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    PERFORM public.sb_qa_put_items(r.id, r.scorecard_version_id, p_items, false);
    UPDATE public.qa_reviews SET comment = COALESCE(p_comment, ''),
        time_spent_ms = time_spent_ms + p_spent_ms, updated_at = public.sb_now_ms(),
        version = version + 1
    WHERE id = r.id RETURNING version INTO v;
    RETURN v;
END;
$$;

-- Submits the caller's draft in one transaction: saves the ratings as for a draft, checks them
-- as complete, re-checks that the caller may review the ticket, scores the review with its
-- pinned version (and refuses a workstation whose score `p_score`, when given, differs), and
-- stamps the server's time. Audited (qa.review.submit). Returns the score.
CREATE FUNCTION sb_qa_submit_review(p_review BIGINT, p_items TEXT, p_comment TEXT,
                                    p_spent_ms BIGINT, p_score DOUBLE PRECISION)
RETURNS DOUBLE PRECISION LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    r public.qa_reviews%ROWTYPE := public.sb_qa_own_draft(p_review);
    now_ms BIGINT := public.sb_now_ms();
    sc RECORD;
    agent BIGINT;
    pass BOOLEAN;
BEGIN
    PERFORM public.sb_qa_check_reviewer(r.reviewer_id, r.ticket_id);
    IF length(COALESCE(p_comment, '')) > 4000 THEN
        RAISE EXCEPTION 'a review''s comment has at most 4000 characters' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF p_spent_ms IS NULL OR p_spent_ms < 0 OR p_spent_ms > 86400000 THEN
        RAISE EXCEPTION 'the time spent must be 0 to 86400000 milliseconds' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    PERFORM public.sb_qa_put_items(r.id, r.scorecard_version_id, p_items, true);
    SELECT * INTO sc FROM public.sb_qa_review_score(r.id);
    IF sc.score IS NULL THEN
        RAISE EXCEPTION 'review #% has no score: no item is rated with a value', r.id
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF p_score IS NOT NULL AND abs(p_score - sc.score) > 1e-6 THEN
        RAISE EXCEPTION 'the workstation scored review #% %, the server %', r.id, p_score, sc.score
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    pass := sc.score >= public.sb_qa_pass_mark() - 1e-9;
    SELECT t.handler_id INTO agent FROM public.tickets t WHERE t.id = r.ticket_id;
    UPDATE public.qa_reviews SET state = 'submitted', agent_id = agent, score = sc.score,
        passed = CASE WHEN pass THEN 1 ELSE 0 END,
        critical_failed = CASE WHEN sc.critical_failed THEN 1 ELSE 0 END,
        comment = COALESCE(p_comment, ''), time_spent_ms = time_spent_ms + p_spent_ms,
        submitted_at = now_ms, updated_at = now_ms, version = version + 1
    WHERE id = r.id;
    PERFORM public.sb_audit('qa.review.submit', 'qa_review', r.id,
        jsonb_build_object('ticket', r.ticket_id, 'agent', agent, 'kind', r.kind,
                           'scorecard_version', r.scorecard_version_id, 'score', sc.score,
                           'passed', pass, 'critical_failed', sc.critical_failed));
    RETURN sc.score;
END;
$$;

-- ---------------------------------------------------------------------------------------
-- Feedback and disputes (质检复核).

-- A submitted review of the caller as its agent, locked.
CREATE FUNCTION sb_qa_own_result(p_review BIGINT) RETURNS public.qa_reviews
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    me BIGINT := public.sb_current_staff_id();
    r public.qa_reviews%ROWTYPE;
BEGIN
    SELECT * INTO r FROM public.qa_reviews q WHERE q.id = p_review FOR UPDATE;
    IF me IS NULL OR NOT FOUND OR r.state <> 'submitted' OR r.agent_id IS DISTINCT FROM me THEN
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

-- The agent acknowledges a submitted review of their work (neither acknowledged nor disputed).
CREATE FUNCTION sb_qa_acknowledge_review(p_review BIGINT) RETURNS VOID
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    r public.qa_reviews%ROWTYPE := public.sb_qa_own_result(p_review);
    now_ms BIGINT := public.sb_now_ms();
BEGIN
    UPDATE public.qa_reviews SET acknowledged_at = now_ms, updated_at = now_ms,
        version = version + 1
    WHERE id = r.id;
    PERFORM public.sb_audit('qa.review.acknowledge', 'qa_review', r.id,
        jsonb_build_object('ticket', r.ticket_id, 'score', r.score));
END;
$$;

-- The agent disputes named items of a submitted review of their work, with a reason, within
-- qa.dispute_days days of its submission (24-hour days), once. `p_items` is a JSON array of
-- {"key", "reason"}. The items' ratings at this moment are kept beside the decision.
-- Audited (qa.dispute.raise). Returns the dispute's id.
CREATE FUNCTION sb_qa_raise_dispute(p_review BIGINT, p_reason TEXT, p_items TEXT) RETURNS BIGINT
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    r public.qa_reviews%ROWTYPE := public.sb_qa_own_result(p_review);
    now_ms BIGINT := public.sb_now_ms();
    days_text TEXT := public.sb_qa_setting('qa.dispute_days', '3');
    days BIGINT;
    arr JSONB;
    e JSONB;
    it public.qa_scorecard_items%ROWTYPE;
    seen TEXT[] := '{}';
    new_id BIGINT;
BEGIN
    IF days_text !~ '^\s*[0-9]{1,3}\s*$' OR btrim(days_text)::BIGINT > 365 THEN
        RAISE EXCEPTION 'setting qa.dispute_days has the value "%"; it must be a whole number from 0 to 365', left(days_text, 40)
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    days := btrim(days_text)::BIGINT;
    IF now_ms > r.submitted_at + days * 86400000 THEN
        RAISE EXCEPTION 'review #% can no longer be disputed: the % days to dispute it have passed', r.id, days
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF btrim(COALESCE(p_reason, '')) = '' OR length(p_reason) > 2000 THEN
        RAISE EXCEPTION 'a dispute needs a reason of at most 2000 characters' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    BEGIN
        arr := COALESCE(NULLIF(p_items, ''), '[]')::JSONB;
    EXCEPTION WHEN others THEN
        RAISE EXCEPTION 'the disputed items are not valid JSON' USING ERRCODE = 'invalid_parameter_value';
    END;
    IF jsonb_typeof(arr) <> 'array' OR jsonb_array_length(arr) = 0 OR jsonb_array_length(arr) > 100 THEN
        RAISE EXCEPTION 'a dispute names 1 to 100 items of the review' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    INSERT INTO public.qa_disputes(review_id, raised_by, raised_at, reason)
    VALUES (r.id, r.agent_id, now_ms, btrim(p_reason)) RETURNING id INTO new_id;
    FOR e IN SELECT x FROM jsonb_array_elements(arr) x LOOP
        IF jsonb_typeof(e) <> 'object' OR jsonb_typeof(e -> 'key') IS DISTINCT FROM 'string'
           OR (e -> 'reason' IS NOT NULL AND jsonb_typeof(e -> 'reason') <> 'string')
           OR length(COALESCE(e ->> 'reason', '')) > 2000 THEN
            RAISE EXCEPTION 'each disputed item is an object with the item''s "key" and a "reason" of at most 2000 characters'
                USING ERRCODE = 'invalid_parameter_value';
        END IF;
        SELECT * INTO it FROM public.qa_scorecard_items i
        WHERE i.version_id = r.scorecard_version_id AND i.key = e ->> 'key';
        IF NOT FOUND OR it.key = ANY (seen) THEN
            RAISE EXCEPTION 'item "%" is not an item of the review, or is named twice', left(e ->> 'key', 64)
                USING ERRCODE = 'invalid_parameter_value';
        END IF;
        seen := seen || it.key;
        INSERT INTO public.qa_dispute_items(dispute_id, item_id, reason, original_value, original_na)
        SELECT new_id, it.id, btrim(COALESCE(e ->> 'reason', '')), ri.value, COALESCE(ri.na, 0)
        FROM (SELECT 1) one
        LEFT JOIN public.qa_review_items ri ON ri.review_id = r.id AND ri.item_id = it.id;
    END LOOP;
    PERFORM public.sb_audit('qa.dispute.raise', 'qa_dispute', new_id,
        jsonb_build_object('review', r.id, 'ticket', r.ticket_id, 'items', to_jsonb(seen),
                           'reason', btrim(p_reason)));
    RETURN new_id;
END;
$$;

-- Whether the review's score is being changed by the decision of its open dispute: set by
-- sb_qa_decide_dispute for its own transaction only.
CREATE FUNCTION sb_qa_deciding(p_review BIGINT) RETURNS BOOLEAN
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    SELECT EXISTS (SELECT 1 FROM public.qa_disputes d WHERE d.review_id = p_review
                   AND d.state = 'open'
                   AND d.id::TEXT = current_setting('sb.qa_deciding', true))
$$;

-- Decides an open dispute: accepted, partly_accepted or rejected, with a reason, by a holder
-- of qa.decide_dispute who is neither the reviewer nor the agent. `p_items` is a JSON array of
-- the new ratings ({"key", "value", "na"}) of disputed items: every disputed item when
-- accepted, at least one when partly accepted, none when rejected; each must differ from the
-- item's rating. The review is re-scored with its pinned version, once: the dispute is closed
-- in the same transaction. Audited (qa.dispute.decide). Returns the score after.
CREATE FUNCTION sb_qa_decide_dispute(p_dispute BIGINT, p_outcome TEXT, p_reason TEXT, p_items TEXT)
RETURNS DOUBLE PRECISION LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    me BIGINT := public.sb_current_staff_id();
    now_ms BIGINT := public.sb_now_ms();
    d public.qa_disputes%ROWTYPE;
    r public.qa_reviews%ROWTYPE;
    arr JSONB;
    e JSONB;
    it public.qa_scorecard_items%ROWTYPE;
    rv RECORD;
    b RECORD;
    prev RECORD;
    seen TEXT[] := '{}';
    changes JSONB := '[]'::JSONB;
    n_disputed BIGINT;
    sc RECORD;
    pass BOOLEAN;
BEGIN
    IF me IS NULL THEN
        RAISE EXCEPTION 'only active staff decide disputes' USING ERRCODE = 'insufficient_privilege';
    END IF;
    PERFORM public.sb_require_permission('qa.decide_dispute');
    SELECT * INTO d FROM public.qa_disputes x WHERE x.id = p_dispute FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'dispute #% does not exist', p_dispute USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF d.state <> 'open' THEN
        RAISE EXCEPTION 'dispute #% was decided already; a decision changes the score once', p_dispute
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    SELECT * INTO r FROM public.qa_reviews q WHERE q.id = d.review_id FOR UPDATE;
    IF r.reviewer_id = me OR d.raised_by = me THEN
        RAISE EXCEPTION 'the reviewer and the agent do not decide the dispute of their own review: another inspector or a QA lead does'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF p_outcome IS NULL OR p_outcome NOT IN ('accepted', 'partly_accepted', 'rejected') THEN
        RAISE EXCEPTION 'a dispute is accepted, partly_accepted or rejected, not "%"', left(p_outcome, 40)
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF btrim(COALESCE(p_reason, '')) = '' OR length(p_reason) > 2000 THEN
        RAISE EXCEPTION 'a decision needs a reason of at most 2000 characters' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    BEGIN
        arr := COALESCE(NULLIF(p_items, ''), '[]')::JSONB;
    EXCEPTION WHEN others THEN
        RAISE EXCEPTION 'the decided items are not valid JSON' USING ERRCODE = 'invalid_parameter_value';
    END;
    IF jsonb_typeof(arr) <> 'array' THEN
        RAISE EXCEPTION 'the decided items must be a JSON array' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    PERFORM set_config('sb.qa_deciding', d.id::TEXT, true);
    FOR e IN SELECT x FROM jsonb_array_elements(arr) x LOOP
        IF jsonb_typeof(e) <> 'object' OR jsonb_typeof(e -> 'key') IS DISTINCT FROM 'string' THEN
            RAISE EXCEPTION 'each decided item is an object with the item''s "key"'
                USING ERRCODE = 'invalid_parameter_value';
        END IF;
        SELECT i.* INTO it FROM public.qa_scorecard_items i
        JOIN public.qa_dispute_items di ON di.item_id = i.id AND di.dispute_id = d.id
        WHERE i.key = e ->> 'key';
        IF NOT FOUND OR it.key = ANY (seen) THEN
            RAISE EXCEPTION 'item "%" is not an item of the dispute, or is decided twice', left(e ->> 'key', 64)
                USING ERRCODE = 'invalid_parameter_value';
        END IF;
        seen := seen || it.key;
        SELECT * INTO rv FROM public.sb_qa_rating_value(it, e);
        IF NOT rv.na AND rv.value IS NULL THEN
            RAISE EXCEPTION 'item "%": the decision gives a value or not applicable', it.key
                USING ERRCODE = 'invalid_parameter_value';
        END IF;
        SELECT ri.value, ri.na INTO prev FROM public.qa_review_items ri
        WHERE ri.review_id = r.id AND ri.item_id = it.id;
        IF FOUND AND prev.value IS NOT DISTINCT FROM rv.value AND (prev.na = 1) = rv.na THEN
            RAISE EXCEPTION 'item "%": the decision does not change its rating', it.key
                USING ERRCODE = 'invalid_parameter_value';
        END IF;
        SELECT * INTO b FROM public.sb_qa_scale_bounds(it.scale);
        UPDATE public.qa_review_items SET value = rv.value, na = CASE WHEN rv.na THEN 1 ELSE 0 END,
            root_cause = CASE WHEN rv.na OR rv.value >= b.pass THEN '' ELSE root_cause END
        WHERE review_id = r.id AND item_id = it.id;
        UPDATE public.qa_dispute_items SET decided_value = rv.value,
            decided_na = CASE WHEN rv.na THEN 1 ELSE 0 END
        WHERE dispute_id = d.id AND item_id = it.id;
        changes := changes || jsonb_build_object('key', it.key, 'from', prev.value,
                                                 'from_na', prev.na = 1, 'to', rv.value, 'to_na', rv.na);
    END LOOP;
    SELECT count(*) INTO n_disputed FROM public.qa_dispute_items di WHERE di.dispute_id = d.id;
    IF (p_outcome = 'rejected' AND cardinality(seen) > 0)
       OR (p_outcome = 'accepted' AND cardinality(seen) <> n_disputed)
       OR (p_outcome = 'partly_accepted' AND cardinality(seen) = 0) THEN
        RAISE EXCEPTION 'a rejected dispute changes no item, a partly accepted one at least one, an accepted one every disputed item'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    SELECT * INTO sc FROM public.sb_qa_review_score(r.id);
    IF sc.score IS NULL THEN
        RAISE EXCEPTION 'at least one item must stay rated with a value' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    pass := sc.score >= public.sb_qa_pass_mark() - 1e-9;
    UPDATE public.qa_reviews SET score = sc.score, passed = CASE WHEN pass THEN 1 ELSE 0 END,
        critical_failed = CASE WHEN sc.critical_failed THEN 1 ELSE 0 END, updated_at = now_ms,
        version = version + 1
    WHERE id = r.id;
    UPDATE public.qa_disputes SET state = p_outcome, decider_id = me, decided_at = now_ms,
        decision_reason = btrim(p_reason), score_before = r.score, score_after = sc.score,
        version = version + 1
    WHERE id = d.id;
    PERFORM set_config('sb.qa_deciding', '', true);
    PERFORM public.sb_audit('qa.dispute.decide', 'qa_dispute', d.id,
        jsonb_build_object('review', r.id, 'ticket', r.ticket_id, 'outcome', p_outcome,
                           'reason', btrim(p_reason), 'score_before', r.score,
                           'score_after', sc.score, 'items', changes));
    RETURN sc.score;
END;
$$;

-- ---------------------------------------------------------------------------------------
-- A submitted review changes only through the decision of its dispute, whoever writes:
-- what it says never changes, its agent may acknowledge it once, and its score, pass and
-- critical flag (and its items) change only inside sb_qa_decide_dispute while the dispute is
-- open. A review's agent and sample row may still go (ON DELETE SET NULL).
CREATE FUNCTION sb_qa_guard_submitted_review() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, public AS $$
BEGIN
    IF OLD.state <> 'submitted' THEN
        RETURN NEW;
    END IF;
    IF NEW.state IS DISTINCT FROM OLD.state OR NEW.ticket_id IS DISTINCT FROM OLD.ticket_id
       OR NEW.reviewer_id IS DISTINCT FROM OLD.reviewer_id OR NEW.kind IS DISTINCT FROM OLD.kind
       OR NEW.scorecard_version_id IS DISTINCT FROM OLD.scorecard_version_id
       OR (NEW.agent_id IS DISTINCT FROM OLD.agent_id AND NEW.agent_id IS NOT NULL)
       OR (NEW.sample_ticket_id IS DISTINCT FROM OLD.sample_ticket_id AND NEW.sample_ticket_id IS NOT NULL)
       OR NEW.comment IS DISTINCT FROM OLD.comment OR NEW.time_spent_ms IS DISTINCT FROM OLD.time_spent_ms
       OR NEW.due_at IS DISTINCT FROM OLD.due_at OR NEW.created_at IS DISTINCT FROM OLD.created_at
       OR NEW.submitted_at IS DISTINCT FROM OLD.submitted_at
       OR (NEW.acknowledged_at IS DISTINCT FROM OLD.acknowledged_at AND OLD.acknowledged_at IS NOT NULL)
       OR ((NEW.score IS DISTINCT FROM OLD.score OR NEW.passed IS DISTINCT FROM OLD.passed
            OR NEW.critical_failed IS DISTINCT FROM OLD.critical_failed)
           AND NOT public.sb_qa_deciding(OLD.id)) THEN
        RAISE EXCEPTION 'a submitted QA review changes only through the decision of its dispute'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER qa_reviews_submitted_guard BEFORE UPDATE ON qa_reviews
    FOR EACH ROW EXECUTE FUNCTION sb_qa_guard_submitted_review();

CREATE FUNCTION sb_qa_guard_submitted_items() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, public AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM public.qa_reviews r
               WHERE r.id IN (CASE WHEN TG_OP = 'INSERT' THEN NULL ELSE OLD.review_id END,
                              CASE WHEN TG_OP = 'DELETE' THEN NULL ELSE NEW.review_id END)
                 AND r.state = 'submitted' AND NOT public.sb_qa_deciding(r.id)) THEN
        RAISE EXCEPTION 'a submitted QA review changes only through the decision of its dispute'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END;
$$;
CREATE TRIGGER qa_review_items_submitted_guard BEFORE INSERT OR UPDATE OR DELETE ON qa_review_items
    FOR EACH ROW EXECUTE FUNCTION sb_qa_guard_submitted_items();

-- ---------------------------------------------------------------------------------------
-- Reads: whoever decides disputes reads the disputed reviews (and so their items).
CREATE FUNCTION sb_qa_disputed(p_review BIGINT) RETURNS BOOLEAN LANGUAGE sql STABLE
SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    SELECT EXISTS (SELECT 1 FROM public.qa_disputes d WHERE d.review_id = p_review)
$$;
CREATE POLICY qa_reviews_read_disputed ON qa_reviews FOR SELECT TO sb_staff
    USING ((SELECT sb_has_permission('qa.decide_dispute')) AND sb_qa_disputed(id));

REVOKE ALL ON FUNCTION sb_qa_setting(TEXT, TEXT), sb_qa_pass_mark(), sb_qa_scale_bounds(TEXT),
    sb_qa_scorecard_in_force(), sb_qa_review_score(BIGINT),
    sb_qa_rating_value(qa_scorecard_items, JSONB), sb_qa_put_items(BIGINT, BIGINT, TEXT, BOOLEAN),
    sb_qa_own_draft(BIGINT), sb_qa_check_reviewer(BIGINT, BIGINT), sb_qa_start_review(BIGINT, BIGINT),
    sb_qa_save_draft(BIGINT, TEXT, TEXT, BIGINT),
    sb_qa_submit_review(BIGINT, TEXT, TEXT, BIGINT, DOUBLE PRECISION), sb_qa_own_result(BIGINT),
    sb_qa_acknowledge_review(BIGINT), sb_qa_raise_dispute(BIGINT, TEXT, TEXT),
    sb_qa_deciding(BIGINT), sb_qa_decide_dispute(BIGINT, TEXT, TEXT, TEXT),
    sb_qa_guard_submitted_review(), sb_qa_guard_submitted_items(), sb_qa_disputed(BIGINT)
    FROM PUBLIC;
GRANT EXECUTE ON FUNCTION sb_qa_start_review(BIGINT, BIGINT),
    sb_qa_save_draft(BIGINT, TEXT, TEXT, BIGINT),
    sb_qa_submit_review(BIGINT, TEXT, TEXT, BIGINT, DOUBLE PRECISION),
    sb_qa_acknowledge_review(BIGINT), sb_qa_raise_dispute(BIGINT, TEXT, TEXT),
    sb_qa_decide_dispute(BIGINT, TEXT, TEXT, TEXT), sb_qa_disputed(BIGINT) TO sb_staff;

-- ---------------------------------------------------------------------------------------
-- Audit rows: the review's actions and the permissions they need (schema 24's list, and
-- these). The agent's steps need none beyond being the review's agent, which the functions
-- check.
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
    END
$$;

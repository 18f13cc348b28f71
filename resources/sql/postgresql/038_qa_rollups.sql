-- Signalboard schema 38 (PostgreSQL): per-day roll-ups of the QA dashboard, kept by triggers.
-- The tables, sources and back-fill are as on SQLite (see resources/sql/sqlite/038): per
-- sampled day and stratum, agent, the ticket's team, channel and problem type and `sampled`,
-- the sums of the submitted sample reviews; per sampled day, item and value, their ratings
-- below pass. The trigger functions are SECURITY DEFINER: staff write the reviews through the
-- QA functions and need no grant on the roll-ups, which nobody may write. Each change
-- recomputes the touched day and stratum (or day and item) under a transaction-level advisory
-- lock, so that concurrent submissions cannot lose each other's sums.
-- The roll-ups show every review: only a reader who would see every review and ticket anyway
-- reads them (sb_qa_rollups_readable, also the row policy); the dashboard reads the reviews
-- under row security for everyone else.
CREATE TABLE qa_day_rollups (
    day             TEXT NOT NULL,
    stratum         TEXT NOT NULL,
    agent_id        BIGINT,
    team_id         BIGINT,
    channel         TEXT,
    problem_type    TEXT,
    sampled         BIGINT NOT NULL,
    reviews         BIGINT NOT NULL,
    scored          BIGINT NOT NULL,
    score_sum       DOUBLE PRECISION NOT NULL,
    score_squares   DOUBLE PRECISION NOT NULL,
    passed          BIGINT NOT NULL,
    critical_failed BIGINT NOT NULL,
    UNIQUE NULLS NOT DISTINCT (day, stratum, sampled, agent_id, team_id, channel, problem_type)
);
CREATE TABLE qa_day_item_rollups (
    day     TEXT NOT NULL,
    item_id BIGINT NOT NULL,
    value   DOUBLE PRECISION NOT NULL,
    ratings BIGINT NOT NULL,
    PRIMARY KEY (day, item_id, value)
);
-- @shared sources
INSERT INTO qa_day_rollups (day, stratum, agent_id, team_id, channel, problem_type, sampled,
        reviews, scored, score_sum, score_squares, passed, critical_failed)
SELECT day, stratum, agent_id, team_id, channel, problem_type, sampled, COUNT(*), SUM(scored),
        COALESCE(SUM(score), 0), COALESCE(SUM(score * score), 0), SUM(passed), SUM(critical_failed)
FROM qa_rollup_source GROUP BY day, stratum, agent_id, team_id, channel, problem_type, sampled;
-- @shared items
ANALYZE qa_day_rollups;
ANALYZE qa_day_item_rollups;

-- Recomputes the roll-ups of a sampled day's stratum from the reviews.
CREATE FUNCTION sb_qa_rollup_refresh(p_day TEXT, p_stratum TEXT) RETURNS VOID
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
    IF p_day IS NULL OR p_stratum IS NULL THEN
        RETURN;
    END IF;
    PERFORM pg_advisory_xact_lock(hashtext('qa_day_rollups'), hashtext(p_day || '/' || p_stratum));
    DELETE FROM public.qa_day_rollups WHERE day = p_day AND stratum = p_stratum;
    INSERT INTO public.qa_day_rollups (day, stratum, agent_id, team_id, channel, problem_type, sampled,
        reviews, scored, score_sum, score_squares, passed, critical_failed)
    SELECT day, stratum, agent_id, team_id, channel, problem_type, sampled, COUNT(*), SUM(scored),
        COALESCE(SUM(score), 0), COALESCE(SUM(score * score), 0), SUM(passed), SUM(critical_failed)
    FROM public.qa_rollup_source WHERE day = p_day AND stratum = p_stratum
    GROUP BY day, stratum, agent_id, team_id, channel, problem_type, sampled;
END
$$;
-- Recomputes the ratings below pass of a sampled day: of one item, or of every item (NULL).
CREATE FUNCTION sb_qa_rollup_items_refresh(p_day TEXT, p_item BIGINT) RETURNS VOID
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
    IF p_day IS NULL THEN
        RETURN;
    END IF;
    PERFORM pg_advisory_xact_lock(hashtext('qa_day_item_rollups'), hashtext(p_day));
    DELETE FROM public.qa_day_item_rollups WHERE day = p_day AND (p_item IS NULL OR item_id = p_item);
    INSERT INTO public.qa_day_item_rollups (day, item_id, value, ratings)
    SELECT day, item_id, value, COUNT(*) FROM public.qa_rollup_item_source
    WHERE day = p_day AND (p_item IS NULL OR item_id = p_item) GROUP BY day, item_id, value;
END
$$;
-- The roll-ups of the sampled ticket's day and stratum, and the day's items.
CREATE FUNCTION sb_qa_rollup_sampled(p_sample_ticket BIGINT, p_items BOOLEAN) RETURNS VOID
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    v_day TEXT;
    v_stratum TEXT;
BEGIN
    SELECT q.day, q.stratum INTO v_day, v_stratum FROM public.qa_sample_tickets q
    WHERE q.id = p_sample_ticket;
    PERFORM public.sb_qa_rollup_refresh(v_day, v_stratum);
    IF p_items THEN
        PERFORM public.sb_qa_rollup_items_refresh(v_day, NULL);
    END IF;
END
$$;

CREATE FUNCTION sb_qa_rollups_review_changed() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
    IF TG_OP <> 'INSERT' AND OLD.state = 'submitted' AND OLD.sample_ticket_id IS NOT NULL THEN
        PERFORM public.sb_qa_rollup_sampled(OLD.sample_ticket_id, true);
    END IF;
    IF TG_OP <> 'DELETE' AND NEW.state = 'submitted' AND NEW.sample_ticket_id IS NOT NULL THEN
        PERFORM public.sb_qa_rollup_sampled(NEW.sample_ticket_id, true);
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER qa_rollups_review_i AFTER INSERT ON qa_reviews
FOR EACH ROW WHEN (NEW.state = 'submitted' AND NEW.sample_ticket_id IS NOT NULL)
EXECUTE FUNCTION sb_qa_rollups_review_changed();
CREATE TRIGGER qa_rollups_review_d AFTER DELETE ON qa_reviews
FOR EACH ROW WHEN (OLD.state = 'submitted' AND OLD.sample_ticket_id IS NOT NULL)
EXECUTE FUNCTION sb_qa_rollups_review_changed();
-- Updates once per statement (a bulk submission recomputes each stratum once): the sums of
-- every stratum a changed submitted review is or was in; the ratings below pass of reviews
-- just submitted added (counts are exact); the items of the days of any other change of
-- whether or where a review counts recomputed.
CREATE FUNCTION sb_qa_rollups_reviews_updated() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    v RECORD;
BEGIN
    FOR v IN WITH c AS (
                 SELECT n.id AS review_id,
                     CASE WHEN o.state = 'submitted' THEN o.sample_ticket_id END AS old_row,
                     CASE WHEN n.state = 'submitted' THEN n.sample_ticket_id END AS new_row,
                     o.state <> 'submitted' AND n.state = 'submitted' AND n.kind <> 'double'
                         AND n.kind = o.kind AND n.sample_ticket_id = o.sample_ticket_id AS entered,
                     (o.state, o.kind, o.sample_ticket_id)
                         IS DISTINCT FROM (n.state, n.kind, n.sample_ticket_id) AS moved
                 FROM old_reviews o JOIN new_reviews n ON n.id = o.id
                 WHERE (o.state = 'submitted' OR n.state = 'submitted')
                     AND (o.sample_ticket_id IS NOT NULL OR n.sample_ticket_id IS NOT NULL)
                     AND (o.state, o.kind, o.score, o.passed, o.critical_failed, o.submitted_at,
                          o.sample_ticket_id, o.agent_id, o.ticket_id)
                         IS DISTINCT FROM (n.state, n.kind, n.score, n.passed, n.critical_failed,
                                           n.submitted_at, n.sample_ticket_id, n.agent_id,
                                           n.ticket_id))
             SELECT DISTINCT q.day, q.stratum FROM c
             JOIN public.qa_sample_tickets q ON q.id IN (c.old_row, c.new_row) ORDER BY 1, 2 LOOP
        PERFORM public.sb_qa_rollup_refresh(v.day, v.stratum);
    END LOOP;
    FOR v IN WITH c AS (
                 SELECT n.id AS review_id,
                     CASE WHEN o.state = 'submitted' THEN o.sample_ticket_id END AS old_row,
                     CASE WHEN n.state = 'submitted' THEN n.sample_ticket_id END AS new_row,
                     o.state <> 'submitted' AND n.state = 'submitted' AND n.kind <> 'double'
                         AND n.kind = o.kind AND n.sample_ticket_id = o.sample_ticket_id AS entered,
                     (o.state, o.kind, o.sample_ticket_id)
                         IS DISTINCT FROM (n.state, n.kind, n.sample_ticket_id) AS moved
                 FROM old_reviews o JOIN new_reviews n ON n.id = o.id
                 WHERE (o.state = 'submitted' OR n.state = 'submitted')
                     AND (o.sample_ticket_id IS NOT NULL OR n.sample_ticket_id IS NOT NULL)
                     AND (o.state, o.kind, o.score, o.passed, o.critical_failed, o.submitted_at,
                          o.sample_ticket_id, o.agent_id, o.ticket_id)
                         IS DISTINCT FROM (n.state, n.kind, n.score, n.passed, n.critical_failed,
                                           n.submitted_at, n.sample_ticket_id, n.agent_id,
                                           n.ticket_id))
             SELECT DISTINCT q.day FROM c JOIN public.qa_sample_tickets q ON q.id = c.new_row
             WHERE c.entered ORDER BY 1 LOOP
        PERFORM pg_advisory_xact_lock(hashtext('qa_day_item_rollups'), hashtext(v.day));
    END LOOP;
    WITH c AS (
        SELECT n.id AS review_id,
            CASE WHEN o.state = 'submitted' THEN o.sample_ticket_id END AS old_row,
            CASE WHEN n.state = 'submitted' THEN n.sample_ticket_id END AS new_row,
            o.state <> 'submitted' AND n.state = 'submitted' AND n.kind <> 'double'
                AND n.kind = o.kind AND n.sample_ticket_id = o.sample_ticket_id AS entered,
            (o.state, o.kind, o.sample_ticket_id)
                IS DISTINCT FROM (n.state, n.kind, n.sample_ticket_id) AS moved
        FROM old_reviews o JOIN new_reviews n ON n.id = o.id
        WHERE (o.state = 'submitted' OR n.state = 'submitted')
            AND (o.sample_ticket_id IS NOT NULL OR n.sample_ticket_id IS NOT NULL)
            AND (o.state, o.kind, o.score, o.passed, o.critical_failed, o.submitted_at,
                 o.sample_ticket_id, o.agent_id, o.ticket_id)
                IS DISTINCT FROM (n.state, n.kind, n.score, n.passed, n.critical_failed,
                                  n.submitted_at, n.sample_ticket_id, n.agent_id,
                                  n.ticket_id))
    INSERT INTO public.qa_day_item_rollups (day, item_id, value, ratings)
    SELECT q.day, ri.item_id, ri.value, COUNT(*) FROM c
    JOIN public.qa_sample_tickets q ON q.id = c.new_row
    JOIN public.qa_review_items ri ON ri.review_id = c.review_id
    WHERE c.entered AND ri.na = 0 AND ri.value IS NOT NULL
        AND (ri.value < 1 OR (ri.value < 3 AND ri.item_id IN (SELECT id FROM public.qa_scorecard_items
                                                              WHERE scale = '1_5')))
    GROUP BY q.day, ri.item_id, ri.value
    ON CONFLICT (day, item_id, value)
    DO UPDATE SET ratings = public.qa_day_item_rollups.ratings + EXCLUDED.ratings;
    FOR v IN WITH c AS (
                 SELECT n.id AS review_id,
                     CASE WHEN o.state = 'submitted' THEN o.sample_ticket_id END AS old_row,
                     CASE WHEN n.state = 'submitted' THEN n.sample_ticket_id END AS new_row,
                     o.state <> 'submitted' AND n.state = 'submitted' AND n.kind <> 'double'
                         AND n.kind = o.kind AND n.sample_ticket_id = o.sample_ticket_id AS entered,
                     (o.state, o.kind, o.sample_ticket_id)
                         IS DISTINCT FROM (n.state, n.kind, n.sample_ticket_id) AS moved
                 FROM old_reviews o JOIN new_reviews n ON n.id = o.id
                 WHERE (o.state = 'submitted' OR n.state = 'submitted')
                     AND (o.sample_ticket_id IS NOT NULL OR n.sample_ticket_id IS NOT NULL)
                     AND (o.state, o.kind, o.score, o.passed, o.critical_failed, o.submitted_at,
                          o.sample_ticket_id, o.agent_id, o.ticket_id)
                         IS DISTINCT FROM (n.state, n.kind, n.score, n.passed, n.critical_failed,
                                           n.submitted_at, n.sample_ticket_id, n.agent_id,
                                           n.ticket_id))
             SELECT DISTINCT q.day FROM c
             JOIN public.qa_sample_tickets q ON q.id IN (c.old_row, c.new_row)
             WHERE c.moved AND NOT COALESCE(c.entered, false) ORDER BY 1 LOOP
        PERFORM public.sb_qa_rollup_items_refresh(v.day, NULL);
    END LOOP;
    RETURN NULL;
END
$$;
CREATE TRIGGER qa_rollups_reviews_u AFTER UPDATE ON qa_reviews
REFERENCING OLD TABLE AS old_reviews NEW TABLE AS new_reviews
FOR EACH STATEMENT EXECUTE FUNCTION sb_qa_rollups_reviews_updated();

CREATE FUNCTION sb_qa_rollups_sample_changed() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
    PERFORM public.sb_qa_rollup_refresh(OLD.day, OLD.stratum);
    PERFORM public.sb_qa_rollup_items_refresh(OLD.day, NULL);
    IF TG_OP = 'UPDATE' THEN
        PERFORM public.sb_qa_rollup_refresh(NEW.day, NEW.stratum);
        PERFORM public.sb_qa_rollup_items_refresh(NEW.day, NULL);
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER qa_rollups_sample_u AFTER UPDATE OF day, stratum, replacement_id
ON qa_sample_tickets FOR EACH ROW EXECUTE FUNCTION sb_qa_rollups_sample_changed();
CREATE TRIGGER qa_rollups_sample_d AFTER DELETE ON qa_sample_tickets
FOR EACH ROW EXECUTE FUNCTION sb_qa_rollups_sample_changed();

CREATE FUNCTION sb_qa_rollups_ticket_changed() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    v RECORD;
BEGIN
    FOR v IN SELECT DISTINCT q.day, q.stratum FROM public.qa_reviews r
             JOIN public.qa_sample_tickets q ON q.id = r.sample_ticket_id
             WHERE r.ticket_id = NEW.id AND r.state = 'submitted' ORDER BY 1, 2 LOOP
        PERFORM public.sb_qa_rollup_refresh(v.day, v.stratum);
    END LOOP;
    RETURN NULL;
END
$$;
CREATE TRIGGER qa_rollups_ticket_u AFTER UPDATE OF team_id, channel, problem_type ON tickets
FOR EACH ROW WHEN ((OLD.team_id, OLD.channel, OLD.problem_type)
                   IS DISTINCT FROM (NEW.team_id, NEW.channel, NEW.problem_type))
EXECUTE FUNCTION sb_qa_rollups_ticket_changed();

CREATE FUNCTION sb_qa_rollups_item_changed() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    v_day TEXT;
BEGIN
    IF TG_OP <> 'INSERT' THEN
        SELECT q.day INTO v_day FROM public.qa_reviews r
        JOIN public.qa_sample_tickets q ON q.id = r.sample_ticket_id
        WHERE r.id = OLD.review_id AND r.state = 'submitted' AND r.kind <> 'double';
        PERFORM public.sb_qa_rollup_items_refresh(v_day, OLD.item_id);
    END IF;
    IF TG_OP <> 'DELETE' THEN
        SELECT q.day INTO v_day FROM public.qa_reviews r
        JOIN public.qa_sample_tickets q ON q.id = r.sample_ticket_id
        WHERE r.id = NEW.review_id AND r.state = 'submitted' AND r.kind <> 'double';
        PERFORM public.sb_qa_rollup_items_refresh(v_day, NEW.item_id);
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER qa_rollups_item_id AFTER INSERT OR DELETE ON qa_review_items
FOR EACH ROW EXECUTE FUNCTION sb_qa_rollups_item_changed();
CREATE TRIGGER qa_rollups_item_u AFTER UPDATE ON qa_review_items
FOR EACH ROW WHEN ((OLD.review_id, OLD.item_id, OLD.value, OLD.na)
                   IS DISTINCT FROM (NEW.review_id, NEW.item_id, NEW.value, NEW.na))
EXECUTE FUNCTION sb_qa_rollups_item_changed();

-- Whether the caller sees in the reviews exactly what the roll-ups sum: holds qa.read_all,
-- reads every ticket, has no draft review of a ticket whose other submitted review it hides
-- (sb_qa_reviewing), and no blind double review that hides a submitted review from them
-- (sb_qa_blind_pairs).
CREATE FUNCTION sb_qa_rollups_readable() RETURNS BOOLEAN LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, public AS $$
    SELECT public.sb_has_permission('qa.read_all')
        AND (public.sb_has_permission('tickets.read_all')
             OR pg_has_role(session_user, 'sb_supervisor', 'MEMBER')
             OR pg_has_role(session_user, 'sb_manager', 'MEMBER')
             OR pg_has_role(session_user, 'sb_qa', 'MEMBER')
             OR pg_has_role(session_user, 'sb_admin', 'MEMBER'))
        AND NOT EXISTS (SELECT 1 FROM public.qa_reviews d JOIN public.qa_reviews o
                        ON o.ticket_id = d.ticket_id AND o.id <> d.id AND o.state = 'submitted'
                        AND o.kind <> 'double'
                        WHERE d.reviewer_id = public.sb_current_staff_id() AND d.state = 'draft')
        AND NOT EXISTS (SELECT 1 FROM public.sb_qa_blind_pairs() b JOIN public.qa_reviews o
                        ON o.ticket_id = b.ticket_id AND o.reviewer_id = b.reviewer_id
                        AND o.state = 'submitted' AND o.kind <> 'double')
$$;

REVOKE ALL ON qa_day_rollups, qa_day_item_rollups, qa_rollup_source, qa_rollup_item_source
    FROM PUBLIC;
REVOKE ALL ON FUNCTION sb_qa_rollup_refresh(TEXT, TEXT), sb_qa_rollup_items_refresh(TEXT, BIGINT),
    sb_qa_rollup_sampled(BIGINT, BOOLEAN), sb_qa_rollups_review_changed(),
    sb_qa_rollups_reviews_updated(),
    sb_qa_rollups_sample_changed(), sb_qa_rollups_ticket_changed(),
    sb_qa_rollups_item_changed(), sb_qa_rollups_readable() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION sb_qa_rollups_readable() TO sb_staff;
-- Read only, and only by those who would see every review anyway; nobody writes them.
GRANT SELECT ON qa_day_rollups, qa_day_item_rollups TO sb_staff;
ALTER TABLE qa_day_rollups ENABLE ROW LEVEL SECURITY;
CREATE POLICY qa_day_rollups_read ON qa_day_rollups FOR SELECT TO sb_staff
    USING ((SELECT sb_qa_rollups_readable()));
ALTER TABLE qa_day_item_rollups ENABLE ROW LEVEL SECURITY;
CREATE POLICY qa_day_item_rollups_read ON qa_day_item_rollups FOR SELECT TO sb_staff
    USING ((SELECT sb_qa_rollups_readable()));

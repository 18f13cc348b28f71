-- Signalboard schema 40 (PostgreSQL): the QA dashboard's per-day counts of the reviews still to
-- be done (qa_day_pending, per sampled day and inspector) and of the disputes
-- (qa_day_dispute_rollups, per sampled day), kept by triggers; the tables, what they count and
-- the back-fill are shared (resources/sql/shared/040_qa_status_rollups.sql). Each change
-- recomputes the touched day and inspector (or day) under a transaction-level advisory lock,
-- so that the counts are always exactly what the rows give. Whether a pending review is
-- overdue is decided when the dashboard reads (it depends on the time): nothing stored ages.
-- The trigger functions are SECURITY DEFINER: nobody writes the counts; only a reader who
-- would see every review anyway reads them (sb_qa_rollups_readable, as for schema 38's
-- roll-ups; for the reviews to do also every blind second review: sb_qa_pending_readable).

-- @shared tables
-- @shared backfill
ANALYZE qa_day_pending;
ANALYZE qa_day_dispute_rollups;

-- Recomputes the reviews an inspector still has to do of a sampled day.
CREATE FUNCTION sb_qa_pending_refresh(p_day TEXT, p_inspector BIGINT) RETURNS VOID
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
    IF p_day IS NULL OR p_inspector IS NULL THEN
        RETURN;
    END IF;
    PERFORM pg_advisory_xact_lock(hashtext('qa_day_pending'), hashtext(p_day || '/' || p_inspector));
    DELETE FROM public.qa_day_pending WHERE day = p_day AND inspector_id = p_inspector;
    INSERT INTO public.qa_day_pending (day, inspector_id, pending)
    SELECT day, inspector_id, COUNT(*) FROM public.qa_pending_source
    WHERE day = p_day AND inspector_id = p_inspector GROUP BY day, inspector_id;
END
$$;
-- Counts in a sampled ticket just drawn for the inspector, unless its review is already in.
CREATE FUNCTION sb_qa_pending_add(p_day TEXT, p_inspector BIGINT, p_ticket BIGINT, p_kind TEXT)
RETURNS VOID LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
    IF p_day IS NULL OR p_inspector IS NULL THEN
        RETURN;
    END IF;
    PERFORM pg_advisory_xact_lock(hashtext('qa_day_pending'), hashtext(p_day || '/' || p_inspector));
    IF EXISTS (SELECT 1 FROM public.qa_reviews r WHERE r.ticket_id = p_ticket
               AND r.reviewer_id = p_inspector AND r.kind = p_kind AND r.state = 'submitted') THEN
        RETURN;
    END IF;
    INSERT INTO public.qa_day_pending (day, inspector_id, pending) VALUES (p_day, p_inspector, 1)
    ON CONFLICT (day, inspector_id)
    DO UPDATE SET pending = public.qa_day_pending.pending + 1;
END
$$;
-- Recomputes the disputes of a sampled day.
CREATE FUNCTION sb_qa_dispute_day_refresh(p_day TEXT) RETURNS VOID
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
    IF p_day IS NULL THEN
        RETURN;
    END IF;
    PERFORM pg_advisory_xact_lock(hashtext('qa_day_dispute_rollups'), hashtext(p_day));
    DELETE FROM public.qa_day_dispute_rollups WHERE day = p_day;
    INSERT INTO public.qa_day_dispute_rollups (day, disputes, disputed_reviews, overturned, decided)
    SELECT day, COUNT(*), COUNT(DISTINCT review_id),
        SUM(CASE WHEN state IN ('accepted', 'partly_accepted') THEN 1 ELSE 0 END),
        SUM(CASE WHEN state <> 'open' THEN 1 ELSE 0 END)
    FROM public.qa_dispute_source WHERE day = p_day GROUP BY day;
END
$$;

-- A sampled ticket drawn, reassigned, replaced, moved or removed: its inspectors' days, and
-- the disputes of the days it left.
CREATE FUNCTION sb_qa_status_sample_changed() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        PERFORM public.sb_qa_pending_refresh(OLD.day, OLD.assignee_id);
        PERFORM public.sb_qa_pending_refresh(OLD.day, OLD.second_assignee_id);
    END IF;
    IF TG_OP = 'UPDATE' THEN
        PERFORM public.sb_qa_pending_refresh(NEW.day, NEW.assignee_id);
        PERFORM public.sb_qa_pending_refresh(NEW.day, NEW.second_assignee_id);
    END IF;
    -- Drawn: counted in (a draw adds many rows; the counts are exact, so adding is).
    IF TG_OP = 'INSERT' AND NEW.replacement_id IS NULL THEN
        PERFORM public.sb_qa_pending_add(NEW.day, NEW.assignee_id, NEW.ticket_id, 'sample');
        PERFORM public.sb_qa_pending_add(NEW.day, NEW.second_assignee_id, NEW.ticket_id, 'double');
    END IF;
    IF TG_OP = 'DELETE' OR (TG_OP = 'UPDATE' AND NEW.day IS DISTINCT FROM OLD.day) THEN
        PERFORM public.sb_qa_dispute_day_refresh(OLD.day);
    END IF;
    IF TG_OP = 'UPDATE' AND NEW.day IS DISTINCT FROM OLD.day THEN
        PERFORM public.sb_qa_dispute_day_refresh(NEW.day);
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER qa_status_sample_id AFTER INSERT OR DELETE ON qa_sample_tickets
FOR EACH ROW EXECUTE FUNCTION sb_qa_status_sample_changed();
CREATE TRIGGER qa_status_sample_u AFTER UPDATE OF day, ticket_id, assignee_id,
    second_assignee_id, replacement_id ON qa_sample_tickets
FOR EACH ROW WHEN ((OLD.day, OLD.ticket_id, OLD.assignee_id, OLD.second_assignee_id,
                    OLD.replacement_id IS NULL)
                   IS DISTINCT FROM (NEW.day, NEW.ticket_id, NEW.assignee_id,
                                     NEW.second_assignee_id, NEW.replacement_id IS NULL))
EXECUTE FUNCTION sb_qa_status_sample_changed();

-- A review submitted, reopened, moved or removed: its reviewer's days of the ticket, and the
-- disputes of its days when it is disputed.
CREATE FUNCTION sb_qa_status_review_changed() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    v RECORD;
BEGIN
    IF TG_OP <> 'INSERT' AND OLD.state = 'submitted' THEN
        FOR v IN SELECT DISTINCT q.day FROM public.qa_sample_tickets q
                 WHERE q.ticket_id = OLD.ticket_id ORDER BY 1 LOOP
            PERFORM public.sb_qa_pending_refresh(v.day, OLD.reviewer_id);
        END LOOP;
    END IF;
    IF TG_OP <> 'DELETE' AND NEW.state = 'submitted' THEN
        FOR v IN SELECT DISTINCT q.day FROM public.qa_sample_tickets q
                 WHERE q.ticket_id = NEW.ticket_id ORDER BY 1 LOOP
            PERFORM public.sb_qa_pending_refresh(v.day, NEW.reviewer_id);
        END LOOP;
    END IF;
    IF TG_OP = 'DELETE' THEN
        PERFORM public.sb_qa_dispute_day_refresh(
            (SELECT q.day FROM public.qa_sample_tickets q WHERE q.id = OLD.sample_ticket_id));
    ELSIF TG_OP = 'UPDATE'
          AND (OLD.state, OLD.kind, OLD.sample_ticket_id)
              IS DISTINCT FROM (NEW.state, NEW.kind, NEW.sample_ticket_id)
          AND EXISTS (SELECT 1 FROM public.qa_disputes d WHERE d.review_id = NEW.id) THEN
        PERFORM public.sb_qa_dispute_day_refresh(
            (SELECT q.day FROM public.qa_sample_tickets q WHERE q.id = OLD.sample_ticket_id));
        PERFORM public.sb_qa_dispute_day_refresh(
            (SELECT q.day FROM public.qa_sample_tickets q WHERE q.id = NEW.sample_ticket_id));
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER qa_status_review_i AFTER INSERT ON qa_reviews
FOR EACH ROW WHEN (NEW.state = 'submitted')
EXECUTE FUNCTION sb_qa_status_review_changed();
CREATE TRIGGER qa_status_review_u AFTER UPDATE ON qa_reviews
FOR EACH ROW WHEN ((OLD.state = 'submitted' OR NEW.state = 'submitted')
                   AND (OLD.state, OLD.kind, OLD.ticket_id, OLD.reviewer_id, OLD.sample_ticket_id)
                       IS DISTINCT FROM (NEW.state, NEW.kind, NEW.ticket_id, NEW.reviewer_id,
                                         NEW.sample_ticket_id))
EXECUTE FUNCTION sb_qa_status_review_changed();
CREATE TRIGGER qa_status_review_d AFTER DELETE ON qa_reviews
FOR EACH ROW WHEN (OLD.state = 'submitted')
EXECUTE FUNCTION sb_qa_status_review_changed();

-- A dispute raised, decided or removed: its review's day.
CREATE FUNCTION sb_qa_status_dispute_changed() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        PERFORM public.sb_qa_dispute_day_refresh(
            (SELECT q.day FROM public.qa_reviews r
             JOIN public.qa_sample_tickets q ON q.id = r.sample_ticket_id WHERE r.id = OLD.review_id));
    END IF;
    IF TG_OP <> 'DELETE' THEN
        PERFORM public.sb_qa_dispute_day_refresh(
            (SELECT q.day FROM public.qa_reviews r
             JOIN public.qa_sample_tickets q ON q.id = r.sample_ticket_id WHERE r.id = NEW.review_id));
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER qa_status_dispute_id AFTER INSERT OR DELETE ON qa_disputes
FOR EACH ROW EXECUTE FUNCTION sb_qa_status_dispute_changed();
CREATE TRIGGER qa_status_dispute_u AFTER UPDATE OF state, review_id ON qa_disputes
FOR EACH ROW WHEN ((OLD.state, OLD.review_id) IS DISTINCT FROM (NEW.state, NEW.review_id))
EXECUTE FUNCTION sb_qa_status_dispute_changed();

-- Whether the caller sees in the rows exactly what qa_day_pending counts: they read the
-- roll-ups (sb_qa_rollups_readable), and row security hides no submitted blind second review
-- from them either: none of a ticket they are drafting a review of, none of a ticket whose
-- blind pair they are in (sb_qa_blind_pairs), none of a ticket they handled.
CREATE FUNCTION sb_qa_pending_readable() RETURNS BOOLEAN LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, public AS $$
    SELECT public.sb_qa_rollups_readable()
        AND NOT EXISTS (SELECT 1 FROM public.qa_reviews d JOIN public.qa_reviews o
                        ON o.ticket_id = d.ticket_id AND o.id <> d.id AND o.state = 'submitted'
                        AND o.kind = 'double'
                        WHERE d.reviewer_id = public.sb_current_staff_id() AND d.state = 'draft')
        AND NOT EXISTS (SELECT 1 FROM public.sb_qa_blind_pairs() b JOIN public.qa_reviews o
                        ON o.ticket_id = b.ticket_id AND o.reviewer_id = b.reviewer_id
                        AND o.state = 'submitted' AND o.kind = 'double')
        AND NOT EXISTS (SELECT 1 FROM public.qa_reviews o
                        WHERE o.agent_id = public.sb_current_staff_id() AND o.kind = 'double'
                        AND o.state = 'submitted'
                        AND o.reviewer_id IS DISTINCT FROM public.sb_current_staff_id())
$$;

REVOKE ALL ON qa_day_pending, qa_day_dispute_rollups, qa_pending_source, qa_dispute_source
    FROM PUBLIC;
REVOKE ALL ON FUNCTION sb_qa_pending_refresh(TEXT, BIGINT),
    sb_qa_pending_add(TEXT, BIGINT, BIGINT, TEXT), sb_qa_dispute_day_refresh(TEXT),
    sb_qa_status_sample_changed(), sb_qa_status_review_changed(),
    sb_qa_status_dispute_changed(), sb_qa_pending_readable() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION sb_qa_pending_readable() TO sb_staff;
-- Read only, and only by those who would see every review anyway; nobody writes them.
GRANT SELECT ON qa_day_pending, qa_day_dispute_rollups TO sb_staff;
ALTER TABLE qa_day_pending ENABLE ROW LEVEL SECURITY;
CREATE POLICY qa_day_pending_read ON qa_day_pending FOR SELECT TO sb_staff
    USING ((SELECT sb_qa_pending_readable()));
ALTER TABLE qa_day_dispute_rollups ENABLE ROW LEVEL SECURITY;
CREATE POLICY qa_day_dispute_rollups_read ON qa_day_dispute_rollups FOR SELECT TO sb_staff
    USING ((SELECT sb_qa_rollups_readable()));

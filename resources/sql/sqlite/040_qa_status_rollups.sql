-- Signalboard schema 40 (SQLite): the QA dashboard's per-day counts of the reviews still to
-- be done (qa_day_pending, per sampled day and inspector) and of the disputes
-- (qa_day_dispute_rollups, per sampled day), kept by triggers (the tables, what they count and
-- the back-fill are shared: resources/sql/shared/040_qa_status_rollups.sql). Each change
-- recomputes the touched day and inspector (or day) from the sampled tickets and reviews, so
-- that the counts are always exactly what the rows give. Whether a pending review is overdue
-- is decided when the dashboard reads (it depends on the time): nothing stored ages.

-- @shared tables
-- @shared backfill
-- A sampled ticket drawn, reassigned, replaced, moved or removed: its inspectors' days.
-- Drawn: counted in (a draw adds many rows; the counts are exact, so adding is).
CREATE TRIGGER qa_pending_sample_i AFTER INSERT ON qa_sample_tickets
BEGIN
    INSERT INTO qa_day_pending (day, inspector_id, pending)
    SELECT NEW.day, NEW.assignee_id, 1
    WHERE NEW.replacement_id IS NULL AND NEW.assignee_id IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM qa_reviews r WHERE r.ticket_id = NEW.ticket_id
                        AND r.reviewer_id = NEW.assignee_id AND r.kind = 'sample'
                        AND r.state = 'submitted')
    ON CONFLICT (day, inspector_id) DO UPDATE SET pending = pending + 1;
    INSERT INTO qa_day_pending (day, inspector_id, pending)
    SELECT NEW.day, NEW.second_assignee_id, 1
    WHERE NEW.replacement_id IS NULL AND NEW.second_assignee_id IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM qa_reviews r WHERE r.ticket_id = NEW.ticket_id
                        AND r.reviewer_id = NEW.second_assignee_id AND r.kind = 'double'
                        AND r.state = 'submitted')
    ON CONFLICT (day, inspector_id) DO UPDATE SET pending = pending + 1;
END;
CREATE TRIGGER qa_pending_sample_u AFTER UPDATE OF day, ticket_id, assignee_id,
    second_assignee_id, replacement_id ON qa_sample_tickets
WHEN NEW.day IS NOT OLD.day OR NEW.ticket_id IS NOT OLD.ticket_id
    OR NEW.assignee_id IS NOT OLD.assignee_id
    OR NEW.second_assignee_id IS NOT OLD.second_assignee_id
    OR (NEW.replacement_id IS NULL) IS NOT (OLD.replacement_id IS NULL)
BEGIN
    DELETE FROM qa_day_pending WHERE day = OLD.day AND inspector_id = OLD.assignee_id;
    INSERT INTO qa_day_pending (day, inspector_id, pending)
    SELECT day, inspector_id, COUNT(*) FROM qa_pending_source
    WHERE day = OLD.day AND inspector_id = OLD.assignee_id GROUP BY day, inspector_id;
    DELETE FROM qa_day_pending WHERE day = OLD.day AND inspector_id = OLD.second_assignee_id;
    INSERT INTO qa_day_pending (day, inspector_id, pending)
    SELECT day, inspector_id, COUNT(*) FROM qa_pending_source
    WHERE day = OLD.day AND inspector_id = OLD.second_assignee_id GROUP BY day, inspector_id;
    DELETE FROM qa_day_pending WHERE day = NEW.day AND inspector_id = NEW.assignee_id;
    INSERT INTO qa_day_pending (day, inspector_id, pending)
    SELECT day, inspector_id, COUNT(*) FROM qa_pending_source
    WHERE day = NEW.day AND inspector_id = NEW.assignee_id GROUP BY day, inspector_id;
    DELETE FROM qa_day_pending WHERE day = NEW.day AND inspector_id = NEW.second_assignee_id;
    INSERT INTO qa_day_pending (day, inspector_id, pending)
    SELECT day, inspector_id, COUNT(*) FROM qa_pending_source
    WHERE day = NEW.day AND inspector_id = NEW.second_assignee_id GROUP BY day, inspector_id;
END;
CREATE TRIGGER qa_pending_sample_d AFTER DELETE ON qa_sample_tickets
BEGIN
    DELETE FROM qa_day_pending WHERE day = OLD.day AND inspector_id = OLD.assignee_id;
    INSERT INTO qa_day_pending (day, inspector_id, pending)
    SELECT day, inspector_id, COUNT(*) FROM qa_pending_source
    WHERE day = OLD.day AND inspector_id = OLD.assignee_id GROUP BY day, inspector_id;
    DELETE FROM qa_day_pending WHERE day = OLD.day AND inspector_id = OLD.second_assignee_id;
    INSERT INTO qa_day_pending (day, inspector_id, pending)
    SELECT day, inspector_id, COUNT(*) FROM qa_pending_source
    WHERE day = OLD.day AND inspector_id = OLD.second_assignee_id GROUP BY day, inspector_id;
    DELETE FROM qa_day_dispute_rollups WHERE day = OLD.day;
    INSERT INTO qa_day_dispute_rollups (day, disputes, disputed_reviews, overturned, decided)
    SELECT day, COUNT(*), COUNT(DISTINCT review_id),
        SUM(CASE WHEN state IN ('accepted', 'partly_accepted') THEN 1 ELSE 0 END),
        SUM(CASE WHEN state <> 'open' THEN 1 ELSE 0 END)
    FROM qa_dispute_source WHERE day = OLD.day GROUP BY day;
END;
CREATE TRIGGER qa_disputes_sample_u AFTER UPDATE OF day ON qa_sample_tickets
WHEN NEW.day IS NOT OLD.day
BEGIN
    DELETE FROM qa_day_dispute_rollups WHERE day = OLD.day;
    INSERT INTO qa_day_dispute_rollups (day, disputes, disputed_reviews, overturned, decided)
    SELECT day, COUNT(*), COUNT(DISTINCT review_id),
        SUM(CASE WHEN state IN ('accepted', 'partly_accepted') THEN 1 ELSE 0 END),
        SUM(CASE WHEN state <> 'open' THEN 1 ELSE 0 END)
    FROM qa_dispute_source WHERE day = OLD.day GROUP BY day;
    DELETE FROM qa_day_dispute_rollups WHERE day = NEW.day;
    INSERT INTO qa_day_dispute_rollups (day, disputes, disputed_reviews, overturned, decided)
    SELECT day, COUNT(*), COUNT(DISTINCT review_id),
        SUM(CASE WHEN state IN ('accepted', 'partly_accepted') THEN 1 ELSE 0 END),
        SUM(CASE WHEN state <> 'open' THEN 1 ELSE 0 END)
    FROM qa_dispute_source WHERE day = NEW.day GROUP BY day;
END;
-- A review submitted, reopened or removed: its reviewer's days of the ticket.
CREATE TRIGGER qa_pending_review_i AFTER INSERT ON qa_reviews
WHEN NEW.state = 'submitted'
BEGIN
    DELETE FROM qa_day_pending WHERE inspector_id = NEW.reviewer_id
        AND day IN (SELECT day FROM qa_sample_tickets WHERE ticket_id = NEW.ticket_id);
    INSERT INTO qa_day_pending (day, inspector_id, pending)
    SELECT day, inspector_id, COUNT(*) FROM qa_pending_source
    WHERE inspector_id = NEW.reviewer_id AND day IN (SELECT day FROM qa_sample_tickets WHERE ticket_id = NEW.ticket_id)
    GROUP BY day, inspector_id;
END;
CREATE TRIGGER qa_pending_review_u AFTER UPDATE ON qa_reviews
WHEN (OLD.state = 'submitted' OR NEW.state = 'submitted')
    AND (NEW.state IS NOT OLD.state OR NEW.kind IS NOT OLD.kind
         OR NEW.ticket_id IS NOT OLD.ticket_id OR NEW.reviewer_id IS NOT OLD.reviewer_id)
BEGIN
    DELETE FROM qa_day_pending WHERE inspector_id = OLD.reviewer_id
        AND day IN (SELECT day FROM qa_sample_tickets WHERE ticket_id = OLD.ticket_id);
    INSERT INTO qa_day_pending (day, inspector_id, pending)
    SELECT day, inspector_id, COUNT(*) FROM qa_pending_source
    WHERE inspector_id = OLD.reviewer_id AND day IN (SELECT day FROM qa_sample_tickets WHERE ticket_id = OLD.ticket_id)
    GROUP BY day, inspector_id;
    DELETE FROM qa_day_pending WHERE inspector_id = NEW.reviewer_id
        AND day IN (SELECT day FROM qa_sample_tickets WHERE ticket_id = NEW.ticket_id);
    INSERT INTO qa_day_pending (day, inspector_id, pending)
    SELECT day, inspector_id, COUNT(*) FROM qa_pending_source
    WHERE inspector_id = NEW.reviewer_id AND day IN (SELECT day FROM qa_sample_tickets WHERE ticket_id = NEW.ticket_id)
    GROUP BY day, inspector_id;
END;
CREATE TRIGGER qa_pending_review_d AFTER DELETE ON qa_reviews
WHEN OLD.state = 'submitted'
BEGIN
    DELETE FROM qa_day_pending WHERE inspector_id = OLD.reviewer_id
        AND day IN (SELECT day FROM qa_sample_tickets WHERE ticket_id = OLD.ticket_id);
    INSERT INTO qa_day_pending (day, inspector_id, pending)
    SELECT day, inspector_id, COUNT(*) FROM qa_pending_source
    WHERE inspector_id = OLD.reviewer_id AND day IN (SELECT day FROM qa_sample_tickets WHERE ticket_id = OLD.ticket_id)
    GROUP BY day, inspector_id;
    DELETE FROM qa_day_dispute_rollups WHERE day = (SELECT day FROM qa_sample_tickets WHERE id = OLD.sample_ticket_id);
    INSERT INTO qa_day_dispute_rollups (day, disputes, disputed_reviews, overturned, decided)
    SELECT day, COUNT(*), COUNT(DISTINCT review_id),
        SUM(CASE WHEN state IN ('accepted', 'partly_accepted') THEN 1 ELSE 0 END),
        SUM(CASE WHEN state <> 'open' THEN 1 ELSE 0 END)
    FROM qa_dispute_source WHERE day = (SELECT day FROM qa_sample_tickets WHERE id = OLD.sample_ticket_id) GROUP BY day;
END;
-- Whether or where a disputed review counts changed: its days' disputes.
CREATE TRIGGER qa_disputes_review_u AFTER UPDATE ON qa_reviews
WHEN (NEW.state IS NOT OLD.state OR NEW.kind IS NOT OLD.kind
      OR NEW.sample_ticket_id IS NOT OLD.sample_ticket_id)
    AND EXISTS (SELECT 1 FROM qa_disputes d WHERE d.review_id = NEW.id)
BEGIN
    DELETE FROM qa_day_dispute_rollups WHERE day = (SELECT day FROM qa_sample_tickets WHERE id = OLD.sample_ticket_id);
    INSERT INTO qa_day_dispute_rollups (day, disputes, disputed_reviews, overturned, decided)
    SELECT day, COUNT(*), COUNT(DISTINCT review_id),
        SUM(CASE WHEN state IN ('accepted', 'partly_accepted') THEN 1 ELSE 0 END),
        SUM(CASE WHEN state <> 'open' THEN 1 ELSE 0 END)
    FROM qa_dispute_source WHERE day = (SELECT day FROM qa_sample_tickets WHERE id = OLD.sample_ticket_id) GROUP BY day;
    DELETE FROM qa_day_dispute_rollups WHERE day = (SELECT day FROM qa_sample_tickets WHERE id = NEW.sample_ticket_id);
    INSERT INTO qa_day_dispute_rollups (day, disputes, disputed_reviews, overturned, decided)
    SELECT day, COUNT(*), COUNT(DISTINCT review_id),
        SUM(CASE WHEN state IN ('accepted', 'partly_accepted') THEN 1 ELSE 0 END),
        SUM(CASE WHEN state <> 'open' THEN 1 ELSE 0 END)
    FROM qa_dispute_source WHERE day = (SELECT day FROM qa_sample_tickets WHERE id = NEW.sample_ticket_id) GROUP BY day;
END;
-- A dispute raised, decided or removed: its review's day.
CREATE TRIGGER qa_disputes_i AFTER INSERT ON qa_disputes
BEGIN
    DELETE FROM qa_day_dispute_rollups WHERE day = (SELECT q.day FROM qa_reviews r JOIN qa_sample_tickets q ON q.id = r.sample_ticket_id
                 WHERE r.id = NEW.review_id);
    INSERT INTO qa_day_dispute_rollups (day, disputes, disputed_reviews, overturned, decided)
    SELECT day, COUNT(*), COUNT(DISTINCT review_id),
        SUM(CASE WHEN state IN ('accepted', 'partly_accepted') THEN 1 ELSE 0 END),
        SUM(CASE WHEN state <> 'open' THEN 1 ELSE 0 END)
    FROM qa_dispute_source WHERE day = (SELECT q.day FROM qa_reviews r JOIN qa_sample_tickets q ON q.id = r.sample_ticket_id
                 WHERE r.id = NEW.review_id) GROUP BY day;
END;
CREATE TRIGGER qa_disputes_u AFTER UPDATE OF state, review_id ON qa_disputes
WHEN NEW.state IS NOT OLD.state OR NEW.review_id IS NOT OLD.review_id
BEGIN
    DELETE FROM qa_day_dispute_rollups WHERE day = (SELECT q.day FROM qa_reviews r JOIN qa_sample_tickets q ON q.id = r.sample_ticket_id
                 WHERE r.id = OLD.review_id);
    INSERT INTO qa_day_dispute_rollups (day, disputes, disputed_reviews, overturned, decided)
    SELECT day, COUNT(*), COUNT(DISTINCT review_id),
        SUM(CASE WHEN state IN ('accepted', 'partly_accepted') THEN 1 ELSE 0 END),
        SUM(CASE WHEN state <> 'open' THEN 1 ELSE 0 END)
    FROM qa_dispute_source WHERE day = (SELECT q.day FROM qa_reviews r JOIN qa_sample_tickets q ON q.id = r.sample_ticket_id
                 WHERE r.id = OLD.review_id) GROUP BY day;
    DELETE FROM qa_day_dispute_rollups WHERE day = (SELECT q.day FROM qa_reviews r JOIN qa_sample_tickets q ON q.id = r.sample_ticket_id
                 WHERE r.id = NEW.review_id);
    INSERT INTO qa_day_dispute_rollups (day, disputes, disputed_reviews, overturned, decided)
    SELECT day, COUNT(*), COUNT(DISTINCT review_id),
        SUM(CASE WHEN state IN ('accepted', 'partly_accepted') THEN 1 ELSE 0 END),
        SUM(CASE WHEN state <> 'open' THEN 1 ELSE 0 END)
    FROM qa_dispute_source WHERE day = (SELECT q.day FROM qa_reviews r JOIN qa_sample_tickets q ON q.id = r.sample_ticket_id
                 WHERE r.id = NEW.review_id) GROUP BY day;
END;
CREATE TRIGGER qa_disputes_d AFTER DELETE ON qa_disputes
BEGIN
    DELETE FROM qa_day_dispute_rollups WHERE day = (SELECT q.day FROM qa_reviews r JOIN qa_sample_tickets q ON q.id = r.sample_ticket_id
                 WHERE r.id = OLD.review_id);
    INSERT INTO qa_day_dispute_rollups (day, disputes, disputed_reviews, overturned, decided)
    SELECT day, COUNT(*), COUNT(DISTINCT review_id),
        SUM(CASE WHEN state IN ('accepted', 'partly_accepted') THEN 1 ELSE 0 END),
        SUM(CASE WHEN state <> 'open' THEN 1 ELSE 0 END)
    FROM qa_dispute_source WHERE day = (SELECT q.day FROM qa_reviews r JOIN qa_sample_tickets q ON q.id = r.sample_ticket_id
                 WHERE r.id = OLD.review_id) GROUP BY day;
END;

-- Signalboard schema 38: per-day roll-ups of the QA dashboard, kept by triggers.
-- qa_day_rollups: per sampled day, stratum, agent, the ticket's team, channel and problem
-- type, and `sampled` (1: the review is its sampled ticket's score in the stratified estimate,
-- i.e. the newest submitted sample review with a score of a ticket still in the sample), the
-- sums of the submitted sample reviews (blind second reviews left out): reviews, scored,
-- Σ score, Σ score², passed, failed on a critical item. qa_day_item_rollups: per sampled day,
-- item and value, the ratings below pass of those reviews. Extra reviews (no sampled ticket,
-- few) are not rolled up: the dashboard reads them from the reviews. Each change recomputes
-- the touched day and stratum (or day and item) from the reviews, so that the roll-ups are
-- always exactly the sums the reviews give.
CREATE TABLE qa_day_rollups (
    day             TEXT NOT NULL,
    stratum         TEXT NOT NULL,
    agent_id        INTEGER,
    team_id         INTEGER,
    channel         TEXT,
    problem_type    TEXT,
    sampled         INTEGER NOT NULL,
    reviews         INTEGER NOT NULL,
    scored          INTEGER NOT NULL,
    score_sum       REAL NOT NULL,
    score_squares   REAL NOT NULL,
    passed          INTEGER NOT NULL,
    critical_failed INTEGER NOT NULL
);
CREATE INDEX qa_day_rollups_day ON qa_day_rollups(day, stratum);
CREATE TABLE qa_day_item_rollups (
    day     TEXT NOT NULL,
    item_id INTEGER NOT NULL,
    value   REAL NOT NULL,
    ratings INTEGER NOT NULL,
    PRIMARY KEY (day, item_id, value)
);
-- @shared sources
INSERT INTO qa_day_rollups (day, stratum, agent_id, team_id, channel, problem_type, sampled,
    reviews, scored, score_sum, score_squares, passed, critical_failed)
SELECT day, stratum, agent_id, team_id, channel, problem_type, sampled, COUNT(*), SUM(scored),
    TOTAL(score), TOTAL(score * score), SUM(passed), SUM(critical_failed)
FROM qa_rollup_source GROUP BY day, stratum, agent_id, team_id, channel, problem_type, sampled;
-- @shared items
CREATE TRIGGER qa_rollups_review_i AFTER INSERT ON qa_reviews
WHEN NEW.state = 'submitted' AND NEW.sample_ticket_id IS NOT NULL
BEGIN
    DELETE FROM qa_day_rollups WHERE day = (SELECT day FROM qa_sample_tickets WHERE id = NEW.sample_ticket_id) AND stratum = (SELECT stratum FROM qa_sample_tickets WHERE id = NEW.sample_ticket_id);
    INSERT INTO qa_day_rollups (day, stratum, agent_id, team_id, channel, problem_type, sampled,
        reviews, scored, score_sum, score_squares, passed, critical_failed)
    SELECT day, stratum, agent_id, team_id, channel, problem_type, sampled, COUNT(*), SUM(scored),
        TOTAL(score), TOTAL(score * score), SUM(passed), SUM(critical_failed)
    FROM qa_rollup_source WHERE day = (SELECT day FROM qa_sample_tickets WHERE id = NEW.sample_ticket_id) AND stratum = (SELECT stratum FROM qa_sample_tickets WHERE id = NEW.sample_ticket_id)
    GROUP BY day, stratum, agent_id, team_id, channel, problem_type, sampled;
    DELETE FROM qa_day_item_rollups WHERE day = (SELECT day FROM qa_sample_tickets WHERE id = NEW.sample_ticket_id);
    INSERT INTO qa_day_item_rollups (day, item_id, value, ratings)
    SELECT day, item_id, value, COUNT(*) FROM qa_rollup_item_source WHERE day = (SELECT day FROM qa_sample_tickets WHERE id = NEW.sample_ticket_id)
    GROUP BY day, item_id, value;
END;
-- A submitted review: the sums of its stratum (and of the one it left) recomputed.
CREATE TRIGGER qa_rollups_review_u AFTER UPDATE ON qa_reviews
WHEN (OLD.state = 'submitted' OR NEW.state = 'submitted')
    AND (OLD.sample_ticket_id IS NOT NULL OR NEW.sample_ticket_id IS NOT NULL)
    AND (NEW.state IS NOT OLD.state OR NEW.kind IS NOT OLD.kind OR NEW.score IS NOT OLD.score OR NEW.passed IS NOT OLD.passed OR NEW.critical_failed IS NOT OLD.critical_failed OR NEW.submitted_at IS NOT OLD.submitted_at OR NEW.sample_ticket_id IS NOT OLD.sample_ticket_id OR NEW.agent_id IS NOT OLD.agent_id OR NEW.ticket_id IS NOT OLD.ticket_id)
BEGIN
    DELETE FROM qa_day_rollups WHERE day = (SELECT day FROM qa_sample_tickets WHERE id = OLD.sample_ticket_id) AND stratum = (SELECT stratum FROM qa_sample_tickets WHERE id = OLD.sample_ticket_id) AND OLD.sample_ticket_id IS NOT NEW.sample_ticket_id;
    INSERT INTO qa_day_rollups (day, stratum, agent_id, team_id, channel, problem_type, sampled,
        reviews, scored, score_sum, score_squares, passed, critical_failed)
    SELECT day, stratum, agent_id, team_id, channel, problem_type, sampled, COUNT(*), SUM(scored),
        TOTAL(score), TOTAL(score * score), SUM(passed), SUM(critical_failed)
    FROM qa_rollup_source WHERE day = (SELECT day FROM qa_sample_tickets WHERE id = OLD.sample_ticket_id) AND stratum = (SELECT stratum FROM qa_sample_tickets WHERE id = OLD.sample_ticket_id) AND OLD.sample_ticket_id IS NOT NEW.sample_ticket_id
    GROUP BY day, stratum, agent_id, team_id, channel, problem_type, sampled;
    DELETE FROM qa_day_rollups WHERE day = (SELECT day FROM qa_sample_tickets WHERE id = NEW.sample_ticket_id) AND stratum = (SELECT stratum FROM qa_sample_tickets WHERE id = NEW.sample_ticket_id);
    INSERT INTO qa_day_rollups (day, stratum, agent_id, team_id, channel, problem_type, sampled,
        reviews, scored, score_sum, score_squares, passed, critical_failed)
    SELECT day, stratum, agent_id, team_id, channel, problem_type, sampled, COUNT(*), SUM(scored),
        TOTAL(score), TOTAL(score * score), SUM(passed), SUM(critical_failed)
    FROM qa_rollup_source WHERE day = (SELECT day FROM qa_sample_tickets WHERE id = NEW.sample_ticket_id) AND stratum = (SELECT stratum FROM qa_sample_tickets WHERE id = NEW.sample_ticket_id)
    GROUP BY day, stratum, agent_id, team_id, channel, problem_type, sampled;
END;
-- Submitting: the review's ratings below pass added (counts are exact).
CREATE TRIGGER qa_rollups_review_submitted AFTER UPDATE ON qa_reviews
WHEN OLD.state <> 'submitted' AND NEW.state = 'submitted' AND NEW.kind <> 'double'
    AND NEW.sample_ticket_id IS NOT NULL AND NEW.kind IS OLD.kind
    AND NEW.sample_ticket_id IS OLD.sample_ticket_id
BEGIN
    INSERT INTO qa_day_item_rollups (day, item_id, value, ratings)
    SELECT (SELECT day FROM qa_sample_tickets WHERE id = NEW.sample_ticket_id), ri.item_id, ri.value, COUNT(*)
    FROM qa_review_items ri WHERE ri.review_id = NEW.id AND ri.na = 0 AND ri.value IS NOT NULL
        AND (ri.value < 1 OR (ri.value < 3 AND ri.item_id IN (SELECT id FROM qa_scorecard_items
                                                              WHERE scale = '1_5')))
    GROUP BY ri.item_id, ri.value
    ON CONFLICT (day, item_id, value) DO UPDATE SET ratings = ratings + excluded.ratings;
END;
-- Any other change of whether or where a review counts: its days' items recomputed.
CREATE TRIGGER qa_rollups_review_items_u AFTER UPDATE ON qa_reviews
WHEN (OLD.state = 'submitted' OR NEW.state = 'submitted')
    AND (NEW.state IS NOT OLD.state OR NEW.kind IS NOT OLD.kind
         OR NEW.sample_ticket_id IS NOT OLD.sample_ticket_id)
    AND NOT (OLD.state <> 'submitted' AND NEW.state = 'submitted' AND NEW.kind <> 'double'
    AND NEW.sample_ticket_id IS NOT NULL AND NEW.kind IS OLD.kind
    AND NEW.sample_ticket_id IS OLD.sample_ticket_id)
BEGIN
    DELETE FROM qa_day_item_rollups WHERE day = (SELECT day FROM qa_sample_tickets WHERE id = OLD.sample_ticket_id);
    INSERT INTO qa_day_item_rollups (day, item_id, value, ratings)
    SELECT day, item_id, value, COUNT(*) FROM qa_rollup_item_source WHERE day = (SELECT day FROM qa_sample_tickets WHERE id = OLD.sample_ticket_id)
    GROUP BY day, item_id, value;
    DELETE FROM qa_day_item_rollups WHERE day = (SELECT day FROM qa_sample_tickets WHERE id = NEW.sample_ticket_id);
    INSERT INTO qa_day_item_rollups (day, item_id, value, ratings)
    SELECT day, item_id, value, COUNT(*) FROM qa_rollup_item_source WHERE day = (SELECT day FROM qa_sample_tickets WHERE id = NEW.sample_ticket_id)
    GROUP BY day, item_id, value;
END;
CREATE TRIGGER qa_rollups_review_d AFTER DELETE ON qa_reviews
WHEN OLD.state = 'submitted' AND OLD.sample_ticket_id IS NOT NULL
BEGIN
    DELETE FROM qa_day_rollups WHERE day = (SELECT day FROM qa_sample_tickets WHERE id = OLD.sample_ticket_id) AND stratum = (SELECT stratum FROM qa_sample_tickets WHERE id = OLD.sample_ticket_id);
    INSERT INTO qa_day_rollups (day, stratum, agent_id, team_id, channel, problem_type, sampled,
        reviews, scored, score_sum, score_squares, passed, critical_failed)
    SELECT day, stratum, agent_id, team_id, channel, problem_type, sampled, COUNT(*), SUM(scored),
        TOTAL(score), TOTAL(score * score), SUM(passed), SUM(critical_failed)
    FROM qa_rollup_source WHERE day = (SELECT day FROM qa_sample_tickets WHERE id = OLD.sample_ticket_id) AND stratum = (SELECT stratum FROM qa_sample_tickets WHERE id = OLD.sample_ticket_id)
    GROUP BY day, stratum, agent_id, team_id, channel, problem_type, sampled;
    DELETE FROM qa_day_item_rollups WHERE day = (SELECT day FROM qa_sample_tickets WHERE id = OLD.sample_ticket_id);
    INSERT INTO qa_day_item_rollups (day, item_id, value, ratings)
    SELECT day, item_id, value, COUNT(*) FROM qa_rollup_item_source WHERE day = (SELECT day FROM qa_sample_tickets WHERE id = OLD.sample_ticket_id)
    GROUP BY day, item_id, value;
END;
CREATE TRIGGER qa_rollups_sample_u AFTER UPDATE OF day, stratum, replacement_id ON qa_sample_tickets
BEGIN
    DELETE FROM qa_day_rollups WHERE day = OLD.day AND stratum = OLD.stratum;
    INSERT INTO qa_day_rollups (day, stratum, agent_id, team_id, channel, problem_type, sampled,
        reviews, scored, score_sum, score_squares, passed, critical_failed)
    SELECT day, stratum, agent_id, team_id, channel, problem_type, sampled, COUNT(*), SUM(scored),
        TOTAL(score), TOTAL(score * score), SUM(passed), SUM(critical_failed)
    FROM qa_rollup_source WHERE day = OLD.day AND stratum = OLD.stratum
    GROUP BY day, stratum, agent_id, team_id, channel, problem_type, sampled;
    DELETE FROM qa_day_rollups WHERE day = NEW.day AND stratum = NEW.stratum;
    INSERT INTO qa_day_rollups (day, stratum, agent_id, team_id, channel, problem_type, sampled,
        reviews, scored, score_sum, score_squares, passed, critical_failed)
    SELECT day, stratum, agent_id, team_id, channel, problem_type, sampled, COUNT(*), SUM(scored),
        TOTAL(score), TOTAL(score * score), SUM(passed), SUM(critical_failed)
    FROM qa_rollup_source WHERE day = NEW.day AND stratum = NEW.stratum
    GROUP BY day, stratum, agent_id, team_id, channel, problem_type, sampled;
    DELETE FROM qa_day_item_rollups WHERE day = OLD.day;
    INSERT INTO qa_day_item_rollups (day, item_id, value, ratings)
    SELECT day, item_id, value, COUNT(*) FROM qa_rollup_item_source WHERE day = OLD.day
    GROUP BY day, item_id, value;
    DELETE FROM qa_day_item_rollups WHERE day = NEW.day;
    INSERT INTO qa_day_item_rollups (day, item_id, value, ratings)
    SELECT day, item_id, value, COUNT(*) FROM qa_rollup_item_source WHERE day = NEW.day
    GROUP BY day, item_id, value;
END;
CREATE TRIGGER qa_rollups_sample_d AFTER DELETE ON qa_sample_tickets
BEGIN
    DELETE FROM qa_day_rollups WHERE day = OLD.day AND stratum = OLD.stratum;
    INSERT INTO qa_day_rollups (day, stratum, agent_id, team_id, channel, problem_type, sampled,
        reviews, scored, score_sum, score_squares, passed, critical_failed)
    SELECT day, stratum, agent_id, team_id, channel, problem_type, sampled, COUNT(*), SUM(scored),
        TOTAL(score), TOTAL(score * score), SUM(passed), SUM(critical_failed)
    FROM qa_rollup_source WHERE day = OLD.day AND stratum = OLD.stratum
    GROUP BY day, stratum, agent_id, team_id, channel, problem_type, sampled;
    DELETE FROM qa_day_item_rollups WHERE day = OLD.day;
    INSERT INTO qa_day_item_rollups (day, item_id, value, ratings)
    SELECT day, item_id, value, COUNT(*) FROM qa_rollup_item_source WHERE day = OLD.day
    GROUP BY day, item_id, value;
END;
CREATE TRIGGER qa_rollups_ticket_u AFTER UPDATE OF team_id, channel, problem_type ON tickets
WHEN (NEW.team_id IS NOT OLD.team_id OR NEW.channel IS NOT OLD.channel
      OR NEW.problem_type IS NOT OLD.problem_type)
    AND EXISTS (SELECT 1 FROM qa_reviews r WHERE r.ticket_id = NEW.id AND r.state = 'submitted'
                AND r.sample_ticket_id IS NOT NULL)
BEGIN
    DELETE FROM qa_day_rollups WHERE (day, stratum) IN (SELECT q.day, q.stratum FROM qa_reviews r
        JOIN qa_sample_tickets q ON q.id = r.sample_ticket_id WHERE r.ticket_id = NEW.id);
    INSERT INTO qa_day_rollups (day, stratum, agent_id, team_id, channel, problem_type, sampled,
        reviews, scored, score_sum, score_squares, passed, critical_failed)
    SELECT day, stratum, agent_id, team_id, channel, problem_type, sampled, COUNT(*), SUM(scored),
        TOTAL(score), TOTAL(score * score), SUM(passed), SUM(critical_failed)
    FROM qa_rollup_source WHERE (day, stratum) IN (SELECT q.day, q.stratum FROM qa_reviews r
        JOIN qa_sample_tickets q ON q.id = r.sample_ticket_id WHERE r.ticket_id = NEW.id)
    GROUP BY day, stratum, agent_id, team_id, channel, problem_type, sampled;
END;
CREATE TRIGGER qa_rollups_item_i AFTER INSERT ON qa_review_items
WHEN EXISTS (SELECT 1 FROM qa_reviews r WHERE r.id = NEW.review_id AND r.state = 'submitted' AND r.kind <> 'double' AND r.sample_ticket_id IS NOT NULL)
BEGIN
    DELETE FROM qa_day_item_rollups WHERE day = (SELECT q.day FROM qa_reviews r JOIN qa_sample_tickets q ON q.id = r.sample_ticket_id WHERE r.id = NEW.review_id) AND item_id = NEW.item_id;
    INSERT INTO qa_day_item_rollups (day, item_id, value, ratings)
    SELECT day, item_id, value, COUNT(*) FROM qa_rollup_item_source WHERE day = (SELECT q.day FROM qa_reviews r JOIN qa_sample_tickets q ON q.id = r.sample_ticket_id WHERE r.id = NEW.review_id) AND item_id = NEW.item_id
    GROUP BY day, item_id, value;
END;
CREATE TRIGGER qa_rollups_item_d AFTER DELETE ON qa_review_items
WHEN EXISTS (SELECT 1 FROM qa_reviews r WHERE r.id = OLD.review_id AND r.state = 'submitted' AND r.kind <> 'double' AND r.sample_ticket_id IS NOT NULL)
BEGIN
    DELETE FROM qa_day_item_rollups WHERE day = (SELECT q.day FROM qa_reviews r JOIN qa_sample_tickets q ON q.id = r.sample_ticket_id WHERE r.id = OLD.review_id) AND item_id = OLD.item_id;
    INSERT INTO qa_day_item_rollups (day, item_id, value, ratings)
    SELECT day, item_id, value, COUNT(*) FROM qa_rollup_item_source WHERE day = (SELECT q.day FROM qa_reviews r JOIN qa_sample_tickets q ON q.id = r.sample_ticket_id WHERE r.id = OLD.review_id) AND item_id = OLD.item_id
    GROUP BY day, item_id, value;
END;
CREATE TRIGGER qa_rollups_item_u AFTER UPDATE ON qa_review_items
WHEN (EXISTS (SELECT 1 FROM qa_reviews r WHERE r.id = OLD.review_id AND r.state = 'submitted' AND r.kind <> 'double' AND r.sample_ticket_id IS NOT NULL) OR EXISTS (SELECT 1 FROM qa_reviews r WHERE r.id = NEW.review_id AND r.state = 'submitted' AND r.kind <> 'double' AND r.sample_ticket_id IS NOT NULL))
    AND (NEW.value IS NOT OLD.value OR NEW.na IS NOT OLD.na OR NEW.item_id IS NOT OLD.item_id
         OR NEW.review_id IS NOT OLD.review_id)
BEGIN
    DELETE FROM qa_day_item_rollups WHERE day = (SELECT q.day FROM qa_reviews r JOIN qa_sample_tickets q ON q.id = r.sample_ticket_id WHERE r.id = OLD.review_id) AND item_id = OLD.item_id;
    INSERT INTO qa_day_item_rollups (day, item_id, value, ratings)
    SELECT day, item_id, value, COUNT(*) FROM qa_rollup_item_source WHERE day = (SELECT q.day FROM qa_reviews r JOIN qa_sample_tickets q ON q.id = r.sample_ticket_id WHERE r.id = OLD.review_id) AND item_id = OLD.item_id
    GROUP BY day, item_id, value;
    DELETE FROM qa_day_item_rollups WHERE day = (SELECT q.day FROM qa_reviews r JOIN qa_sample_tickets q ON q.id = r.sample_ticket_id WHERE r.id = NEW.review_id) AND item_id = NEW.item_id;
    INSERT INTO qa_day_item_rollups (day, item_id, value, ratings)
    SELECT day, item_id, value, COUNT(*) FROM qa_rollup_item_source WHERE day = (SELECT q.day FROM qa_reviews r JOIN qa_sample_tickets q ON q.id = r.sample_ticket_id WHERE r.id = NEW.review_id) AND item_id = NEW.item_id
    GROUP BY day, item_id, value;
END;

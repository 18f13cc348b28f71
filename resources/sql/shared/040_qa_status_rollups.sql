-- Signalboard schema 40, the statements SQLite and PostgreSQL share: the QA dashboard's
-- per-day counts of the reviews still to be done and of the disputes (the dialect parts add
-- the triggers that keep them).
-- Each section runs where the dialect file of the same name says "-- @shared <section>".

-- @section tables
-- Per sampled day and inspector: the sampled tickets still in the sample that the inspector is
-- assigned (first or blind second) without their submitted review. Whether they are overdue
-- depends on the time of reading (the day's due time): the dashboard decides that when it
-- reads, so what is stored never ages.
CREATE TABLE qa_day_pending (
    day          TEXT NOT NULL,
    inspector_id BIGINT NOT NULL,
    pending      BIGINT NOT NULL,
    PRIMARY KEY (day, inspector_id)
);
-- Per sampled day: the disputes (质检复核) of the day's submitted reviews (blind second
-- reviews left out), the reviews disputed, the disputes accepted or partly accepted, decided.
CREATE TABLE qa_day_dispute_rollups (
    day              TEXT PRIMARY KEY,
    disputes         BIGINT NOT NULL,
    disputed_reviews BIGINT NOT NULL,
    overturned       BIGINT NOT NULL,
    decided          BIGINT NOT NULL
);
-- What they count: one row per assignment still without its submitted review ...
CREATE VIEW qa_pending_source AS
SELECT q.day, q.assignee_id AS inspector_id FROM qa_sample_tickets q
WHERE q.replacement_id IS NULL AND q.assignee_id IS NOT NULL
    AND NOT EXISTS (SELECT 1 FROM qa_reviews r WHERE r.ticket_id = q.ticket_id
                    AND r.reviewer_id = q.assignee_id AND r.kind = 'sample'
                    AND r.state = 'submitted')
UNION ALL
SELECT q.day, q.second_assignee_id FROM qa_sample_tickets q
WHERE q.replacement_id IS NULL AND q.second_assignee_id IS NOT NULL
    AND NOT EXISTS (SELECT 1 FROM qa_reviews r WHERE r.ticket_id = q.ticket_id
                    AND r.reviewer_id = q.second_assignee_id AND r.kind = 'double'
                    AND r.state = 'submitted');
-- ... and one row per dispute of a submitted review of a sampled ticket.
CREATE VIEW qa_dispute_source AS
SELECT q.day, d.review_id, d.state
FROM qa_sample_tickets q JOIN qa_reviews r ON r.sample_ticket_id = q.id
JOIN qa_disputes d ON d.review_id = r.id
WHERE r.state = 'submitted' AND r.kind <> 'double';

-- @section backfill
INSERT INTO qa_day_pending (day, inspector_id, pending)
SELECT day, inspector_id, COUNT(*) FROM qa_pending_source GROUP BY day, inspector_id;
INSERT INTO qa_day_dispute_rollups (day, disputes, disputed_reviews, overturned, decided)
SELECT day, COUNT(*), COUNT(DISTINCT review_id),
    SUM(CASE WHEN state IN ('accepted', 'partly_accepted') THEN 1 ELSE 0 END),
    SUM(CASE WHEN state <> 'open' THEN 1 ELSE 0 END)
FROM qa_dispute_source GROUP BY day;

-- Signalboard schema 38, the statements SQLite and PostgreSQL share: what the QA roll-ups
-- sum (the dialect parts create the tables and the triggers that keep them).

-- @section sources
-- What the roll-ups sum: one row per submitted review of a sampled ticket.
CREATE VIEW qa_rollup_source AS
SELECT q.day, q.stratum, r.agent_id, t.team_id, t.channel, t.problem_type,
    CASE WHEN r.kind = 'sample' AND r.score IS NOT NULL AND q.replacement_id IS NULL
              AND NOT EXISTS (SELECT 1 FROM qa_reviews n WHERE n.sample_ticket_id = r.sample_ticket_id
                              AND n.state = 'submitted' AND n.kind = 'sample'
                              AND n.score IS NOT NULL AND (n.submitted_at > r.submitted_at
                              OR (n.submitted_at = r.submitted_at AND n.id > r.id)))
         THEN 1 ELSE 0 END AS sampled,
    CASE WHEN r.score IS NULL THEN 0 ELSE 1 END AS scored, r.score,
    CASE WHEN r.score IS NOT NULL AND r.passed = 1 THEN 1 ELSE 0 END AS passed,
    CASE WHEN r.score IS NOT NULL AND r.critical_failed = 1 THEN 1 ELSE 0 END AS critical_failed
FROM qa_sample_tickets q JOIN qa_reviews r ON r.sample_ticket_id = q.id
LEFT JOIN tickets t ON t.id = r.ticket_id
WHERE r.state = 'submitted' AND r.kind <> 'double';
-- The ratings below pass (under 1 on the pass/fail and 0-2 scales, under 3 on 1-5) of those reviews.
CREATE VIEW qa_rollup_item_source AS
SELECT q.day, ri.item_id, ri.value
FROM qa_sample_tickets q JOIN qa_reviews r ON r.sample_ticket_id = q.id
JOIN qa_review_items ri ON ri.review_id = r.id
WHERE r.state = 'submitted' AND r.kind <> 'double' AND ri.na = 0 AND ri.value IS NOT NULL
    AND (ri.value < 1 OR (ri.value < 3 AND ri.item_id IN (SELECT id FROM qa_scorecard_items
                                                          WHERE scale = '1_5')));

-- @section items
INSERT INTO qa_day_item_rollups (day, item_id, value, ratings)
SELECT day, item_id, value, COUNT(*) FROM qa_rollup_item_source GROUP BY day, item_id, value;

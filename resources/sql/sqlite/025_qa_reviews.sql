-- Signalboard schema 25 (SQLite): reviewing (质检) and disputes (质检复核). The shipped
-- scorecard as published version 1, and the rule that a submitted review changes only
-- through the decision of its dispute. QaReviewStore (src/core/qa/reviewstore.h) makes the
-- other checks of a review here; on PostgreSQL the server makes them (the functions of
-- resources/sql/postgresql/025_qa_reviews.sql).
--
-- qa_review_items.root_cause holds the picked root-cause tags of an item as a JSON array of
-- text ('' or '[]': none), the tags of qa_scorecard_items.root_causes.

-- The rating an item had when its dispute was raised, beside the decided one.
ALTER TABLE qa_dispute_items ADD COLUMN original_value REAL;
ALTER TABLE qa_dispute_items ADD COLUMN original_na INTEGER;

-- @shared columns

-- @shared indexes

-- @shared scorecard

-- A submitted review never changes what it says: who reviewed which ticket with which
-- scorecard version, when, its comment and time. Its agent may acknowledge it once. Its
-- score, pass and critical flag (and the items below) change only while a dispute of it is
-- open, that is by the dispute's decision, which closes the dispute in the same transaction.
-- A review's agent and sample row may still go (ON DELETE SET NULL).
CREATE TRIGGER qa_reviews_submitted_guard BEFORE UPDATE ON qa_reviews
WHEN OLD.state = 'submitted' AND (
    NEW.state IS NOT OLD.state OR NEW.ticket_id IS NOT OLD.ticket_id
    OR NEW.reviewer_id IS NOT OLD.reviewer_id OR NEW.kind IS NOT OLD.kind
    OR NEW.scorecard_version_id IS NOT OLD.scorecard_version_id
    OR (NEW.agent_id IS NOT OLD.agent_id AND NEW.agent_id IS NOT NULL)
    OR (NEW.sample_ticket_id IS NOT OLD.sample_ticket_id AND NEW.sample_ticket_id IS NOT NULL)
    OR NEW.comment IS NOT OLD.comment OR NEW.time_spent_ms IS NOT OLD.time_spent_ms
    OR NEW.due_at IS NOT OLD.due_at OR NEW.created_at IS NOT OLD.created_at
    OR NEW.submitted_at IS NOT OLD.submitted_at
    OR (NEW.acknowledged_at IS NOT OLD.acknowledged_at AND OLD.acknowledged_at IS NOT NULL)
    OR ((NEW.score IS NOT OLD.score OR NEW.passed IS NOT OLD.passed
         OR NEW.critical_failed IS NOT OLD.critical_failed)
        AND NOT EXISTS (SELECT 1 FROM qa_disputes d WHERE d.review_id = OLD.id
                        AND d.state = 'open')))
BEGIN
    SELECT RAISE(ABORT, 'a submitted QA review changes only through the decision of its dispute');
END;
CREATE TRIGGER qa_review_items_submitted_guard_i BEFORE INSERT ON qa_review_items
WHEN EXISTS (SELECT 1 FROM qa_reviews r WHERE r.id = NEW.review_id AND r.state = 'submitted'
             AND NOT EXISTS (SELECT 1 FROM qa_disputes d WHERE d.review_id = r.id
                             AND d.state = 'open'))
BEGIN
    SELECT RAISE(ABORT, 'a submitted QA review changes only through the decision of its dispute');
END;
CREATE TRIGGER qa_review_items_submitted_guard_u BEFORE UPDATE ON qa_review_items
WHEN EXISTS (SELECT 1 FROM qa_reviews r WHERE r.id IN (OLD.review_id, NEW.review_id)
             AND r.state = 'submitted'
             AND NOT EXISTS (SELECT 1 FROM qa_disputes d WHERE d.review_id = r.id
                             AND d.state = 'open'))
BEGIN
    SELECT RAISE(ABORT, 'a submitted QA review changes only through the decision of its dispute');
END;

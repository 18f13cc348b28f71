-- Signalboard schema 26 (SQLite): coaching (辅导). QaCoachingStore (src/core/qa/coaching.h)
-- makes the checks of each step here; on PostgreSQL the server makes them
-- (resources/sql/postgresql/026_qa_coaching.sql). The schema keeps what holds whoever writes:
-- one item per review, and an acknowledged item never changes what it says (its lead and
-- review may still go: ON DELETE SET NULL).

-- @shared indexes

CREATE TRIGGER qa_coaching_items_final BEFORE UPDATE ON qa_coaching_items
WHEN OLD.state = 'acknowledged' AND (
    NEW.state IS NOT OLD.state OR NEW.agent_id IS NOT OLD.agent_id
    OR NEW.held_on IS NOT OLD.held_on OR NEW.notes IS NOT OLD.notes
    OR NEW.actions IS NOT OLD.actions OR NEW.acknowledged_at IS NOT OLD.acknowledged_at)
BEGIN
    SELECT RAISE(ABORT, 'an acknowledged coaching item never changes');
END;

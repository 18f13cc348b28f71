-- Signalboard schema 31, the statements SQLite and PostgreSQL share: the continuous double
-- review (qa.double_rate). A drawn day keeps the double rate it was drawn with (NULL for days
-- drawn before); the blind second inspector of a sampled ticket is
-- qa_sample_tickets.second_assignee_id (schema 24), and the inspector's queue finds it by index.

-- @section columns
ALTER TABLE qa_sample_days ADD COLUMN double_rate TEXT;
CREATE INDEX qa_sample_tickets_second ON qa_sample_tickets(second_assignee_id, day);

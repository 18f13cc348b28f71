-- Signalboard schema 31 (SQLite): the continuous double review (qa.double_rate). A drawn day
-- keeps the double rate it was drawn with (NULL for days drawn before); the blind second
-- inspector of a sampled ticket is qa_sample_tickets.second_assignee_id (schema 24).
-- QaSampleStore (src/core/qa/qasamplestore.h) assigns it; on PostgreSQL the server does
-- (resources/sql/postgresql/031_qa_double.sql).
ALTER TABLE qa_sample_days ADD COLUMN double_rate TEXT;
CREATE INDEX qa_sample_tickets_second ON qa_sample_tickets(second_assignee_id, day);

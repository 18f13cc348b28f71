-- Signalboard schema 35: the QA dashboard's period filter, index-friendly (the same on SQLite
-- and PostgreSQL). The period's reviews are read as two halves: the sample reviews of the
-- sampled days (qa_sample_tickets by day, then their reviews by sample ticket) and the extra
-- reviews by submission time (few: a partial index over the reviews without a sample ticket).
CREATE INDEX qa_reviews_sample ON qa_reviews(sample_ticket_id, state, kind);
CREATE INDEX qa_reviews_extra ON qa_reviews(submitted_at) WHERE sample_ticket_id IS NULL;

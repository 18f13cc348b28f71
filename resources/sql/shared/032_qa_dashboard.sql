-- Signalboard schema 32: the QA dashboard over long periods (the same on SQLite and
-- PostgreSQL). Covering index for the failing-items Pareto: the period's reviews find their
-- ratings (not N/A, item, value) without touching the rows of qa_review_items.
CREATE INDEX qa_review_items_rating ON qa_review_items(review_id, na, item_id, value);

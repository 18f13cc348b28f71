-- Signalboard schema 26, the statements SQLite and PostgreSQL share: coaching (辅导). A failed
-- review opens one coaching item, never more.

-- @section indexes
CREATE UNIQUE INDEX qa_coaching_review ON qa_coaching_items(review_id);

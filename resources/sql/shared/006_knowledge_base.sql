-- Signalboard schema 6, the statements SQLite and PostgreSQL share: knowledge base indexes.
-- Each section runs where the dialect file (resources/sql/sqlite, resources/sql/postgresql) of
-- the same name says "-- @shared <section>".

-- @section ticket_kb_links_index
CREATE INDEX ticket_kb_links_article ON ticket_kb_links(article_id);

-- @section kb_usage_indexes
CREATE INDEX kb_usage_article_at ON kb_usage(article_id, at);
CREATE INDEX kb_usage_at ON kb_usage(at);

-- Knowledge base: full-text search, links from tickets, usage log.

-- Full-text search with the 'simple' configuration (no language-specific stemming: articles
-- are written in several languages).
ALTER TABLE kb_articles ADD COLUMN search tsvector GENERATED ALWAYS AS
    (setweight(to_tsvector('simple', title), 'A') || setweight(to_tsvector('simple', body), 'B')) STORED;
CREATE INDEX kb_articles_search ON kb_articles USING GIN (search);

CREATE TABLE ticket_kb_links (
    ticket_id  BIGINT NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
    article_id BIGINT NOT NULL REFERENCES kb_articles(id) ON DELETE CASCADE,
    linked_by  BIGINT REFERENCES staff(id),
    linked_at  BIGINT NOT NULL,
    PRIMARY KEY (ticket_id, article_id)
);
-- @shared ticket_kb_links_index

CREATE TABLE kb_usage (
    id         BIGSERIAL PRIMARY KEY,
    article_id BIGINT NOT NULL REFERENCES kb_articles(id) ON DELETE CASCADE,
    ticket_id  BIGINT REFERENCES tickets(id) ON DELETE SET NULL,
    staff_id   BIGINT REFERENCES staff(id),
    at         BIGINT NOT NULL,
    action     TEXT NOT NULL CHECK (action IN ('viewed', 'linked', 'used'))
);
-- @shared kb_usage_indexes

-- Content changes only: counting a use (uses + 1) is not news for other workstations.
CREATE TRIGGER kb_articles_c AFTER INSERT OR UPDATE OF kind, title, body OR DELETE ON kb_articles
    FOR EACH ROW EXECUTE FUNCTION sb_log_change('kb_article', 'id');

GRANT SELECT, INSERT ON ticket_kb_links, kb_usage TO sb_staff;
GRANT DELETE ON ticket_kb_links TO sb_agent, sb_team_lead, sb_supervisor, sb_manager, sb_admin;
-- Counting a use updates kb_articles.uses: every staff member may do that, and only that.
GRANT UPDATE (uses) ON kb_articles TO sb_staff;
GRANT USAGE ON SEQUENCE kb_usage_id_seq TO sb_staff;

-- Import: the importer COPYs a file's rows here, then moves them into tickets with
-- one INSERT … SELECT … ON CONFLICT DO NOTHING and deletes them, all in ONE transaction: other
-- sessions never see staged rows, and a cancelled or failed import leaves none behind. A
-- permanent (unlogged) table rather than a temporary one, because staff logins hold no
-- TEMPORARY privilege on the database (packaging/postgres/setup-server.sql).
CREATE UNLOGGED TABLE import_staging (
    line            BIGINT NOT NULL,
    source          TEXT NOT NULL,
    external_id     TEXT,
    received_at     BIGINT NOT NULL,
    received_offset BIGINT NOT NULL,
    channel         TEXT NOT NULL,
    customer_tier   TEXT NOT NULL,
    problem_type    TEXT NOT NULL,
    customer_id     TEXT NOT NULL,
    service_number  TEXT NOT NULL,
    category        TEXT NOT NULL,
    subject         TEXT NOT NULL,
    description     TEXT NOT NULL,
    region          TEXT NOT NULL,
    extra           TEXT NOT NULL,
    registered_by   BIGINT,
    updated_at      BIGINT NOT NULL
);
GRANT SELECT, INSERT, DELETE ON import_staging TO sb_staff;

-- Ticket inserts log their changes per STATEMENT (transition table): still one change_log row
-- per ticket, in the same order and under the same advisory lock as sb_log_change (seq order
-- = commit order), but one INSERT and ONE notification per statement. Per row, the
-- importer's single INSERT … SELECT of a million rows sent a million notifications, and every
-- listening workstation ran a catch-up query for each. Updates and deletes stay per row.
CREATE FUNCTION sb_log_ticket_inserts() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, public AS $$
DECLARE
    s BIGINT;
BEGIN
    PERFORM pg_advisory_xact_lock(7305001);
    WITH logged AS (
        INSERT INTO public.change_log(entity, entity_id, op, at)
        SELECT 'ticket', n.id, 'insert', (extract(epoch FROM clock_timestamp()) * 1000)::BIGINT
        FROM new_rows n ORDER BY n.id
        RETURNING seq)
    SELECT max(seq) INTO s FROM logged;
    IF s IS NOT NULL THEN
        PERFORM pg_notify('signalboard_change', s::TEXT);
    END IF;
    RETURN NULL;
END;
$$;
DROP TRIGGER tickets_c ON tickets;
CREATE TRIGGER tickets_c AFTER UPDATE OR DELETE ON tickets
    FOR EACH ROW EXECUTE FUNCTION sb_log_change('ticket', 'id');
CREATE TRIGGER tickets_ci AFTER INSERT ON tickets REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION sb_log_ticket_inserts();

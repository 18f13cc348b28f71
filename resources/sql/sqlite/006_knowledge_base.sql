-- Knowledge base: full-text search, links from tickets, usage log.

-- Full-text index over title and body (external content: the text lives in kb_articles).
CREATE VIRTUAL TABLE kb_fts USING fts5(title, body, content='kb_articles', content_rowid='id',
                                       tokenize='unicode61');
INSERT INTO kb_fts(rowid, title, body) SELECT id, title, body FROM kb_articles;

CREATE TRIGGER kb_articles_fts_i AFTER INSERT ON kb_articles BEGIN
    INSERT INTO kb_fts(rowid, title, body) VALUES (NEW.id, NEW.title, NEW.body);
END;
CREATE TRIGGER kb_articles_fts_d AFTER DELETE ON kb_articles BEGIN
    INSERT INTO kb_fts(kb_fts, rowid, title, body) VALUES ('delete', OLD.id, OLD.title, OLD.body);
END;
CREATE TRIGGER kb_articles_fts_u AFTER UPDATE OF title, body ON kb_articles BEGIN
    INSERT INTO kb_fts(kb_fts, rowid, title, body) VALUES ('delete', OLD.id, OLD.title, OLD.body);
    INSERT INTO kb_fts(rowid, title, body) VALUES (NEW.id, NEW.title, NEW.body);
END;

-- A ticket solved with (or pointing at) an article or case.
CREATE TABLE ticket_kb_links (
    ticket_id  INTEGER NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
    article_id INTEGER NOT NULL REFERENCES kb_articles(id) ON DELETE CASCADE,
    linked_by  INTEGER REFERENCES staff(id),
    linked_at  INTEGER NOT NULL,
    PRIMARY KEY (ticket_id, article_id)
);
-- @shared ticket_kb_links_index

-- Every use of an article (opened from a ticket, linked, inserted into a reply), for reports.
CREATE TABLE kb_usage (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    article_id INTEGER NOT NULL REFERENCES kb_articles(id) ON DELETE CASCADE,
    ticket_id  INTEGER REFERENCES tickets(id) ON DELETE SET NULL,
    staff_id   INTEGER REFERENCES staff(id),
    at         INTEGER NOT NULL,
    action     TEXT NOT NULL CHECK (action IN ('viewed', 'linked', 'used'))
);
-- @shared kb_usage_indexes

CREATE TRIGGER kb_articles_ci AFTER INSERT ON kb_articles BEGIN
    INSERT INTO change_log(entity, entity_id, op, at) VALUES ('kb_article', NEW.id, 'insert', CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
END;
-- Content changes only: counting a use (uses + 1) is not news for other workstations.
CREATE TRIGGER kb_articles_cu AFTER UPDATE OF kind, title, body ON kb_articles BEGIN
    INSERT INTO change_log(entity, entity_id, op, at) VALUES ('kb_article', NEW.id, 'update', CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
END;

-- Signalboard schema 37, the statements SQLite and PostgreSQL share: files attached to a
-- broadcast (a periodic report's PDF, usually).
-- Each section runs where the dialect file (resources/sql/sqlite, resources/sql/postgresql) of
-- the same name says "-- @shared <section>".

-- @section attachments_index
CREATE INDEX message_attachments_message ON message_attachments(message_id, id);

-- @section settings
-- messaging.attachment_max_bytes: the largest file a broadcast may carry (20 MB); a bigger
-- one is refused, naming the file and this bound.
INSERT INTO settings(key, version, value, changed_by, changed_at) VALUES
    ('messaging.attachment_max_bytes', 1, '20971520', 'migration 037', 0)
    ON CONFLICT (key, version) DO NOTHING;

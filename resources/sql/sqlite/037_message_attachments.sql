-- Signalboard schema 37 (SQLite): files attached to a broadcast. An attachment is written
-- with its message, by its sender, and never changes afterwards.

CREATE TABLE message_attachments (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    message_id INTEGER NOT NULL REFERENCES messages(id),
    file_name  TEXT NOT NULL CHECK (length(file_name) BETWEEN 1 AND 255),
    mime       TEXT NOT NULL DEFAULT 'application/octet-stream',
    size       INTEGER NOT NULL CHECK (size = length(bytes)),
    sha256     TEXT NOT NULL,
    bytes      BLOB NOT NULL,
    created_at INTEGER NOT NULL
);
-- @shared attachments_index

CREATE TRIGGER message_attachments_no_update BEFORE UPDATE ON message_attachments BEGIN
    SELECT RAISE(ABORT, 'message attachments never change');
END;
CREATE TRIGGER message_attachments_no_delete BEFORE DELETE ON message_attachments BEGIN
    SELECT RAISE(ABORT, 'message attachments never change');
END;

-- @shared settings

-- Signalboard schema 4, the statements SQLite and PostgreSQL share: message broadcast — the
-- answer script of incident announcements, outbox claims, indexes.
-- Each section runs where the dialect file (resources/sql/sqlite, resources/sql/postgresql) of
-- the same name says "-- @shared <section>".

-- @section messages_script_and_indexes
-- Incident announcements carry the answer script (口径) next to the notice text.
ALTER TABLE messages ADD COLUMN script TEXT NOT NULL DEFAULT '';
CREATE INDEX messages_created ON messages(created_at, id);
CREATE INDEX messages_sender ON messages(sender_id, created_at);
-- The inbox of one person: what is not yet delivered.
CREATE INDEX message_recipients_undelivered ON message_recipients(staff_id, delivered_at);

-- @section outbox_claim_token
-- A worker claims a row (token + lease) before sending it; the CHECK on state stays as is.
ALTER TABLE outbox ADD COLUMN claim_token TEXT;

-- @section outbox_due_index
CREATE INDEX outbox_due ON outbox(state, next_attempt_at);

-- Signalboard schema 37 (PostgreSQL): files attached to a broadcast. Staff write no rows
-- themselves: the sender attaches a file through sb_attach_message_file while sending (within
-- a minute of the message, as for its recipients); the server stores the size and SHA-256 it
-- computes and refuses a file over messaging.attachment_max_bytes. An attachment is read by
-- those who may read its message (its sender, its recipients, the broadcast log's keepers)
-- and never changes.

CREATE TABLE message_attachments (
    id         BIGSERIAL PRIMARY KEY,
    message_id BIGINT NOT NULL REFERENCES messages(id),
    file_name  TEXT NOT NULL CHECK (char_length(file_name) BETWEEN 1 AND 255),
    mime       TEXT NOT NULL DEFAULT 'application/octet-stream',
    size       BIGINT NOT NULL CHECK (size = octet_length(bytes)),
    sha256     TEXT NOT NULL,
    bytes      BYTEA NOT NULL,
    created_at BIGINT NOT NULL
);
-- @shared attachments_index

GRANT SELECT ON message_attachments TO sb_staff;
ALTER TABLE message_attachments ENABLE ROW LEVEL SECURITY;
CREATE POLICY message_attachments_read ON message_attachments FOR SELECT TO sb_staff
    USING (sb_received_message(message_id) OR sb_sent_message(message_id)
           OR (SELECT sb_keeps_broadcast_log()));

CREATE FUNCTION sb_guard_attachment_change() RETURNS trigger LANGUAGE plpgsql
SET search_path = pg_catalog, public AS $$
BEGIN
    RAISE EXCEPTION 'message attachments never change' USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER message_attachments_immutable BEFORE UPDATE OR DELETE ON message_attachments
    FOR EACH ROW EXECUTE FUNCTION sb_guard_attachment_change();

CREATE FUNCTION sb_attach_message_file(p_message_id BIGINT, p_file_name TEXT, p_mime TEXT,
                                       p_bytes BYTEA) RETURNS BIGINT
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    max_bytes BIGINT;
    sent_at BIGINT;
    new_id BIGINT;
BEGIN
    SELECT m.created_at INTO sent_at FROM public.messages m WHERE m.id = p_message_id
        AND (public.sb_caller_is_installer()
             OR (m.sender_id = public.sb_current_staff_id()
                 AND m.created_at > public.sb_now_ms() - 60000));
    IF sent_at IS NULL THEN
        RAISE EXCEPTION 'only the sender attaches a file, while sending the message'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF p_bytes IS NULL OR p_file_name IS NULL OR p_file_name ~ '[/\\]' OR p_file_name ~ '^\.\.?$' THEN
        RAISE EXCEPTION 'an attachment needs its bytes and a file name without a folder'
            USING ERRCODE = 'check_violation';
    END IF;
    SELECT s.value::BIGINT INTO max_bytes FROM public.settings s
        WHERE s.key = 'messaging.attachment_max_bytes' ORDER BY s.version DESC LIMIT 1;
    IF octet_length(p_bytes) > COALESCE(max_bytes, 20971520) THEN
        RAISE EXCEPTION 'attachment "%" is % bytes, more than messaging.attachment_max_bytes (% bytes)',
            p_file_name, octet_length(p_bytes), COALESCE(max_bytes, 20971520)
            USING ERRCODE = 'program_limit_exceeded';
    END IF;
    INSERT INTO public.message_attachments(message_id, file_name, mime, size, sha256, bytes,
                                           created_at)
    VALUES (p_message_id, p_file_name, COALESCE(NULLIF(p_mime, ''), 'application/octet-stream'),
            octet_length(p_bytes), encode(sha256(p_bytes), 'hex'), p_bytes, sent_at)
    RETURNING id INTO new_id;
    RETURN new_id;
END;
$$;
REVOKE ALL ON FUNCTION sb_attach_message_file(BIGINT, TEXT, TEXT, BYTEA) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION sb_attach_message_file(BIGINT, TEXT, TEXT, BYTEA) TO sb_staff;

-- @shared settings

-- Signalboard schema 46 (PostgreSQL): a message carries at most 10 attachments, as the compose
-- dialog and MessageAttachmentStore say; the server refuses the eleventh, whatever SQL a client
-- sends. sb_attach_message_file is otherwise as in schema 37. On SQLite the program is the guard
-- (MessageAttachmentStore::kMaxFiles): this number has no SQLite part.
CREATE OR REPLACE FUNCTION sb_attach_message_file(p_message_id BIGINT, p_file_name TEXT, p_mime TEXT,
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
    -- At most 10 files per message (MessageAttachmentStore::kMaxFiles): the message is locked
    -- so that two attaching at once cannot both pass the count.
    PERFORM 1 FROM public.messages m WHERE m.id = p_message_id FOR UPDATE;
    IF (SELECT count(*) FROM public.message_attachments a WHERE a.message_id = p_message_id) >= 10 THEN
        RAISE EXCEPTION 'a message carries at most 10 attachments'
            USING ERRCODE = 'program_limit_exceeded';
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

-- Signalboard schema 23 (PostgreSQL): the server guards message templates and the webhook
-- outbox, the last tables staff group roles could write without a check of the person's
-- permission.
--
-- Message templates: everyone reads them; writing needs broadcast.send (the compose
-- dialog's rule), whatever group the login is in.
ALTER TABLE message_templates ENABLE ROW LEVEL SECURITY;
CREATE POLICY message_templates_read ON message_templates FOR SELECT USING (true);
CREATE POLICY message_templates_insert ON message_templates FOR INSERT TO sb_staff
    WITH CHECK ((SELECT sb_has_permission('broadcast.send')));
CREATE POLICY message_templates_update ON message_templates FOR UPDATE TO sb_staff
    USING ((SELECT sb_has_permission('broadcast.send')))
    WITH CHECK ((SELECT sb_has_permission('broadcast.send')));
CREATE POLICY message_templates_delete ON message_templates FOR DELETE TO sb_staff
    USING ((SELECT sb_has_permission('broadcast.send')));

-- The webhook outbox. A delivery is queued by someone who may broadcast or announce an
-- incident, only to an enabled webhook target (never to any address a client names), as
-- pending, at the server's time. Delivery workers (any workstation of those groups) claim
-- rows and record attempts; what is delivered where never changes.
CREATE FUNCTION sb_guard_outbox_write() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, public AS $$
BEGIN
    IF public.sb_caller_is_installer() THEN
        RETURN NEW;
    END IF;
    IF TG_OP = 'INSERT' THEN
        IF NOT (public.sb_has_permission('broadcast.send') OR public.sb_has_permission('incidents.grade')) THEN
            RAISE EXCEPTION 'queuing a webhook delivery needs broadcast.send or incidents.grade'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF NOT EXISTS (SELECT 1 FROM public.webhook_targets w WHERE w.url = NEW.target AND w.enabled <> 0) THEN
            RAISE EXCEPTION 'webhook deliveries go only to enabled webhook targets'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        NEW.state := 'pending';
        NEW.attempts := 0;
        NEW.last_error := '';
        NEW.delivered_at := NULL;
        NEW.created_at := public.sb_now_ms();
        NEW.next_attempt_at := NEW.created_at;
        RETURN NEW;
    END IF;
    IF NEW.kind IS DISTINCT FROM OLD.kind OR NEW.target IS DISTINCT FROM OLD.target
       OR NEW.payload IS DISTINCT FROM OLD.payload OR NEW.created_at IS DISTINCT FROM OLD.created_at
       OR NEW.message_id IS DISTINCT FROM OLD.message_id THEN
        RAISE EXCEPTION 'a queued webhook delivery keeps its target and content'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER outbox_guard BEFORE INSERT OR UPDATE ON outbox FOR EACH ROW
    WHEN (current_user = session_user AND pg_catalog.pg_has_role(current_user, 'sb_staff', 'MEMBER'))
    EXECUTE FUNCTION sb_guard_outbox_write();

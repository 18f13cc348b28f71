-- Signalboard schema 13 (PostgreSQL): the server guards the ticket edits that are not lifecycle
-- steps (reassign, change priority, green channel), saved filters and the query log belong to
-- their owner, and knowledge-base links follow the tickets a login may see.

-- Reassigning the handler, changing the priority, the green channel (sb::TicketEdits). Staff logins hold no
-- UPDATE on tickets (migration 005), so these edits go through this function, like workflow
-- actions go through sb_workflow_apply. Checks, in this order (the same order TicketEdits
-- follows on SQLite, where the application is the guard):
--   1. the edit exists                  ('reassign', 'priority', 'green_channel')
--                                                                     22023 invalid_parameter_value
--   2. the caller holds its permission  (role or unexpired temporary grant; reassign needs
--      tickets.dispatch, priority tickets.bulk, green channel tickets.green_channel:
--      TicketEdits::permissionFor)
--                                                                     42501 insufficient_privilege
--   3. the value is valid               (an active staff member; priority 0 to 9, as
--      TicketEdits::MinPriority..MaxPriority; green channel 0 or 1)  22023 invalid_parameter_value
--   4. the ticket exists and the caller may see it (sb_can_see_ticket)  P0002 no_data_found
--   5. the caller saw the current version                             40001 serialization_failure
-- then updates the ticket (version + 1, updated_at) and appends the ticket_events row (actor,
-- time, note, data {"handler_id": n}, {"priority": n} or {"green_channel": 0|1}), all in the
-- caller's transaction. The actor is the caller's staff row and the time the server's; only the
-- installer may name another actor and the time. Returns the new version.
CREATE FUNCTION sb_ticket_edit(p_ticket_id BIGINT, p_expected_version BIGINT, p_action TEXT,
                               p_value BIGINT, p_note TEXT, p_actor BIGINT, p_now BIGINT)
RETURNS BIGINT LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    t public.tickets%ROWTYPE;
    installer BOOLEAN := public.sb_caller_is_installer();
    perm TEXT;
    col TEXT;
    actor BIGINT;
    at_ms BIGINT;
BEGIN
    IF p_action = 'reassign' THEN
        perm := 'tickets.dispatch';
        col := 'handler_id';
    ELSIF p_action = 'priority' THEN
        perm := 'tickets.bulk';
        col := 'priority';
    ELSIF p_action = 'green_channel' THEN
        perm := 'tickets.green_channel';
        col := 'green_channel';
    ELSE
        RAISE EXCEPTION 'there is no ticket edit "%": use reassign, priority or green_channel', p_action
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    PERFORM public.sb_require_permission(perm);
    IF installer THEN
        actor := p_actor;
        at_ms := COALESCE(p_now, public.sb_now_ms());
    ELSE
        actor := public.sb_current_staff_id();
        at_ms := public.sb_now_ms();
    END IF;
    IF p_value IS NULL THEN
        RAISE EXCEPTION 'the edit "%" needs a value', p_action
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF p_action = 'reassign' AND NOT EXISTS (
            SELECT 1 FROM public.staff s WHERE s.id = p_value AND s.status = 'active') THEN
        RAISE EXCEPTION 'there is no active staff member % to hand ticket % to', p_value, p_ticket_id
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF p_action = 'priority' AND (p_value < 0 OR p_value > 9) THEN
        RAISE EXCEPTION 'priority % is out of range: use 0 to 9', p_value
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF p_action = 'green_channel' AND p_value NOT IN (0, 1) THEN
        RAISE EXCEPTION 'green channel % is neither 0 (off) nor 1 (on)', p_value
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    SELECT * INTO t FROM public.tickets WHERE id = p_ticket_id FOR UPDATE;
    IF NOT FOUND OR public.sb_can_see_ticket(t.handler_id, t.team_id, t.registered_by) IS NOT TRUE THEN
        RAISE EXCEPTION 'ticket % does not exist or is not yours to change', p_ticket_id
            USING ERRCODE = 'no_data_found';
    END IF;
    IF p_expected_version IS NULL OR t.version <> p_expected_version THEN
        RAISE EXCEPTION 'ticket % was changed by someone else (version % now, % expected)', p_ticket_id, t.version, p_expected_version
            USING ERRCODE = 'serialization_failure';
    END IF;
    IF p_action = 'reassign' THEN
        UPDATE public.tickets SET handler_id = p_value, version = t.version + 1, updated_at = at_ms
        WHERE id = p_ticket_id;
    ELSIF p_action = 'priority' THEN
        UPDATE public.tickets SET priority = p_value, version = t.version + 1, updated_at = at_ms
        WHERE id = p_ticket_id;
    ELSE
        UPDATE public.tickets SET green_channel = p_value, version = t.version + 1,
            updated_at = at_ms
        WHERE id = p_ticket_id;
    END IF;
    -- data exactly as the SQLite path writes it (compact JSON).
    INSERT INTO public.ticket_events(ticket_id, at, actor_id, action, from_state, to_state, note, data)
    VALUES (p_ticket_id, at_ms, actor, p_action, t.state, t.state, COALESCE(p_note, ''),
            format('{"%s":%s}', col, p_value));
    RETURN t.version + 1;
END;
$$;
REVOKE ALL ON FUNCTION sb_ticket_edit(BIGINT, BIGINT, TEXT, BIGINT, TEXT, BIGINT, BIGINT) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION sb_ticket_edit(BIGINT, BIGINT, TEXT, BIGINT, TEXT, BIGINT, BIGINT) TO sb_staff;

-- Saved filters are personal: a login sees, changes and deletes only its own, and saves new
-- ones only under its own staff id. (The table owner, i.e. the installer, is not subject to it.)
ALTER TABLE saved_filters ENABLE ROW LEVEL SECURITY;
CREATE POLICY saved_filters_own ON saved_filters FOR ALL TO sb_staff
    USING (staff_id = (SELECT sb_current_staff_id()))
    WITH CHECK (staff_id = (SELECT sb_current_staff_id()));

-- The query log says who searched for what: a login logs only under its own staff id, and
-- only the groups granted SELECT in migration 012 read it.
ALTER TABLE query_log ENABLE ROW LEVEL SECURITY;
CREATE POLICY query_log_read ON query_log FOR SELECT TO sb_supervisor, sb_manager, sb_admin
    USING (true);
CREATE POLICY query_log_insert ON query_log FOR INSERT TO sb_staff
    WITH CHECK (staff_id IS NOT DISTINCT FROM (SELECT sb_current_staff_id()));

-- Knowledge-base links (migration 006) follow the tickets a login may see (the tickets policies
-- of migration 005 apply inside EXISTS), and a new link names the login itself as linked_by.
-- Attachments already have the same read and insert policies (migration 005) and grants (001).
ALTER TABLE ticket_kb_links ENABLE ROW LEVEL SECURITY;
CREATE POLICY ticket_kb_links_read ON ticket_kb_links FOR SELECT TO sb_staff
    USING (EXISTS (SELECT 1 FROM tickets t WHERE t.id = ticket_id));
CREATE POLICY ticket_kb_links_insert ON ticket_kb_links FOR INSERT TO sb_staff
    WITH CHECK (linked_by IS NOT DISTINCT FROM (SELECT sb_current_staff_id())
                AND EXISTS (SELECT 1 FROM tickets t WHERE t.id = ticket_id));
CREATE POLICY ticket_kb_links_delete ON ticket_kb_links FOR DELETE TO sb_staff
    USING (EXISTS (SELECT 1 FROM tickets t WHERE t.id = ticket_id));

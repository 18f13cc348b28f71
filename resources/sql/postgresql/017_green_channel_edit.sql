-- Signalboard schema 17 (PostgreSQL): sb_ticket_edit (migration 013) also puts a ticket on the
-- green channel or takes it off ('green_channel', value 0 or 1, permission
-- tickets.green_channel; data {"green_channel": 0|1}); everything else is as in 013.
CREATE OR REPLACE FUNCTION sb_ticket_edit(p_ticket_id BIGINT, p_expected_version BIGINT, p_action TEXT,
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

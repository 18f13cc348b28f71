-- Signalboard schema 43 (PostgreSQL): erasure of a customer's personal data, guarded by the
-- server. A customer is found by their customer id or service number (phone or account
-- number), compared on the server: staff cannot read either column. Their tickets are
-- anonymised in place: both identifiers emptied, every occurrence of the value in the
-- ticket's subject, description, extra data and timeline notes replaced by "[erased]"; the
-- rest of each ticket stays. Staff logins write nothing directly: sb_erase_customer checks
-- personal_data.erase, stamps the server time, bumps each ticket's version and records the
-- request in the audit log (field, reference, count: never the value itself). The tickets'
-- own triggers tell other workstations through change_log.
-- @shared permissions

INSERT INTO sb_audit_action_rules (action, prefix, permissions) VALUES
    ('personal_data.erase', false, ARRAY['personal_data.erase'])
    ON CONFLICT DO NOTHING;

-- Erases (or with p_dry_run only counts) the personal data of the customer whose `p_field`
-- ('customer_id' or 'service_number') is `p_value`. Returns the number of tickets.
CREATE FUNCTION sb_erase_customer(p_field TEXT, p_value TEXT, p_reference TEXT,
    p_dry_run BOOLEAN)
RETURNS BIGINT LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    v TEXT := btrim(COALESCE(p_value, ''));
    ref TEXT := btrim(COALESCE(p_reference, ''));
    now_ms BIGINT := public.sb_now_ms();
    ids BIGINT[];
    n BIGINT;
BEGIN
    PERFORM public.sb_require_permission('personal_data.erase');
    IF p_field IS NULL OR p_field NOT IN ('customer_id', 'service_number') THEN
        RAISE EXCEPTION 'field: customer_id or service_number' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF length(v) < 4 OR length(v) > 200 THEN
        RAISE EXCEPTION 'value: 4 to 200 characters' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF ref = '' OR length(ref) > 200 THEN
        RAISE EXCEPTION 'reference: the request''s reference, at most 200 characters' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF p_field = 'customer_id' THEN
        SELECT array_agg(t.id ORDER BY t.id) INTO ids FROM public.tickets t WHERE t.customer_id = v;
    ELSE
        SELECT array_agg(t.id ORDER BY t.id) INTO ids FROM public.tickets t WHERE t.service_number = v;
    END IF;
    n := COALESCE(cardinality(ids), 0);
    IF p_dry_run OR n = 0 THEN
        RETURN n;
    END IF;
    UPDATE public.tickets t
       SET customer_id = '', service_number = '',
           subject = replace(t.subject, v, '[erased]'),
           description = replace(t.description, v, '[erased]'),
           extra = replace(t.extra, v, '[erased]'),
           version = t.version + 1, updated_at = now_ms
     WHERE t.id = ANY (ids);
    UPDATE public.ticket_events e
       SET note = replace(e.note, v, '[erased]'), data = replace(e.data, v, '[erased]')
     WHERE e.ticket_id = ANY (ids) AND (strpos(e.note, v) > 0 OR strpos(e.data, v) > 0);
    PERFORM public.sb_audit('personal_data.erase', 'customer', NULL,
        jsonb_build_object('field', p_field, 'reference', ref, 'tickets', n));
    RETURN n;
END;
$$;
REVOKE ALL ON FUNCTION sb_erase_customer(TEXT, TEXT, TEXT, BOOLEAN) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION sb_erase_customer(TEXT, TEXT, TEXT, BOOLEAN) TO sb_staff;

-- Signalboard schema 3 (PostgreSQL): ticket workflow — business calendar, deadline rules,
-- data-driven lifecycle, deadline urging. Times are milliseconds since the epoch (UTC).

-- Exceptions to the weekly pattern: public holidays and make-up working days (调休).
CREATE TABLE calendar_days (
    date       TEXT PRIMARY KEY CHECK (length(date) = 10),
    kind       TEXT NOT NULL CHECK (kind IN ('holiday', 'workday')),
    name       TEXT NOT NULL DEFAULT '',
    updated_by TEXT NOT NULL DEFAULT '',
    updated_at BIGINT NOT NULL DEFAULT 0
);

-- Deadlines per ticket kind, channel, category and customer tier ('*' = any).
-- unit 'day' with clock 'working' means working days; 'wall' counts every hour.
-- anchor_action '' counts from received_at, otherwise from the first event with that action.
-- met_by: comma-separated actions whose first event meets the milestone.
CREATE TABLE deadline_rules (
    id            BIGSERIAL PRIMARY KEY,
    ticket_kind   TEXT NOT NULL DEFAULT '*',
    channel       TEXT NOT NULL DEFAULT '*',
    category      TEXT NOT NULL DEFAULT '*',
    tier          TEXT NOT NULL DEFAULT '*',
    milestone     TEXT NOT NULL,
    duration      BIGINT NOT NULL CHECK (duration >= 0),
    unit          TEXT NOT NULL CHECK (unit IN ('second', 'minute', 'hour', 'day')),
    clock         TEXT NOT NULL CHECK (clock IN ('wall', 'working')),
    warn_lead     BIGINT NOT NULL DEFAULT 0 CHECK (warn_lead >= 0),
    anchor_action TEXT NOT NULL DEFAULT '',
    met_by        TEXT NOT NULL DEFAULT '',
    enabled       BIGINT NOT NULL DEFAULT 1,
    updated_by    TEXT NOT NULL DEFAULT '',
    updated_at    BIGINT NOT NULL DEFAULT 0,
    UNIQUE (ticket_kind, channel, category, tier, milestone)
);

CREATE TABLE workflow_states (
    flow         TEXT NOT NULL,
    key          TEXT NOT NULL,
    name         TEXT NOT NULL,
    name_zh      TEXT NOT NULL DEFAULT '',
    initial_for  TEXT NOT NULL DEFAULT '' CHECK (initial_for IN ('', 'new', 'appeal')),
    is_final     BIGINT NOT NULL DEFAULT 0,
    pauses_clock BIGINT NOT NULL DEFAULT 0,
    sort_order   BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (flow, key)
);

CREATE TABLE workflow_actions (
    flow       TEXT NOT NULL,
    key        TEXT NOT NULL,
    from_state TEXT NOT NULL,
    to_state   TEXT,
    permission TEXT NOT NULL,
    effect     TEXT NOT NULL DEFAULT ''
        CHECK (effect IN ('', 'valid', 'invalid', 'assign', 'unassign', 'escalate', 'satisfaction', 'appeal')),
    name       TEXT NOT NULL,
    name_zh    TEXT NOT NULL DEFAULT '',
    sort_order BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (flow, key, from_state),
    FOREIGN KEY (flow, from_state) REFERENCES workflow_states(flow, key),
    FOREIGN KEY (flow, to_state) REFERENCES workflow_states(flow, key)
);

CREATE TABLE workflow_action_fields (
    flow       TEXT NOT NULL,
    action     TEXT NOT NULL,
    field      TEXT NOT NULL,
    type       TEXT NOT NULL CHECK (type IN ('text', 'integer', 'choice', 'staff', 'team')),
    required   BIGINT NOT NULL DEFAULT 0,
    choices    TEXT NOT NULL DEFAULT '',
    min_value  BIGINT,
    max_value  BIGINT,
    sort_order BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (flow, action, field)
);

-- One urge per (ticket, milestone, kind), whichever workstation notices first.
CREATE TABLE deadline_urges (
    ticket_id BIGINT NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
    milestone TEXT NOT NULL,
    kind      TEXT NOT NULL CHECK (kind IN ('warning', 'overdue')),
    due_at    BIGINT NOT NULL,
    at        BIGINT NOT NULL,
    PRIMARY KEY (ticket_id, milestone, kind)
);

-- @shared ticket_events_action_index

CREATE TRIGGER deadline_rules_c AFTER INSERT OR UPDATE OR DELETE ON deadline_rules
    FOR EACH ROW EXECUTE FUNCTION sb_log_change('deadline_rule', 'id');

GRANT SELECT ON calendar_days, deadline_rules, workflow_states, workflow_actions,
    workflow_action_fields, deadline_urges TO sb_staff;
GRANT INSERT ON deadline_urges TO sb_staff;
GRANT INSERT, UPDATE, DELETE ON calendar_days, deadline_rules, workflow_states,
    workflow_actions, workflow_action_fields TO sb_admin;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO sb_staff;

-- The server is the guard for workflow actions: clients without UPDATE on tickets (migration
-- 005 revokes it) apply actions through this function. It locks the ticket, checks that the
-- caller may see it, the version the caller saw, the action from the ticket's state and its
-- permission (sb_* helpers of migration 005), the required fields, the tier limit, then applies
-- the state and effect and writes the event — all in the caller's transaction. The actor is
-- the caller's staff row; only the installer may name another actor and the time.
-- Returns JSON text: {"version", "event_id", "appeal_ticket", "to_state"}.
CREATE FUNCTION sb_workflow_apply(p_ticket_id BIGINT, p_expected_version BIGINT, p_action TEXT,
                                  p_fields TEXT, p_note TEXT, p_actor BIGINT, p_now BIGINT)
RETURNS TEXT LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    t public.tickets%ROWTYPE;
    a public.workflow_actions%ROWTYPE;
    f JSONB;
    fld RECORD;
    installer BOOLEAN := public.sb_caller_is_installer();
    actor BIGINT;
    at_ms BIGINT;
    new_state TEXT;
    max_tier BIGINT;
    appeal_state TEXT;
    appeal_id BIGINT;
    event_id BIGINT;
BEGIN
    BEGIN
        f := COALESCE(NULLIF(p_fields, ''), '{}')::jsonb;
    EXCEPTION WHEN others THEN
        RAISE EXCEPTION 'the action fields are not valid JSON' USING ERRCODE = 'invalid_parameter_value';
    END;
    IF jsonb_typeof(f) <> 'object' THEN
        RAISE EXCEPTION 'the action fields must be a JSON object' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF installer THEN
        actor := p_actor;
        at_ms := COALESCE(p_now, public.sb_now_ms());
    ELSE
        actor := public.sb_current_staff_id();
        at_ms := public.sb_now_ms();
    END IF;
    SELECT * INTO t FROM public.tickets WHERE id = p_ticket_id FOR UPDATE;
    IF NOT FOUND OR public.sb_can_see_ticket(t.handler_id, t.team_id, t.registered_by) IS NOT TRUE THEN
        RAISE EXCEPTION 'ticket % does not exist or is not yours to change', p_ticket_id
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF t.version <> p_expected_version THEN
        RAISE EXCEPTION 'ticket % was changed by someone else (version % now, % expected)', p_ticket_id, t.version, p_expected_version
            USING ERRCODE = 'serialization_failure';
    END IF;
    SELECT * INTO a FROM public.workflow_actions
    WHERE flow = t.kind AND key = p_action AND from_state = t.state;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'action "%" is not possible on a % in state "%"', p_action, t.kind, t.state
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    PERFORM public.sb_require_permission(a.permission);
    FOR fld IN SELECT field FROM public.workflow_action_fields
               WHERE flow = t.kind AND action = p_action AND required = 1 LOOP
        IF btrim(COALESCE(f ->> fld.field, '')) = '' THEN
            RAISE EXCEPTION 'action "%" needs the field "%"', p_action, fld.field
                USING ERRCODE = 'invalid_parameter_value';
        END IF;
    END LOOP;
    new_state := COALESCE(a.to_state, t.state);
    BEGIN
        IF a.effect = 'valid' THEN
            t.validity := 'valid';
        ELSIF a.effect = 'invalid' THEN
            t.validity := 'invalid';
        ELSIF a.effect = 'assign' THEN
            t.department := COALESCE(f ->> 'department', t.department);
            t.team_id := COALESCE((f ->> 'team_id')::BIGINT, t.team_id);
            t.handler_id := COALESCE((f ->> 'handler_id')::BIGINT, t.handler_id);
            t.support_tier := COALESCE((f ->> 'support_tier')::BIGINT, t.support_tier);
        ELSIF a.effect = 'unassign' THEN
            t.handler_id := NULL;
        ELSIF a.effect = 'escalate' THEN
            t.handler_id := COALESCE((f ->> 'handler_id')::BIGINT, t.handler_id);
            t.support_tier := t.support_tier + 1;
        ELSIF a.effect = 'satisfaction' THEN
            t.satisfaction := (f ->> 'score')::BIGINT;
        ELSIF a.effect = 'appeal' THEN
            t.appeal_count := t.appeal_count + 1;
        END IF;
    EXCEPTION WHEN invalid_text_representation OR numeric_value_out_of_range THEN
        RAISE EXCEPTION 'action "%": a number field is not a whole number', p_action
            USING ERRCODE = 'invalid_parameter_value';
    END;
    SELECT COALESCE((SELECT value::BIGINT FROM public.settings WHERE key = 'workflow.max_support_tier'
                     ORDER BY version DESC LIMIT 1), 3) INTO max_tier;
    IF t.support_tier > max_tier OR t.support_tier < 1 THEN
        RAISE EXCEPTION 'there is no support tier %: the highest is %', t.support_tier, max_tier
            USING ERRCODE = 'check_violation';
    END IF;
    UPDATE public.tickets SET state = new_state, version = t.version + 1, updated_at = at_ms,
        validity = t.validity, department = t.department, team_id = t.team_id,
        handler_id = t.handler_id, support_tier = t.support_tier, satisfaction = t.satisfaction,
        appeal_count = t.appeal_count
    WHERE id = p_ticket_id;
    IF a.effect = 'appeal' THEN
        SELECT key INTO appeal_state FROM public.workflow_states
        WHERE flow = t.kind AND initial_for = 'appeal';
        IF appeal_state IS NULL THEN
            RAISE EXCEPTION 'the % workflow has no state for new appeals', t.kind
                USING ERRCODE = 'invalid_parameter_value';
        END IF;
        INSERT INTO public.tickets(kind, source, external_id, received_at, received_offset,
            channel, customer_tier, problem_type, customer_id, service_number, category, subject,
            description, region, state, appeal_of, registered_by, extra, updated_at)
        VALUES (t.kind, 'appeal', NULL, at_ms, t.received_offset,
            COALESCE(NULLIF(btrim(f ->> 'channel'), ''), t.channel), t.customer_tier,
            t.problem_type, t.customer_id, t.service_number, t.category, t.subject,
            btrim(COALESCE(f ->> 'reason', '')), t.region, appeal_state, t.id, actor,
            jsonb_strip_nulls(jsonb_build_object('appeal_reason', btrim(COALESCE(f ->> 'reason', '')),
                'skip_level', CASE WHEN f ? 'skip_level' THEN (f ->> 'skip_level') <> '0' END))::TEXT,
            at_ms)
        RETURNING id INTO appeal_id;
        INSERT INTO public.ticket_events(ticket_id, at, actor_id, action, from_state, to_state, note, data)
        VALUES (appeal_id, at_ms, actor, 'register_appeal', NULL, appeal_state, COALESCE(p_note, ''),
                jsonb_build_object('appeal_of', t.id)::TEXT);
        f := f || jsonb_build_object('appeal_ticket', appeal_id);
    END IF;
    INSERT INTO public.ticket_events(ticket_id, at, actor_id, action, from_state, to_state, note, data)
    VALUES (p_ticket_id, at_ms, actor, p_action, t.state, new_state, COALESCE(p_note, ''), f::TEXT)
    RETURNING id INTO event_id;
    RETURN jsonb_build_object('version', t.version + 1, 'event_id', event_id,
                              'appeal_ticket', appeal_id, 'to_state', new_state)::TEXT;
END;
$$;
REVOKE ALL ON FUNCTION sb_workflow_apply(BIGINT, BIGINT, TEXT, TEXT, TEXT, BIGINT, BIGINT) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION sb_workflow_apply(BIGINT, BIGINT, TEXT, TEXT, TEXT, BIGINT, BIGINT) TO sb_staff;

-- @shared deadline_defaults

-- @shared ticket_permissions

-- @shared lifecycle

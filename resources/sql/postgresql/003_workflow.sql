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

CREATE INDEX ticket_events_action ON ticket_events(ticket_id, action);

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

-- Business calendar: weekly pattern and time zone (see src/core/workflow/businesscalendar.h).
-- Default Monday to Friday 09:00-18:00, no lunch break, Asia/Shanghai.
INSERT INTO settings(key, version, value, changed_by, changed_at) VALUES
    ('workflow.calendar', 1, '{"timeZone":"Asia/Shanghai","week":{"mon":["09:00-18:00"],"tue":["09:00-18:00"],"wed":["09:00-18:00"],"thu":["09:00-18:00"],"fri":["09:00-18:00"],"sat":[],"sun":[]},"makeUpDayHours":["09:00-18:00"]}', 'migration 003', 0),
    ('workflow.max_support_tier', 1, '3', 'migration 003', 0);

-- docs/spec/DOMAIN.md section 2 defaults. The most specific matching rule per milestone wins: most
-- non-wildcard fields first, then channel > category > tier > ticket kind.
-- warn_lead is in seconds of the rule's own clock (working seconds for working rules).
INSERT INTO deadline_rules(ticket_kind, channel, category, tier, milestone, duration, unit, clock,
                           warn_lead, anchor_action, met_by) VALUES
    ('*', 'chat', '*', '*', 'first_response', 30, 'second', 'wall', 10, '', 'respond,reply'),
    ('*', 'email', '*', '*', 'acknowledged', 2, 'hour', 'working', 1800, '', 'respond,review_valid,review_invalid,reply'),
    ('*', 'phone', '*', '*', 'callback', 24, 'hour', 'wall', 7200, '', 'respond,reply'),
    ('complaint', '*', '*', '*', 'investigation_started', 24, 'hour', 'wall', 14400, '', 'accept'),
    ('complaint', '*', '*', '*', 'first_response', 48, 'hour', 'wall', 14400, '', 'respond,reply'),
    ('complaint', '*', '*', '*', 'investigation_done', 3, 'day', 'working', 14400, '', 'conclude,reply'),
    ('complaint', '*', '*', '*', 'final_reply', 7, 'day', 'working', 32400, '', 'reply'),
    ('*', 'chat', '*', '*', 'result_sent', 24, 'hour', 'wall', 7200, 'conclude', 'reply'),
    ('*', 'email', '*', '*', 'result_sent', 24, 'hour', 'wall', 7200, 'conclude', 'reply'),
    ('*', 'phone', '*', '*', 'result_sent', 24, 'hour', 'wall', 7200, 'conclude', 'reply');

-- The ticket permission keys the actions below name. Migration 005 (security) ships the same
-- keys in its permission tree; whichever runs first inserts them, the other does nothing.
INSERT INTO permissions(key, parent_key, description) VALUES ('tickets', NULL, 'Tickets: every ticket action')
    ON CONFLICT (key) DO NOTHING;
INSERT INTO permissions(key, parent_key, description) VALUES
    ('tickets.review', 'tickets', 'Review: mark valid or invalid'),
    ('tickets.dispatch', 'tickets', 'Dispatch to a department, team or tier'),
    ('tickets.accept', 'tickets', 'Accept a dispatched ticket'),
    ('tickets.handle', 'tickets', 'Record handling progress'),
    ('tickets.return', 'tickets', 'Return a ticket with a reason'),
    ('tickets.escalate', 'tickets', 'Escalate to the next tier'),
    ('tickets.urge', 'tickets', 'Urge the handler'),
    ('tickets.reply', 'tickets', 'Reply to the customer'),
    ('tickets.revisit', 'tickets', 'Revisit and record satisfaction'),
    ('tickets.close', 'tickets', 'Close a ticket'),
    ('tickets.appeal', 'tickets', 'Register and verify appeals')
    ON CONFLICT (key) DO NOTHING;

-- Lifecycle (docs/spec/DOMAIN.md section 2). initial_for: the state a new ticket ('new') or a new
-- appeal ('appeal') starts in. pauses_clock: time in this state does not count against
-- deadlines (waiting for the customer).
INSERT INTO workflow_states(flow, key, name, name_zh, initial_for, is_final, pauses_clock, sort_order) VALUES
    ('complaint', 'registered', 'Registered', '已受理', 'new', 0, 0, 10),
    ('complaint', 'reviewed', 'Reviewed', '已复核', '', 0, 0, 20),
    ('complaint', 'dispatched', 'Dispatched', '已派单', '', 0, 0, 30),
    ('complaint', 'in_progress', 'In progress', '处理中', '', 0, 0, 40),
    ('complaint', 'waiting_customer', 'Waiting for the customer', '等待客户', '', 0, 1, 45),
    ('complaint', 'replied', 'Replied', '已回复', '', 0, 0, 50),
    ('complaint', 'revisited', 'Revisited', '已回访', '', 0, 0, 60),
    ('complaint', 'closed', 'Closed', '已关闭', '', 1, 0, 70),
    ('complaint', 'appeal_registered', 'Appeal registered', '申诉已登记', 'appeal', 0, 0, 80),
    ('complaint', 'appeal_verified', 'Appeal verified', '申诉已核实', '', 0, 0, 90),
    ('suggestion', 'registered', 'Registered', '已受理', 'new', 0, 0, 10),
    ('suggestion', 'in_progress', 'In progress', '处理中', '', 0, 0, 40),
    ('suggestion', 'replied', 'Replied', '已回复', '', 0, 0, 50),
    ('suggestion', 'closed', 'Closed', '已关闭', '', 1, 0, 70);

-- One row per (action, from state); to_state NULL keeps the state. effect names what the
-- action does to the ticket besides its state (see src/core/workflow/workflow.h).
INSERT INTO workflow_actions(flow, key, from_state, to_state, permission, effect, name, name_zh, sort_order) VALUES
    ('complaint', 'review_valid', 'registered', 'reviewed', 'tickets.review', 'valid', 'Valid', '复核有效', 10),
    ('complaint', 'review_invalid', 'registered', 'closed', 'tickets.review', 'invalid', 'Invalid', '复核无效', 11),
    ('complaint', 'dispatch', 'reviewed', 'dispatched', 'tickets.dispatch', 'assign', 'Dispatch', '派单', 20),
    ('complaint', 'dispatch', 'appeal_verified', 'dispatched', 'tickets.dispatch', 'assign', 'Dispatch', '派单', 20),
    ('complaint', 'accept', 'dispatched', 'in_progress', 'tickets.accept', '', 'Start handling', '开始处理', 30),
    ('complaint', 'return', 'dispatched', 'reviewed', 'tickets.return', 'unassign', 'Return', '退单', 31),
    ('complaint', 'return', 'in_progress', 'reviewed', 'tickets.return', 'unassign', 'Return', '退单', 31),
    ('complaint', 'record', 'in_progress', NULL, 'tickets.handle', '', 'Record opinion', '记录处理意见', 32),
    ('complaint', 'conclude', 'in_progress', NULL, 'tickets.handle', '', 'Investigation done', '调查完成', 33),
    ('complaint', 'overdue_reason', 'in_progress', NULL, 'tickets.handle', '', 'Overdue reason', '超时原因', 34),
    ('complaint', 'escalate', 'in_progress', NULL, 'tickets.escalate', 'escalate', 'Escalate', '升级', 35),
    ('complaint', 'wait_customer', 'in_progress', 'waiting_customer', 'tickets.handle', '', 'Wait for the customer', '等待客户', 36),
    ('complaint', 'customer_replied', 'waiting_customer', 'in_progress', 'tickets.handle', '', 'Customer replied', '客户已回应', 37),
    ('complaint', 'urge', 'dispatched', NULL, 'tickets.urge', '', 'Urge', '催办', 38),
    ('complaint', 'urge', 'in_progress', NULL, 'tickets.urge', '', 'Urge', '催办', 38),
    ('complaint', 'urge', 'waiting_customer', NULL, 'tickets.urge', '', 'Urge', '催办', 38),
    ('complaint', 'respond', 'registered', NULL, 'tickets.handle', '', 'Respond to the customer', '首次响应', 39),
    ('complaint', 'respond', 'reviewed', NULL, 'tickets.handle', '', 'Respond to the customer', '首次响应', 39),
    ('complaint', 'respond', 'dispatched', NULL, 'tickets.handle', '', 'Respond to the customer', '首次响应', 39),
    ('complaint', 'respond', 'in_progress', NULL, 'tickets.handle', '', 'Respond to the customer', '首次响应', 39),
    ('complaint', 'respond', 'waiting_customer', NULL, 'tickets.handle', '', 'Respond to the customer', '首次响应', 39),
    ('complaint', 'reply', 'in_progress', 'replied', 'tickets.reply', '', 'Reply', '回复', 40),
    ('complaint', 'revisit', 'replied', 'revisited', 'tickets.revisit', 'satisfaction', 'Revisit', '回访', 50),
    ('complaint', 'close_satisfied', 'revisited', 'closed', 'tickets.close', '', 'Close (satisfied)', '关闭（满意）', 60),
    ('complaint', 'close_unsatisfied', 'revisited', 'closed', 'tickets.close', '', 'Close (unsatisfied)', '关闭（不满意）', 61),
    ('complaint', 'appeal', 'replied', NULL, 'tickets.appeal', 'appeal', 'Appeal', '申诉', 70),
    ('complaint', 'appeal', 'revisited', NULL, 'tickets.appeal', 'appeal', 'Appeal', '申诉', 70),
    ('complaint', 'appeal', 'closed', NULL, 'tickets.appeal', 'appeal', 'Appeal', '申诉', 70),
    ('complaint', 'verify_appeal', 'appeal_registered', 'appeal_verified', 'tickets.appeal', '', 'Verify appeal', '核实申诉', 80),
    ('complaint', 'withdraw_appeal', 'appeal_verified', 'closed', 'tickets.appeal', '', 'Withdraw appeal', '撤销申诉', 81),
    ('suggestion', 'review_invalid', 'registered', 'closed', 'tickets.review', 'invalid', 'Invalid', '复核无效', 11),
    ('suggestion', 'dispatch', 'registered', 'in_progress', 'tickets.dispatch', 'assign', 'Dispatch', '派单', 20),
    ('suggestion', 'return', 'in_progress', 'registered', 'tickets.return', 'unassign', 'Return', '退单', 31),
    ('suggestion', 'respond', 'registered', NULL, 'tickets.handle', '', 'Respond to the customer', '首次响应', 39),
    ('suggestion', 'respond', 'in_progress', NULL, 'tickets.handle', '', 'Respond to the customer', '首次响应', 39),
    ('suggestion', 'reply', 'in_progress', 'replied', 'tickets.reply', '', 'Reply', '回复', 40),
    ('suggestion', 'close', 'replied', 'closed', 'tickets.close', '', 'Close', '关闭', 60);

-- type: text, integer (min_value..max_value), choice (one of choices), staff (staff id),
-- team (team id). required: 1 = must be given and not blank.
INSERT INTO workflow_action_fields(flow, action, field, type, required, choices, min_value, max_value, sort_order) VALUES
    ('complaint', 'review_invalid', 'reason', 'text', 1, '', NULL, NULL, 1),
    ('complaint', 'dispatch', 'dispatch_opinion', 'text', 1, '', NULL, NULL, 1),
    ('complaint', 'dispatch', 'department', 'text', 1, '', NULL, NULL, 2),
    ('complaint', 'dispatch', 'team_id', 'team', 0, '', NULL, NULL, 3),
    ('complaint', 'dispatch', 'handler_id', 'staff', 0, '', NULL, NULL, 4),
    ('complaint', 'dispatch', 'support_tier', 'integer', 0, '', 1, 3, 5),
    ('complaint', 'return', 'reason', 'text', 1, '', NULL, NULL, 1),
    ('complaint', 'record', 'opinion', 'text', 1, '', NULL, NULL, 1),
    ('complaint', 'conclude', 'findings', 'text', 1, '', NULL, NULL, 1),
    ('complaint', 'overdue_reason', 'reason', 'text', 1, '', NULL, NULL, 1),
    ('complaint', 'escalate', 'reason', 'text', 1, '', NULL, NULL, 1),
    ('complaint', 'escalate', 'handler_id', 'staff', 0, '', NULL, NULL, 2),
    ('complaint', 'wait_customer', 'reason', 'text', 1, '', NULL, NULL, 1),
    ('complaint', 'urge', 'note', 'text', 0, '', NULL, NULL, 1),
    ('complaint', 'respond', 'message', 'text', 1, '', NULL, NULL, 1),
    ('complaint', 'reply', 'problem_summary', 'text', 1, '', NULL, NULL, 1),
    ('complaint', 'reply', 'solution', 'text', 1, '', NULL, NULL, 2),
    ('complaint', 'reply', 'follow_up', 'text', 0, '', NULL, NULL, 3),
    ('complaint', 'reply', 'service_staff', 'text', 1, '', NULL, NULL, 4),
    ('complaint', 'reply', 'service_time', 'text', 0, '', NULL, NULL, 5),
    ('complaint', 'revisit', 'satisfaction', 'choice', 1, 'very_satisfied,satisfied,neutral,unsatisfied,very_unsatisfied', NULL, NULL, 1),
    ('complaint', 'revisit', 'score', 'integer', 1, '', 1, 5, 2),
    ('complaint', 'close_unsatisfied', 'reason', 'text', 1, '', NULL, NULL, 1),
    ('complaint', 'appeal', 'reason', 'text', 1, '', NULL, NULL, 1),
    ('complaint', 'appeal', 'channel', 'choice', 0, 'phone,chat,email,social,letter,walk_in,hotline,media,consumer_association,headquarters,transfer,other', NULL, NULL, 2),
    ('complaint', 'appeal', 'skip_level', 'integer', 0, '', 0, 1, 3),
    ('complaint', 'verify_appeal', 'findings', 'text', 1, '', NULL, NULL, 1),
    ('complaint', 'withdraw_appeal', 'reply', 'text', 1, '', NULL, NULL, 1),
    ('suggestion', 'review_invalid', 'reason', 'text', 1, '', NULL, NULL, 1),
    ('suggestion', 'dispatch', 'dispatch_opinion', 'text', 1, '', NULL, NULL, 1),
    ('suggestion', 'dispatch', 'department', 'text', 1, '', NULL, NULL, 2),
    ('suggestion', 'dispatch', 'team_id', 'team', 0, '', NULL, NULL, 3),
    ('suggestion', 'dispatch', 'handler_id', 'staff', 0, '', NULL, NULL, 4),
    ('suggestion', 'return', 'reason', 'text', 1, '', NULL, NULL, 1),
    ('suggestion', 'respond', 'message', 'text', 1, '', NULL, NULL, 1),
    ('suggestion', 'reply', 'problem_summary', 'text', 1, '', NULL, NULL, 1),
    ('suggestion', 'reply', 'solution', 'text', 1, '', NULL, NULL, 2),
    ('suggestion', 'reply', 'follow_up', 'text', 0, '', NULL, NULL, 3);

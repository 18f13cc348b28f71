-- Signalboard schema 21 (PostgreSQL): the server guards incidents, their timelines and the
-- actions an audit row may name. Same pattern as schema 20: guard triggers fire on
-- statements a staff login runs itself; the installer is trusted.
--
-- Who writes incidents:
--  - the grading engine, on every workstation whose login sees every complaint
--    (tickets.read_all): it opens an incident (never in the future; on a burst only with a
--    complaint of that type in the hour before, on the affected share from the monitoring
--    metrics), raises its grade and closes it when the volume has passed; its timeline lines
--    have no actor;
--  - people, each step with its own permission: grading (incidents.grade; a written override
--    reason needs incidents.override), resolving with a summary (incidents.resolve), the
--    post-incident grade (incidents.post_grade) and the knowledge-base entry (kb.edit).
-- Every change raises the version by one; a resolved incident never reopens; the problem
-- type, class and opening time never change.

REVOKE UPDATE, DELETE ON incident_events FROM sb_staff;
REVOKE DELETE ON incidents FROM sb_staff;

CREATE FUNCTION sb_runs_grading_engine() RETURNS BOOLEAN LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, public AS $$
    SELECT public.sb_has_permission('tickets.read_all') OR public.sb_has_permission('incidents.grade')
$$;
REVOKE ALL ON FUNCTION sb_runs_grading_engine() FROM PUBLIC;

CREATE FUNCTION sb_guard_incident_write() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, public AS $$
DECLARE
    now_ms BIGINT := public.sb_now_ms();
    by_hand BOOLEAN;
BEGIN
    IF public.sb_caller_is_installer() THEN
        RETURN NEW;
    END IF;
    IF public.sb_current_staff_id() IS NULL THEN
        RAISE EXCEPTION 'only active staff may write incidents' USING ERRCODE = 'insufficient_privilege';
    END IF;

    IF TG_OP = 'INSERT' THEN
        IF NEW.trigger_kind = 'manual' THEN
            PERFORM public.sb_require_permission('incidents.grade');
            NEW.opened_at := now_ms;
        ELSE
            IF NOT public.sb_runs_grading_engine() THEN
                RAISE EXCEPTION 'incidents are opened by the grading engine (tickets.read_all) or by hand (incidents.grade)'
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            IF NEW.opened_at > now_ms + 60000 THEN
                RAISE EXCEPTION 'an incident cannot open in the future' USING ERRCODE = 'insufficient_privilege';
            END IF;
            -- An incident opened on the affected share comes from the monitoring metrics, which
            -- the server cannot see; every other automatic opening follows complaints.
            IF NEW.trigger_kind <> 'affected_share' AND NOT EXISTS (
                    SELECT 1 FROM public.tickets t WHERE t.problem_type = NEW.problem_type
                    AND t.received_at BETWEEN NEW.opened_at - 3600000 AND NEW.opened_at) THEN
                RAISE EXCEPTION 'no complaint about "%" in the hour before the incident opens', NEW.problem_type
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
        END IF;
        NEW.state := 'open';
        NEW.closed_at := NULL;
        NEW.owner_id := NULL;
        NEW.confirmation := 'unconfirmed';
        NEW.known_issue_id := NULL;
        NEW.override_reason := '';
        NEW.summary := '';
        NEW.post_grade := NULL;
        NEW.version := 1;
        RETURN NEW;
    END IF;

    IF NEW.id <> OLD.id OR NEW.problem_type <> OLD.problem_type OR NEW.class <> OLD.class
       OR NEW.opened_at <> OLD.opened_at THEN
        RAISE EXCEPTION 'an incident''s problem type, class and opening time never change'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF OLD.state = 'resolved' AND NEW.state <> 'resolved' THEN
        RAISE EXCEPTION 'a resolved incident stays resolved' USING ERRCODE = 'insufficient_privilege';
    END IF;

    by_hand := NEW.owner_id IS DISTINCT FROM OLD.owner_id
            OR NEW.confirmation IS DISTINCT FROM OLD.confirmation
            OR NEW.override_reason IS DISTINCT FROM OLD.override_reason
            OR NEW.trigger_kind IS DISTINCT FROM OLD.trigger_kind;
    IF by_hand THEN
        IF OLD.state <> 'open' THEN
            RAISE EXCEPTION 'a resolved incident is not graded again' USING ERRCODE = 'insufficient_privilege';
        END IF;
        PERFORM public.sb_require_permission('incidents.grade');
        IF NEW.trigger_kind IS DISTINCT FROM OLD.trigger_kind AND NEW.trigger_kind <> 'manual' THEN
            RAISE EXCEPTION 'an incident''s trigger only changes to manual' USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF NEW.override_reason <> '' AND NEW.override_reason IS DISTINCT FROM OLD.override_reason THEN
            PERFORM public.sb_require_permission('incidents.override');
        END IF;
    ELSIF NEW.grade <> OLD.grade OR NEW.rule_set_version <> OLD.rule_set_version THEN
        -- The engine only raises an open incident's grade.
        IF NOT public.sb_runs_grading_engine() THEN
            PERFORM public.sb_require_permission('incidents.grade');
        END IF;
        IF NEW.grade <= OLD.grade OR OLD.state <> 'open' THEN
            RAISE EXCEPTION 'grades only rise while an incident is open; lowering one is grading by hand'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
    END IF;

    IF NEW.known_issue_id IS DISTINCT FROM OLD.known_issue_id AND NOT by_hand THEN
        PERFORM public.sb_require_permission('kb.edit');
    END IF;

    IF NEW.state = 'resolved' AND OLD.state = 'open' THEN
        IF NEW.summary <> '' THEN
            PERFORM public.sb_require_permission('incidents.resolve');
            NEW.closed_at := now_ms;
        ELSE
            IF NOT public.sb_runs_grading_engine() THEN
                PERFORM public.sb_require_permission('incidents.resolve');
            END IF;
            IF NEW.closed_at IS NULL OR NEW.closed_at < OLD.opened_at OR NEW.closed_at > now_ms + 60000 THEN
                RAISE EXCEPTION 'an incident closes between its opening and now' USING ERRCODE = 'insufficient_privilege';
            END IF;
        END IF;
    ELSIF NEW.summary IS DISTINCT FROM OLD.summary OR NEW.closed_at IS DISTINCT FROM OLD.closed_at THEN
        RAISE EXCEPTION 'the summary and the closing time are written when the incident is resolved'
            USING ERRCODE = 'insufficient_privilege';
    END IF;

    IF NEW.post_grade IS DISTINCT FROM OLD.post_grade THEN
        PERFORM public.sb_require_permission('incidents.post_grade');
        IF NEW.state <> 'resolved' THEN
            RAISE EXCEPTION 'the post-incident grade follows the resolution' USING ERRCODE = 'insufficient_privilege';
        END IF;
    END IF;

    NEW.version := OLD.version + 1;
    RETURN NEW;
END;
$$;
CREATE TRIGGER incidents_guard BEFORE INSERT OR UPDATE ON incidents FOR EACH ROW
    WHEN (current_user = session_user AND pg_catalog.pg_has_role(current_user, 'sb_staff', 'MEMBER'))
    EXECUTE FUNCTION sb_guard_incident_write();

-- An incident's timeline: the engine's lines (opened, regraded, closed) have no actor and
-- the time of the complaints that caused them; every other line is in the writer's name, at
-- the server's time, and needs the permission of the step it records.
CREATE FUNCTION sb_guard_incident_event_insert() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, public AS $$
DECLARE
    now_ms BIGINT := public.sb_now_ms();
    needed TEXT;
BEGIN
    IF public.sb_caller_is_installer() THEN
        RETURN NEW;
    END IF;
    IF NEW.actor_id IS NULL AND NEW.event IN ('opened', 'regraded', 'closed') THEN
        IF NOT public.sb_runs_grading_engine() THEN
            RAISE EXCEPTION 'the engine''s incident lines are written by the grading engine (tickets.read_all)'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF NEW.at > now_ms + 60000 THEN
            RAISE EXCEPTION 'an incident line cannot be in the future' USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN NEW;
    END IF;
    needed := CASE NEW.event
        WHEN 'opened' THEN 'incidents.grade'
        WHEN 'confirmed' THEN 'incidents.grade'
        WHEN 'deferred' THEN 'incidents.grade'
        WHEN 'known_issue' THEN 'incidents.grade'
        WHEN 'graded' THEN 'incidents.grade'
        WHEN 'overridden' THEN 'incidents.override'
        WHEN 'handed_over' THEN 'incidents.grade'
        WHEN 'announced' THEN 'incidents.grade'
        WHEN 'resolved' THEN 'incidents.resolve'
        WHEN 'post_graded' THEN 'incidents.post_grade'
        WHEN 'kb_created' THEN 'kb.edit'
        WHEN 'kb_updated' THEN 'kb.edit'
    END;
    IF needed IS NULL THEN
        RAISE EXCEPTION '"%" is not an incident timeline event', left(NEW.event, 40)
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    PERFORM public.sb_require_permission(needed);
    NEW.actor_id := public.sb_current_staff_id();
    NEW.at := now_ms;
    RETURN NEW;
END;
$$;
CREATE TRIGGER incident_events_guard_insert BEFORE INSERT ON incident_events FOR EACH ROW
    WHEN (current_user = session_user AND pg_catalog.pg_has_role(current_user, 'sb_staff', 'MEMBER'))
    EXECUTE FUNCTION sb_guard_incident_event_insert();

-- ---------------------------------------------------------------------------------------
-- Audit rows written by staff name an action the product knows, and one the writer's
-- permissions cover: nobody records "role.grant" who may not grant roles. Actor and time
-- stay the server's (schema 20).
CREATE FUNCTION sb_audit_action_permissions(p_action TEXT) RETURNS TEXT[] LANGUAGE sql IMMUTABLE
SET search_path = pg_catalog AS $$
    SELECT CASE
        WHEN p_action LIKE 'login.%' OR p_action LIKE 'message.%' OR p_action = 'broadcast.send'
            THEN ARRAY['']
        WHEN p_action LIKE 'staff.%' THEN ARRAY['admin.staff']
        WHEN p_action LIKE 'team.%' THEN ARRAY['admin.teams']
        WHEN p_action LIKE 'role.%' OR p_action LIKE 'temp_permission.%'
            THEN ARRAY['admin.roles', 'admin.staff']
        WHEN p_action LIKE 'webhook.%' THEN ARRAY['broadcast.webhook', 'admin.settings']
        WHEN p_action LIKE 'calendar.%' OR p_action LIKE 'workflow.%' OR p_action LIKE 'setting.%'
             OR p_action LIKE 'deadline_rule.%'
            THEN ARRAY['admin.settings']
        WHEN p_action LIKE 'message_template.%' THEN ARRAY['broadcast.send', 'admin.settings']
        WHEN p_action = 'rule_set.save' THEN ARRAY['admin.rules', 'admin.settings']
        WHEN p_action = 'incident.grade' THEN ARRAY['incidents.grade']
        WHEN p_action = 'incident.resolve' THEN ARRAY['incidents.resolve']
        WHEN p_action = 'incident.post_grade' THEN ARRAY['incidents.post_grade']
        WHEN p_action IN ('incident.kb_created', 'incident.kb_updated', 'kb.edit') THEN ARRAY['kb.edit']
        WHEN p_action = 'personal_data.unmask' THEN ARRAY['personal_data.unmask', 'personal_data.view']
        WHEN p_action IN ('personal_data.view', 'export.personal_data') THEN ARRAY['personal_data.view']
    END
$$;

CREATE OR REPLACE FUNCTION sb_audit_stamp_actor() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, public AS $$
DECLARE
    allowed TEXT[];
BEGIN
    IF public.sb_caller_is_installer() THEN
        RETURN NEW;
    END IF;
    allowed := public.sb_audit_action_permissions(NEW.action);
    IF allowed IS NULL THEN
        RAISE EXCEPTION '"%" is not an audit action', left(NEW.action, 60)
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF allowed <> ARRAY[''] AND NOT EXISTS (SELECT 1 FROM unnest(allowed) p WHERE public.sb_has_permission(p)) THEN
        RAISE EXCEPTION 'an audit row for "%" needs the permission %', NEW.action, array_to_string(allowed, ' or ')
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    NEW.actor := session_user;
    NEW.at := public.sb_now_ms();
    RETURN NEW;
END;
$$;

-- Signalboard schema 26 (PostgreSQL): coaching (辅导) and its server guard. A failed review
-- opens a one-to-one coaching item for the agent's team lead; the lead records the meeting
-- (date, notes, agreed actions) and the agent acknowledges it.
--
-- Staff logins still write none of the coaching table (schema 24 grants them SELECT only);
-- every step is a SECURITY DEFINER function that checks who calls, stamps the login and the
-- server's time and writes the audit row:
--   sb_qa_open_coaching          the reviewer, right after submitting a failed review (in the
--                                same transaction): opens the review's item, once;
--   sb_qa_record_coaching        the item's lead, or a team lead (role "team_lead") of the
--                                agent's team, records the meeting; again until acknowledged;
--   sb_qa_acknowledge_coaching   the agent, only the agent, acknowledges the recorded meeting.
-- The team lead of an agent: an active staff member of the agent's team with the role
-- "team_lead", other than the agent (the lowest id when there are several).
--
-- Reads: the agent reads their own items, the item's lead and the team leads of the agent's
-- team read them, holders of qa.read_all read all (schema 24's policy, and the team's below);
-- whoever reads an item reads its review.
-- The audit actions qa.coaching.* are allowed by schema 28.

-- @shared indexes

-- ---------------------------------------------------------------------------------------
-- Helpers.

-- The team lead of `p_agent`'s team (NULL when the team has none, or the agent has no team).
CREATE FUNCTION sb_qa_team_lead_of(p_agent BIGINT) RETURNS BIGINT
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    SELECT l.id FROM public.staff a
    JOIN public.staff l ON l.team_id = a.team_id AND l.id <> a.id AND l.status = 'active'
    JOIN public.roles ro ON ro.id = l.role_id AND ro.key = 'team_lead'
    WHERE a.id = p_agent
    ORDER BY l.id LIMIT 1
$$;

-- Whether `p_staff` is an active team lead of `p_agent`'s team (and not the agent).
CREATE FUNCTION sb_qa_leads_agent(p_staff BIGINT, p_agent BIGINT) RETURNS BOOLEAN
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    SELECT EXISTS (
        SELECT 1 FROM public.staff a
        JOIN public.staff l ON l.team_id = a.team_id AND l.id <> a.id AND l.status = 'active'
        JOIN public.roles ro ON ro.id = l.role_id AND ro.key = 'team_lead'
        WHERE a.id = p_agent AND l.id = p_staff)
$$;

CREATE POLICY qa_coaching_items_read_team ON qa_coaching_items FOR SELECT TO sb_staff
    USING (sb_qa_leads_agent((SELECT sb_current_staff_id()), agent_id));
-- Whoever reads a coaching item reads its review (and so its items): the lead coaches from it.
CREATE POLICY qa_reviews_read_coached ON qa_reviews FOR SELECT TO sb_staff
    USING (EXISTS (SELECT 1 FROM qa_coaching_items c WHERE c.review_id = qa_reviews.id));

-- ---------------------------------------------------------------------------------------
-- Opening: the coaching item of a submitted, failed review, for the agent's team lead, by the
-- review's reviewer. Once per review: a second call returns the item there is. Returns the
-- item's id, or NULL when the review passed or names no agent. Audited (qa.coaching.open).
CREATE FUNCTION sb_qa_open_coaching(p_review BIGINT) RETURNS BIGINT
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    me BIGINT := public.sb_current_staff_id();
    now_ms BIGINT := public.sb_now_ms();
    r public.qa_reviews%ROWTYPE;
    lead BIGINT;
    new_id BIGINT;
BEGIN
    IF me IS NULL THEN
        RAISE EXCEPTION 'only active staff open coaching items' USING ERRCODE = 'insufficient_privilege';
    END IF;
    SELECT * INTO r FROM public.qa_reviews q WHERE q.id = p_review FOR UPDATE;
    IF NOT FOUND OR r.reviewer_id <> me THEN
        RAISE EXCEPTION 'review #% is not a review of yours', p_review USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF r.state <> 'submitted' THEN
        RAISE EXCEPTION 'review #% is not submitted; coaching follows a submitted, failed review', p_review
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF r.passed = 1 OR r.agent_id IS NULL THEN
        RETURN NULL;
    END IF;
    SELECT c.id INTO new_id FROM public.qa_coaching_items c WHERE c.review_id = r.id;
    IF FOUND THEN
        RETURN new_id;
    END IF;
    lead := public.sb_qa_team_lead_of(r.agent_id);
    INSERT INTO public.qa_coaching_items(review_id, agent_id, lead_id, state, created_at)
    VALUES (r.id, r.agent_id, lead, 'open', now_ms) RETURNING id INTO new_id;
    PERFORM public.sb_audit('qa.coaching.open', 'qa_coaching', new_id,
        jsonb_build_object('review', r.id, 'ticket', r.ticket_id, 'agent', r.agent_id,
                           'lead', lead, 'score', r.score));
    RETURN new_id;
END;
$$;

-- The lead records the one-to-one meeting of an item not yet acknowledged: the day it was
-- held (YYYY-MM-DD), notes and agreed actions (each required, at most 4000 characters). The
-- recorder becomes the item's lead. Audited (qa.coaching.record). Returns the new version.
CREATE FUNCTION sb_qa_record_coaching(p_item BIGINT, p_held_on TEXT, p_notes TEXT, p_actions TEXT)
RETURNS BIGINT LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    me BIGINT := public.sb_current_staff_id();
    c public.qa_coaching_items%ROWTYPE;
    d DATE;
    v BIGINT;
BEGIN
    IF me IS NULL THEN
        RAISE EXCEPTION 'only active staff record coaching' USING ERRCODE = 'insufficient_privilege';
    END IF;
    SELECT * INTO c FROM public.qa_coaching_items x WHERE x.id = p_item FOR UPDATE;
    IF NOT FOUND OR c.agent_id = me
       OR NOT (c.lead_id IS NOT DISTINCT FROM me OR public.sb_qa_leads_agent(me, c.agent_id)) THEN
        RAISE EXCEPTION 'coaching item #% is not one of your team''s: the agent''s team lead records the meeting', p_item
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF c.state = 'acknowledged' THEN
        RAISE EXCEPTION 'coaching item #% was acknowledged already', p_item USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF COALESCE(p_held_on, '') !~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' THEN
        RAISE EXCEPTION 'the meeting''s date must be given as YYYY-MM-DD' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    BEGIN
        d := p_held_on::DATE;
    EXCEPTION WHEN others THEN
        RAISE EXCEPTION 'the meeting''s date must be given as YYYY-MM-DD' USING ERRCODE = 'invalid_parameter_value';
    END;
    IF btrim(COALESCE(p_notes, '')) = '' OR length(p_notes) > 4000 THEN
        RAISE EXCEPTION 'the meeting needs notes of at most 4000 characters' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF btrim(COALESCE(p_actions, '')) = '' OR length(p_actions) > 4000 THEN
        RAISE EXCEPTION 'the meeting needs agreed actions of at most 4000 characters' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    UPDATE public.qa_coaching_items SET state = 'held', held_on = to_char(d, 'YYYY-MM-DD'),
        notes = btrim(p_notes), actions = btrim(p_actions), lead_id = me, version = version + 1
    WHERE id = c.id RETURNING version INTO v;
    PERFORM public.sb_audit('qa.coaching.record', 'qa_coaching', c.id,
        jsonb_build_object('review', c.review_id, 'agent', c.agent_id, 'held_on', to_char(d, 'YYYY-MM-DD'),
                           'notes', btrim(p_notes), 'actions', btrim(p_actions)));
    RETURN v;
END;
$$;

-- The agent acknowledges the recorded meeting of their own coaching item, once.
-- Audited (qa.coaching.acknowledge).
CREATE FUNCTION sb_qa_acknowledge_coaching(p_item BIGINT) RETURNS VOID
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    me BIGINT := public.sb_current_staff_id();
    now_ms BIGINT := public.sb_now_ms();
    c public.qa_coaching_items%ROWTYPE;
BEGIN
    SELECT * INTO c FROM public.qa_coaching_items x WHERE x.id = p_item FOR UPDATE;
    IF me IS NULL OR NOT FOUND OR c.agent_id <> me THEN
        RAISE EXCEPTION 'coaching item #% is not yours; only its agent acknowledges it', p_item
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF c.state = 'acknowledged' THEN
        RAISE EXCEPTION 'coaching item #% was acknowledged already', p_item USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF c.state <> 'held' THEN
        RAISE EXCEPTION 'coaching item #% has no meeting recorded yet', p_item USING ERRCODE = 'invalid_parameter_value';
    END IF;
    UPDATE public.qa_coaching_items SET state = 'acknowledged', acknowledged_at = now_ms,
        version = version + 1
    WHERE id = c.id;
    PERFORM public.sb_audit('qa.coaching.acknowledge', 'qa_coaching', c.id,
        jsonb_build_object('review', c.review_id, 'held_on', c.held_on));
END;
$$;

-- An acknowledged item never changes what it says, whoever writes (its lead and review may
-- still go: ON DELETE SET NULL).
CREATE FUNCTION sb_qa_guard_coaching() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, public AS $$
BEGIN
    IF OLD.state = 'acknowledged' AND (
        NEW.state IS DISTINCT FROM OLD.state OR NEW.agent_id IS DISTINCT FROM OLD.agent_id
        OR NEW.held_on IS DISTINCT FROM OLD.held_on OR NEW.notes IS DISTINCT FROM OLD.notes
        OR NEW.actions IS DISTINCT FROM OLD.actions
        OR NEW.acknowledged_at IS DISTINCT FROM OLD.acknowledged_at) THEN
        RAISE EXCEPTION 'an acknowledged coaching item never changes' USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER qa_coaching_items_final BEFORE UPDATE ON qa_coaching_items
    FOR EACH ROW EXECUTE FUNCTION sb_qa_guard_coaching();

REVOKE ALL ON FUNCTION sb_qa_team_lead_of(BIGINT), sb_qa_leads_agent(BIGINT, BIGINT),
    sb_qa_open_coaching(BIGINT), sb_qa_record_coaching(BIGINT, TEXT, TEXT, TEXT),
    sb_qa_acknowledge_coaching(BIGINT), sb_qa_guard_coaching() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION sb_qa_leads_agent(BIGINT, BIGINT), sb_qa_open_coaching(BIGINT),
    sb_qa_record_coaching(BIGINT, TEXT, TEXT, TEXT), sb_qa_acknowledge_coaching(BIGINT) TO sb_staff;

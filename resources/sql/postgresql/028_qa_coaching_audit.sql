-- Signalboard schema 28 (PostgreSQL): the audit actions of coaching (辅导). Schema 26 adds the
-- coaching functions, but schema 27 re-creates the list of audit actions after it on a new
-- database; this re-creates it as schema 27's list and coaching's actions, whichever of 26
-- and 27 ran last.

-- Audit rows: schema 27's list, and coaching's actions (schema 26). The reviewer opens an item
-- (qa.review); the lead records and the agent acknowledges, which the functions check.
CREATE OR REPLACE FUNCTION sb_audit_action_permissions(p_action TEXT) RETURNS TEXT[] LANGUAGE sql IMMUTABLE
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
        WHEN p_action = 'qa.sample.draw' THEN ARRAY['qa.sample']
        WHEN p_action = 'qa.sample.replace' THEN ARRAY['qa.sample', 'qa.review']
        WHEN p_action = 'qa.review.submit' THEN ARRAY['qa.review']
        WHEN p_action IN ('qa.review.acknowledge', 'qa.dispute.raise') THEN ARRAY['']
        WHEN p_action = 'qa.dispute.decide' THEN ARRAY['qa.decide_dispute']
        WHEN p_action IN ('qa.calibration.create', 'qa.calibration.participants',
                          'qa.calibration.close') THEN ARRAY['qa.calibrate']
        WHEN p_action = 'qa.calibration.score' THEN ARRAY['qa.review']
        WHEN p_action = 'qa.coaching.open' THEN ARRAY['qa.review']
        WHEN p_action IN ('qa.coaching.record', 'qa.coaching.acknowledge') THEN ARRAY['']
    END
$$;

-- Signalboard schema 29 (PostgreSQL): the audit actions staff may record, as data. Until now
-- each schema that added actions re-created the whole list as one function; from here a
-- feature adds its actions as rows, and the function reads them.
--
-- A rule names one action, or with `prefix` every action starting with its text; an exact
-- rule wins over a prefix, a longer prefix over a shorter. `permissions` lists the
-- permissions of which the writer needs one; ARRAY[''] lets anyone signed in record it.
CREATE TABLE sb_audit_action_rules (
    action      TEXT PRIMARY KEY CHECK (action <> ''),
    prefix      BOOLEAN NOT NULL DEFAULT false,
    permissions TEXT[] NOT NULL CHECK (cardinality(permissions) > 0)
);
REVOKE ALL ON sb_audit_action_rules FROM PUBLIC;
GRANT SELECT ON sb_audit_action_rules TO sb_staff;

INSERT INTO sb_audit_action_rules (action, prefix, permissions) VALUES
    ('login.', true, ARRAY['']),
    ('message.', true, ARRAY['']),
    ('broadcast.send', false, ARRAY['']),
    ('staff.', true, ARRAY['admin.staff']),
    ('team.', true, ARRAY['admin.teams']),
    ('role.', true, ARRAY['admin.roles', 'admin.staff']),
    ('temp_permission.', true, ARRAY['admin.roles', 'admin.staff']),
    ('webhook.', true, ARRAY['broadcast.webhook', 'admin.settings']),
    ('calendar.', true, ARRAY['admin.settings']),
    ('workflow.', true, ARRAY['admin.settings']),
    ('setting.', true, ARRAY['admin.settings']),
    ('deadline_rule.', true, ARRAY['admin.settings']),
    ('message_template.', true, ARRAY['broadcast.send', 'admin.settings']),
    ('rule_set.save', false, ARRAY['admin.rules', 'admin.settings']),
    ('incident.grade', false, ARRAY['incidents.grade']),
    ('incident.resolve', false, ARRAY['incidents.resolve']),
    ('incident.post_grade', false, ARRAY['incidents.post_grade']),
    ('incident.kb_created', false, ARRAY['kb.edit']),
    ('incident.kb_updated', false, ARRAY['kb.edit']),
    ('kb.edit', false, ARRAY['kb.edit']),
    ('personal_data.unmask', false, ARRAY['personal_data.unmask', 'personal_data.view']),
    ('personal_data.view', false, ARRAY['personal_data.view']),
    ('export.personal_data', false, ARRAY['personal_data.view']),
    ('qa.sample.draw', false, ARRAY['qa.sample']),
    ('qa.sample.replace', false, ARRAY['qa.sample', 'qa.review']),
    ('qa.review.submit', false, ARRAY['qa.review']),
    ('qa.review.acknowledge', false, ARRAY['']),
    ('qa.dispute.raise', false, ARRAY['']),
    ('qa.dispute.decide', false, ARRAY['qa.decide_dispute']),
    ('qa.calibration.create', false, ARRAY['qa.calibrate']),
    ('qa.calibration.participants', false, ARRAY['qa.calibrate']),
    ('qa.calibration.close', false, ARRAY['qa.calibrate']),
    ('qa.calibration.score', false, ARRAY['qa.review']),
    ('qa.coaching.open', false, ARRAY['qa.review']),
    ('qa.coaching.record', false, ARRAY['']),
    ('qa.coaching.acknowledge', false, ARRAY['']);

-- The permissions an action needs: NULL when it is no audit action. The audit trigger (schema
-- 21) calls it as the table's owner.
CREATE OR REPLACE FUNCTION sb_audit_action_permissions(p_action TEXT) RETURNS TEXT[] LANGUAGE sql STABLE
SET search_path = pg_catalog AS $$
    SELECT r.permissions FROM public.sb_audit_action_rules r
     WHERE r.action = p_action OR (r.prefix AND left(p_action, length(r.action)) = r.action)
     ORDER BY (r.action = p_action) DESC, length(r.action) DESC
     LIMIT 1
$$;

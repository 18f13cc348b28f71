-- Signalboard schema 5, the statements SQLite and PostgreSQL share: people, permissions,
-- security. Hierarchical permission keys (granting a parent grants its children), the default
-- roles and what each may do.
-- Each section runs where the dialect file (resources/sql/sqlite, resources/sql/postgresql) of
-- the same name says "-- @shared <section>".

-- @section indexes
CREATE INDEX qa_scores_agent ON qa_scores(agent_id, created_at);
CREATE INDEX qa_scores_ticket ON qa_scores(ticket_id);
CREATE INDEX temp_permissions_staff ON temp_permissions(staff_id, expires_at);
CREATE INDEX staff_team ON staff(team_id);
CREATE INDEX staff_role ON staff(role_id);

-- @section permissions_and_roles
-- Parents first: a key's parent_key must already exist.
INSERT INTO permissions(key, parent_key, description) VALUES
    ('tickets', NULL, 'Tickets: every ticket action'),
    ('tickets.register', 'tickets', 'Register a complaint or suggestion'),
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
    ('tickets.reopen', 'tickets', 'Reopen a closed ticket'),
    ('tickets.appeal', 'tickets', 'Register and verify appeals'),
    ('tickets.green_channel', 'tickets', 'Put a ticket on the green channel'),
    ('tickets.bulk', 'tickets', 'Bulk actions on many tickets'),
    ('tickets.read_all', 'tickets', 'See every team''s tickets'),
    ('tickets.export', 'tickets', 'Export tickets'),
    ('incidents', NULL, 'Incidents: every incident action'),
    ('incidents.confirm', 'incidents', 'Confirm or defer a raised incident'),
    ('incidents.grade', 'incidents', 'Give or raise an initial grade'),
    ('incidents.override', 'incidents', 'Override a grade with a written reason'),
    ('incidents.handover', 'incidents', 'Hand an incident over'),
    ('incidents.resolve', 'incidents', 'Resolve an incident'),
    ('incidents.post_grade', 'incidents', 'Give the post-incident grade'),
    ('broadcast', NULL, 'Messages and broadcasts'),
    ('broadcast.send', 'broadcast', 'Send a broadcast'),
    ('broadcast.urgent', 'broadcast', 'Send an urgent (sound, pop-up) broadcast'),
    ('broadcast.webhook', 'broadcast', 'Manage webhook targets'),
    ('kb', NULL, 'Knowledge base'),
    ('kb.edit', 'kb', 'Write knowledge-base articles and known issues'),
    ('qa', NULL, 'Quality assurance'),
    ('qa.sample', 'qa', 'Draw spot-check samples'),
    ('qa.score', 'qa', 'Score tickets'),
    ('qa.read_all', 'qa', 'Read everyone''s QA scores'),
    ('reports', NULL, 'Reports'),
    ('reports.read', 'reports', 'Read reports'),
    ('reports.export', 'reports', 'Export reports (CSV, PDF)'),
    ('personal_data', NULL, 'Personal data'),
    ('personal_data.view', 'personal_data', 'See phone, ID and bank card numbers unmasked'),
    ('personal_data.unmask', 'personal_data', 'Reveal one masked value (logged)'),
    ('admin', NULL, 'Administration'),
    ('admin.staff', 'admin', 'Create and change staff and logins'),
    ('admin.teams', 'admin', 'Create, rename and delete teams'),
    ('admin.roles', 'admin', 'Create roles; grant and revoke permissions'),
    ('admin.settings', 'admin', 'Change settings'),
    ('admin.rules', 'admin', 'Change grading rule sets'),
    ('admin.audit', 'admin', 'Read the audit log')
    ON CONFLICT (key) DO NOTHING;

INSERT INTO roles(key, name, is_super, db_group) VALUES
    ('agent', 'Agent (tier 1)', 0, 'sb_agent'),
    ('tier2', 'Tier-2 technical support', 0, 'sb_agent'),
    ('tier3', 'Tier-3 expert', 0, 'sb_agent'),
    ('team_lead', 'Team lead', 0, 'sb_team_lead'),
    ('supervisor', 'Supervisor', 0, 'sb_supervisor'),
    ('service_manager', 'Service manager', 0, 'sb_manager'),
    ('coordinator', 'Coordinator', 0, 'sb_supervisor'),
    ('relationship_manager', 'Relationship manager', 0, 'sb_agent'),
    ('qa', 'QA inspector', 0, 'sb_qa'),
    ('manager', 'Manager (leadership)', 0, 'sb_manager'),
    ('admin', 'Administrator', 1, 'sb_admin')
    ON CONFLICT (key) DO NOTHING;

INSERT INTO role_permissions(role_id, permission_key)
SELECT r.id, g.perm FROM roles r JOIN (
    SELECT 'agent' AS role, 'tickets.register' AS perm
    UNION ALL SELECT 'agent', 'tickets.review'
    UNION ALL SELECT 'agent', 'tickets.accept'
    UNION ALL SELECT 'agent', 'tickets.handle'
    UNION ALL SELECT 'agent', 'tickets.return'
    UNION ALL SELECT 'agent', 'tickets.escalate'
    UNION ALL SELECT 'agent', 'tickets.reply'
    UNION ALL SELECT 'tier2', 'tickets.register'
    UNION ALL SELECT 'tier2', 'tickets.review'
    UNION ALL SELECT 'tier2', 'tickets.accept'
    UNION ALL SELECT 'tier2', 'tickets.handle'
    UNION ALL SELECT 'tier2', 'tickets.return'
    UNION ALL SELECT 'tier2', 'tickets.escalate'
    UNION ALL SELECT 'tier2', 'tickets.reply'
    UNION ALL SELECT 'tier2', 'kb.edit'
    UNION ALL SELECT 'tier3', 'tickets.register'
    UNION ALL SELECT 'tier3', 'tickets.review'
    UNION ALL SELECT 'tier3', 'tickets.accept'
    UNION ALL SELECT 'tier3', 'tickets.handle'
    UNION ALL SELECT 'tier3', 'tickets.return'
    UNION ALL SELECT 'tier3', 'tickets.escalate'
    UNION ALL SELECT 'tier3', 'tickets.reply'
    UNION ALL SELECT 'tier3', 'kb.edit'
    UNION ALL SELECT 'team_lead', 'tickets'
    UNION ALL SELECT 'team_lead', 'incidents.confirm'
    UNION ALL SELECT 'team_lead', 'incidents.grade'
    UNION ALL SELECT 'team_lead', 'incidents.handover'
    UNION ALL SELECT 'team_lead', 'broadcast.send'
    UNION ALL SELECT 'team_lead', 'kb.edit'
    UNION ALL SELECT 'team_lead', 'reports.read'
    UNION ALL SELECT 'supervisor', 'tickets'
    UNION ALL SELECT 'supervisor', 'incidents'
    UNION ALL SELECT 'supervisor', 'broadcast'
    UNION ALL SELECT 'supervisor', 'kb'
    UNION ALL SELECT 'supervisor', 'reports'
    UNION ALL SELECT 'supervisor', 'qa.read_all'
    UNION ALL SELECT 'supervisor', 'personal_data.unmask'
    UNION ALL SELECT 'service_manager', 'tickets'
    UNION ALL SELECT 'service_manager', 'incidents'
    UNION ALL SELECT 'service_manager', 'broadcast'
    UNION ALL SELECT 'service_manager', 'kb'
    UNION ALL SELECT 'service_manager', 'reports'
    UNION ALL SELECT 'service_manager', 'qa.read_all'
    UNION ALL SELECT 'service_manager', 'personal_data.unmask'
    UNION ALL SELECT 'coordinator', 'tickets.read_all'
    UNION ALL SELECT 'coordinator', 'incidents.confirm'
    UNION ALL SELECT 'coordinator', 'incidents.grade'
    UNION ALL SELECT 'coordinator', 'broadcast.send'
    UNION ALL SELECT 'coordinator', 'reports.read'
    UNION ALL SELECT 'relationship_manager', 'tickets.read_all'
    UNION ALL SELECT 'relationship_manager', 'tickets.dispatch'
    UNION ALL SELECT 'relationship_manager', 'tickets.reply'
    UNION ALL SELECT 'relationship_manager', 'tickets.revisit'
    UNION ALL SELECT 'relationship_manager', 'tickets.close'
    UNION ALL SELECT 'relationship_manager', 'tickets.appeal'
    UNION ALL SELECT 'relationship_manager', 'personal_data.unmask'
    UNION ALL SELECT 'qa', 'qa'
    UNION ALL SELECT 'qa', 'tickets.read_all'
    UNION ALL SELECT 'qa', 'reports.read'
    UNION ALL SELECT 'manager', 'tickets.read_all'
    UNION ALL SELECT 'manager', 'tickets.urge'
    UNION ALL SELECT 'manager', 'tickets.export'
    UNION ALL SELECT 'manager', 'incidents.post_grade'
    UNION ALL SELECT 'manager', 'broadcast.send'
    UNION ALL SELECT 'manager', 'reports'
    UNION ALL SELECT 'manager', 'qa.read_all'
    UNION ALL SELECT 'manager', 'admin.audit'
) g ON g.role = r.key
WHERE true
ON CONFLICT (role_id, permission_key) DO NOTHING;

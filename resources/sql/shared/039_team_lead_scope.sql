-- Signalboard schema 39, the statements SQLite and PostgreSQL share: a team lead (客服班长)
-- sees their own team's tickets, not every team's. The shipped role held the parent
-- "tickets", which grants every child and so tickets.read_all too; it now holds every ticket
-- action by name except tickets.read_all. Supervisors, service managers, coordinators,
-- relationship managers, QA inspectors and managers keep seeing every ticket. Only a role that
-- still holds the shipped grant changes: an administrator's own choice is left alone.
-- Each section runs where the dialect file (resources/sql/sqlite, resources/sql/postgresql) of
-- the same name says "-- @shared <section>".

-- @section permissions
INSERT INTO role_permissions(role_id, permission_key)
SELECT rp.role_id, p.key FROM role_permissions rp
JOIN roles r ON r.id = rp.role_id
JOIN permissions p ON p.parent_key = 'tickets'
WHERE r.key = 'team_lead' AND rp.permission_key = 'tickets' AND p.key <> 'tickets.read_all'
ON CONFLICT (role_id, permission_key) DO NOTHING;
DELETE FROM role_permissions WHERE permission_key = 'tickets'
    AND role_id IN (SELECT r.id FROM roles r WHERE r.key = 'team_lead');

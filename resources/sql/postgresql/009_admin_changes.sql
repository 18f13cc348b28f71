-- Signalboard schema 9 (PostgreSQL): administration changes reach every workstation.
-- Roles, role grants, temporary permissions and teams append to change_log (and notify) like
-- staff do, so an open session recomputes its permissions as soon as they change.
-- temp_permission rows are logged with the holder's staff id; role_permission rows with the
-- role id.
CREATE TRIGGER roles_c AFTER INSERT OR UPDATE OR DELETE ON roles
    FOR EACH ROW EXECUTE FUNCTION sb_log_change('role', 'id');
CREATE TRIGGER role_permissions_c AFTER INSERT OR DELETE ON role_permissions
    FOR EACH ROW EXECUTE FUNCTION sb_log_change('role_permission', 'role_id');
CREATE TRIGGER temp_permissions_c AFTER INSERT OR UPDATE OR DELETE ON temp_permissions
    FOR EACH ROW EXECUTE FUNCTION sb_log_change('temp_permission', 'staff_id');
CREATE TRIGGER teams_c AFTER INSERT OR UPDATE OR DELETE ON teams
    FOR EACH ROW EXECUTE FUNCTION sb_log_change('team', 'id');

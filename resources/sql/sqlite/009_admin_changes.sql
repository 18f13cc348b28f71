-- Signalboard schema 9 (SQLite): administration changes reach every workstation.
-- Roles, role grants, temporary permissions and teams append to change_log like staff do, so
-- an open session recomputes its permissions as soon as an administrator changes them.
-- temp_permission rows are logged with the holder's staff id (the one whose rights change);
-- role_permission rows with the role id.
CREATE TRIGGER roles_ci AFTER INSERT ON roles BEGIN
    INSERT INTO change_log(entity, entity_id, op, at) VALUES ('role', NEW.id, 'insert', CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
END;
CREATE TRIGGER roles_cu AFTER UPDATE ON roles BEGIN
    INSERT INTO change_log(entity, entity_id, op, at) VALUES ('role', NEW.id, 'update', CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
END;
CREATE TRIGGER roles_cd AFTER DELETE ON roles BEGIN
    INSERT INTO change_log(entity, entity_id, op, at) VALUES ('role', OLD.id, 'delete', CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
END;
CREATE TRIGGER role_permissions_ci AFTER INSERT ON role_permissions BEGIN
    INSERT INTO change_log(entity, entity_id, op, at) VALUES ('role_permission', NEW.role_id, 'insert', CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
END;
CREATE TRIGGER role_permissions_cd AFTER DELETE ON role_permissions BEGIN
    INSERT INTO change_log(entity, entity_id, op, at) VALUES ('role_permission', OLD.role_id, 'delete', CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
END;
CREATE TRIGGER temp_permissions_ci AFTER INSERT ON temp_permissions BEGIN
    INSERT INTO change_log(entity, entity_id, op, at) VALUES ('temp_permission', NEW.staff_id, 'insert', CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
END;
CREATE TRIGGER temp_permissions_cu AFTER UPDATE ON temp_permissions BEGIN
    INSERT INTO change_log(entity, entity_id, op, at) VALUES ('temp_permission', NEW.staff_id, 'update', CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
END;
CREATE TRIGGER temp_permissions_cd AFTER DELETE ON temp_permissions BEGIN
    INSERT INTO change_log(entity, entity_id, op, at) VALUES ('temp_permission', OLD.staff_id, 'delete', CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
END;
CREATE TRIGGER teams_ci AFTER INSERT ON teams BEGIN
    INSERT INTO change_log(entity, entity_id, op, at) VALUES ('team', NEW.id, 'insert', CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
END;
CREATE TRIGGER teams_cu AFTER UPDATE ON teams BEGIN
    INSERT INTO change_log(entity, entity_id, op, at) VALUES ('team', NEW.id, 'update', CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
END;
CREATE TRIGGER teams_cd AFTER DELETE ON teams BEGIN
    INSERT INTO change_log(entity, entity_id, op, at) VALUES ('team', OLD.id, 'delete', CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
END;

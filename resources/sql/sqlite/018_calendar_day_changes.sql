-- Holidays and make-up working days (calendar_days, migration 003) append to change_log like
-- the deadline rules, so every workstation's Administration > Calendar tab and every deadline
-- computed from the calendar follow a change at once. entity_id is the date as yyyymmdd.
CREATE TRIGGER calendar_days_ci AFTER INSERT ON calendar_days BEGIN
    INSERT INTO change_log(entity, entity_id, op, at) VALUES ('calendar_day', CAST(replace(NEW.date, '-', '') AS INTEGER), 'insert', CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
END;
CREATE TRIGGER calendar_days_cu AFTER UPDATE ON calendar_days BEGIN
    INSERT INTO change_log(entity, entity_id, op, at) VALUES ('calendar_day', CAST(replace(NEW.date, '-', '') AS INTEGER), 'update', CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
END;
CREATE TRIGGER calendar_days_cd AFTER DELETE ON calendar_days BEGIN
    INSERT INTO change_log(entity, entity_id, op, at) VALUES ('calendar_day', CAST(replace(OLD.date, '-', '') AS INTEGER), 'delete', CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
END;

-- Signalboard schema 39 (SQLite): a team lead sees their own team's tickets (the statements
-- are shared: resources/sql/shared/039_team_lead_scope.sql), and adding participants to a
-- calibration session (校准) is a change of the session, so every inspector's screen follows.

-- @shared permissions

CREATE TRIGGER qa_calibration_participants_ci AFTER INSERT ON qa_calibration_participants BEGIN
    INSERT INTO change_log(entity, entity_id, op, at) VALUES ('qa_calibration', NEW.session_id, 'insert', CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
END;

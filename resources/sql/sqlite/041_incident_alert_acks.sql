-- Signalboard schema 41 (SQLite): acknowledged incident alerts. Every open incident is an
-- alert in the alert drawer of every workstation until someone acknowledges it; an
-- acknowledgement is for the grade it saw, so a later rise alerts again. Who and when are
-- recorded (acked_by: staff id; acked_at: the time of the acknowledging program's clock).
-- IncidentAlertAcks (src/core/incidents/alertacks.h) checks the permission incidents.confirm
-- on SQLite; on PostgreSQL the server's function sb_ack_incident_alert does. The first
-- acknowledgement of a grade stays.
CREATE TABLE incident_alert_acks (
    incident_id INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
    grade       INTEGER NOT NULL CHECK (grade BETWEEN 0 AND 3),
    acked_by    INTEGER NOT NULL REFERENCES staff(id),
    acked_at    INTEGER NOT NULL,
    PRIMARY KEY (incident_id, grade)
);

-- Other workstations' drawers follow the incident.
CREATE TRIGGER incident_alert_acks_ci AFTER INSERT ON incident_alert_acks BEGIN
    INSERT INTO change_log(entity, entity_id, op, at) VALUES ('incident', NEW.incident_id, 'update', CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
END;

-- Signalboard schema 41 (PostgreSQL): acknowledged incident alerts. Every open incident is an
-- alert in the alert drawer of every workstation until someone acknowledges it; an
-- acknowledgement is for the grade it saw, so a later rise alerts again.
--
-- Staff logins write none of the table: sb_ack_incident_alert(incident, grade) checks the
-- permission incidents.confirm, that the incident is open at that grade, and records the
-- caller's staff id and the server's time. The first acknowledgement of a grade stays.
-- Every acknowledgement reaches the change feed as an update of the incident, so the
-- drawers of other workstations follow.
CREATE TABLE incident_alert_acks (
    incident_id BIGINT NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
    grade       INTEGER NOT NULL CHECK (grade BETWEEN 0 AND 3),
    acked_by    BIGINT NOT NULL REFERENCES staff(id),
    acked_at    BIGINT NOT NULL,
    PRIMARY KEY (incident_id, grade)
);
REVOKE ALL ON incident_alert_acks FROM PUBLIC;
GRANT SELECT ON incident_alert_acks TO sb_staff;

CREATE FUNCTION sb_log_incident_alert_ack() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, public AS $$
DECLARE
    s BIGINT;
BEGIN
    PERFORM pg_advisory_xact_lock(7305001);
    INSERT INTO public.change_log(entity, entity_id, op, at)
    VALUES ('incident', NEW.incident_id, 'update', (extract(epoch FROM clock_timestamp()) * 1000)::BIGINT)
    RETURNING seq INTO s;
    PERFORM pg_notify('signalboard_change', s::TEXT);
    RETURN NULL;
END;
$$;
CREATE TRIGGER incident_alert_acks_c AFTER INSERT ON incident_alert_acks
    FOR EACH ROW EXECUTE FUNCTION sb_log_incident_alert_ack();

-- Acknowledges the alert of open incident `p_incident` at grade `p_grade` (the grade the
-- caller saw) in the caller's name, at the server's time.
CREATE FUNCTION sb_ack_incident_alert(p_incident BIGINT, p_grade INTEGER) RETURNS VOID
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    me BIGINT := public.sb_current_staff_id();
    i public.incidents%ROWTYPE;
BEGIN
    PERFORM public.sb_require_permission('incidents.confirm');
    IF me IS NULL THEN
        RAISE EXCEPTION 'only active staff acknowledge alerts' USING ERRCODE = 'insufficient_privilege';
    END IF;
    SELECT * INTO i FROM public.incidents x WHERE x.id = p_incident;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'incident #% does not exist', p_incident USING ERRCODE = 'no_data_found';
    END IF;
    IF i.state <> 'open' THEN
        RAISE EXCEPTION 'incident #% is resolved', p_incident USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF p_grade IS NULL OR p_grade <> i.grade THEN
        RAISE EXCEPTION 'incident #% has another grade now', p_incident USING ERRCODE = 'serialization_failure';
    END IF;
    INSERT INTO public.incident_alert_acks(incident_id, grade, acked_by, acked_at)
    VALUES (p_incident, p_grade, me, public.sb_now_ms())
    ON CONFLICT (incident_id, grade) DO NOTHING;
END;
$$;
REVOKE ALL ON FUNCTION sb_log_incident_alert_ack(), sb_ack_incident_alert(BIGINT, INTEGER) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION sb_ack_incident_alert(BIGINT, INTEGER) TO sb_staff;

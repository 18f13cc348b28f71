-- Signalboard schema 39 (PostgreSQL): a team lead sees their own team's tickets (the
-- statements are shared: resources/sql/shared/039_team_lead_scope.sql; row security then
-- limits everything a team lead reads, reports included, to the team's tickets, their own
-- and the ones they registered), and adding participants to a calibration session (校准) is
-- a change of the session, so every inspector's screen follows.

-- @shared permissions

CREATE TRIGGER qa_calibration_participants_ci AFTER INSERT ON qa_calibration_participants
    FOR EACH ROW EXECUTE FUNCTION sb_log_change('qa_calibration', 'session_id');

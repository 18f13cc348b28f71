-- Signalboard schema 27 (SQLite): calibration (校准). QaCalibrationStore
-- (src/core/qa/calibration.h) makes the checks of each step here and reads with the blindness
-- rule; on PostgreSQL the server makes them (resources/sql/postgresql/027_qa_calibration.sql).
-- The schema keeps what holds whoever writes: a submitted calibration score never changes,
-- and a closed session takes no more scores.
CREATE TRIGGER qa_calibration_scores_final BEFORE UPDATE ON qa_calibration_scores
BEGIN
    SELECT RAISE(ABORT, 'a submitted calibration score never changes');
END;
CREATE TRIGGER qa_calibration_scores_open BEFORE INSERT ON qa_calibration_scores
WHEN NOT EXISTS (SELECT 1 FROM qa_calibration_sessions s WHERE s.id = NEW.session_id
                 AND s.state = 'open')
BEGIN
    SELECT RAISE(ABORT, 'the calibration session is closed');
END;

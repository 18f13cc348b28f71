-- Signalboard schema 42, the part both databases share: the indexes the archive's choice of
-- tickets reads by (a ticket's appeals, its knowledge-base usage, attachments and calibration
-- rows), so that choosing a batch does not scan whole tables per ticket.
-- @section indexes
CREATE INDEX tickets_appeal_of ON tickets(appeal_of) WHERE appeal_of IS NOT NULL;
CREATE INDEX kb_usage_ticket ON kb_usage(ticket_id) WHERE ticket_id IS NOT NULL;
CREATE INDEX attachments_ticket ON attachments(ticket_id);
CREATE INDEX qa_calibration_tickets_ticket ON qa_calibration_tickets(ticket_id);
CREATE INDEX qa_calibration_scores_ticket ON qa_calibration_scores(ticket_id);

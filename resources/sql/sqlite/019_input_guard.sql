-- PostgreSQL only (sb_create_login's name check and sb_workflow_apply's active-handler check
-- on the server); on SQLite the same checks are made in core (SecurityValidation::nameProblem,
-- TicketWorkflow::apply).
SELECT 1;

-- PostgreSQL only (sb_create_login's name check on the server); on SQLite the same check is
-- made in core (SecurityValidation::nameProblem).
SELECT 1;

-- Ticket edits guard, personal saved filters and query log, knowledge-base link policies:
-- PostgreSQL only (the server checks them; see resources/sql/postgresql/013_ticket_edits.sql).
-- On SQLite the workstation is the guard; this version is recorded so both dialects number alike.
SELECT 1;

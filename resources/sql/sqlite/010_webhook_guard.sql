-- Webhook targets guard: PostgreSQL only (the server checks broadcast.webhook). On SQLite the
-- workstation is the guard; this version is recorded so both dialects number alike.
SELECT 1;

-- PostgreSQL only (row-level rules on kb_usage); SQLite has no server to enforce them.
SELECT 1;

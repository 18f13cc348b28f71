-- Signalboard: run once by a superuser after the first `signalboard-cli db migrate`
-- (the migration creates the group roles sb_staff, sb_agent … sb_admin):
--   psql -v db=signalboard -f after-migrate.sql
\set ON_ERROR_STOP on
\if :{?db}
\else
\set db signalboard
\endif
GRANT CONNECT ON DATABASE :"db" TO sb_staff;

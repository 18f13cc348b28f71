-- Signalboard: one-time server set-up, run by a PostgreSQL superuser with psql:
--   psql -v owner=signalboard_owner -v db=signalboard -f setup-server.sql
-- Creates the schema owner (NOT a superuser) and the database, and closes the doors that
-- PostgreSQL leaves open by default. Run after-migrate.sql once the schema exists.
\set ON_ERROR_STOP on
\if :{?owner}
\else
\set owner signalboard_owner
\endif
\if :{?db}
\else
\set db signalboard
\endif

-- The owner runs migrations and owns the SECURITY DEFINER functions. CREATEROLE lets
-- sb_create_login make one LOGIN role per person; it is not a superuser and cannot bypass
-- row-level security for anyone but itself (table owners are not subject to it: never use
-- the owner account for daily work).
SELECT format('CREATE ROLE %I LOGIN CREATEROLE NOSUPERUSER NOCREATEDB NOREPLICATION NOBYPASSRLS',
              :'owner')
WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'owner') \gexec
-- sb_disable_login ends the sessions of a disabled person.
GRANT pg_signal_backend TO :"owner";

SELECT format('CREATE DATABASE %I OWNER %I ENCODING ''UTF8'' TEMPLATE template0', :'db', :'owner')
WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = :'db') \gexec

-- Only Signalboard staff (granted in after-migrate.sql) may connect.
REVOKE ALL ON DATABASE :"db" FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE :"db" TO :"owner";
-- Passwords reach the server in sb_create_login / sb_set_password calls: keep failing
-- statements (which would show their parameters) out of the server log for this database.
ALTER DATABASE :"db" SET log_min_error_statement = 'panic';
ALTER DATABASE :"db" SET log_statement = 'none';
ALTER DATABASE :"db" SET password_encryption = 'scram-sha-256';

\c :"db"
ALTER SCHEMA public OWNER TO :"owner";
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC;

-- Advisory locks: PostgreSQL lets every login take any advisory lock. The change_log trigger
-- serialises its writers on one key, so a staff login holding that key (for example
-- `SELECT pg_advisory_lock(7305001), pg_sleep(600)`) would freeze every write in the centre.
-- Only the owner (migrations, the SECURITY DEFINER triggers) may take them in this database.
SELECT format('REVOKE EXECUTE ON FUNCTION %s FROM PUBLIC', p.oid::regprocedure)
FROM pg_proc p WHERE p.proname ~ '^pg_(try_)?advisory' \gexec
SELECT format('GRANT EXECUTE ON FUNCTION %s TO %I', p.oid::regprocedure, :'owner')
FROM pg_proc p WHERE p.proname ~ '^pg_(try_)?advisory' \gexec

-- Passwords: a login can always `ALTER ROLE itself PASSWORD …`, which no grant can take away.
-- Debian's PostgreSQL ships passwordcheck: loaded for every session of this database, it
-- refuses short passwords, passwords made only of letters, and passwords holding the login.
ALTER DATABASE :"db" SET session_preload_libraries = 'passwordcheck';
-- A session left idle inside a transaction holds its locks and the change feed's horizon.
ALTER DATABASE :"db" SET idle_in_transaction_session_timeout = '5min';

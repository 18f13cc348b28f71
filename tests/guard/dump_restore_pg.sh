#!/usr/bin/env bash
# PostgreSQL backup as docs/ADMIN-GUIDE.md ("Backup and restore") describes it: a database set
# up on server A with packaging/postgres/setup.sh, with a staff login and tickets, is dumped
# (pg_dumpall --roles-only for the cluster-wide roles, pg_dump -Fc for the database) and
# restored into a fresh server B (psql for the roles, pg_restore --create). On B the staff
# member then logs in with the same password, reads what the team may read, writes through the
# guarded functions, and is still refused what the server refuses.
#
# Starts its own two throwaway servers (tests/support/pgtest.sh) and stops them at the end;
# prints one line per check and closes with "N passed, N failed".
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
src=${SIGNALBOARD_SOURCE_DIR:-$here/../..}
cli=${SIGNALBOARD_BUILD_DIR:?}/src/cli/signalboard-cli
pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -n "$pgbin" ] || { echo "PostgreSQL binaries not found"; exit 1; }

work=$(mktemp -d)
chmod 755 "$work"
db=sb_dump
owner=sb_dump_owner
admin=dump_admin
agent=dump_agent
other=dump_other
ownerpw='Owner-pass-2026'
adminpw='Admin-pass-2026'
staffpw='Staff-pass-2026'
passed=0
failed=0

cleanup() {
  bash "$src/tests/support/pgtest.sh" stop "$work/a.state" >/dev/null 2>&1
  bash "$src/tests/support/pgtest.sh" stop "$work/b.state" >/dev/null 2>&1
  rm -rf "$work"
}
trap cleanup EXIT

ok() { passed=$((passed + 1)); echo "PASS  $1"; }
bad() { failed=$((failed + 1)); echo "FAIL  $1${2:+: $2}"; }
expect() {
  if [ "$2" = "$3" ]; then ok "$1"; else bad "$1" "got '$2', want '$3' $(head -c 300 "$work/err")"; fi
}

bash "$src/tests/support/pgtest.sh" start "$work/a.state" >/dev/null &&
  bash "$src/tests/support/pgtest.sh" start "$work/b.state" >/dev/null ||
  { echo "0 passed, 1 failed (servers did not start)"; exit 1; }
# server S: the superuser's libpq environment (PGHOST … PGPASSWORD) for server A or B.
server() {
  local url port pw
  url=$(sed -n 's/^url=//p' "$work/$1.state")
  port=$(sed -n 's/^port=//p' "$work/$1.state")
  pw=${url#*://sbadmin:}
  pw=${pw%%@*}
  export PGHOST=127.0.0.1 PGPORT=$port PGUSER=sbadmin PGPASSWORD=$pw PGDATABASE=postgres
  export PGCONNECT_TIMEOUT=10
}
# as LOGIN PASSWORD psql-args…: psql as that login on the current server's database.
as() {
  local login=$1 pw=$2
  shift 2
  PGUSER=$login PGPASSWORD=$pw psql -X -q -t -A -v ON_ERROR_STOP=1 -d "$db" "$@" 2>"$work/err"
}

# --- server A: set up as the guide says, with people and tickets --------------------------
server a
port_a=$PGPORT
printf '%s\n%s\n%s\n%s\n' "$ownerpw" "$ownerpw" "$adminpw" "$adminpw" |
  bash "$src/packaging/postgres/setup.sh" --db "$db" --owner "$owner" --cli "$cli" \
    --host 127.0.0.1 --port "$port_a" --admin-login "$admin" --admin-employee-no DA1 \
    >"$work/setup.log" 2>&1 || { cat "$work/setup.log"; echo "0 passed, 1 failed"; exit 1; }
as "$admin" "$adminpw" -c "INSERT INTO teams(name, created_at) VALUES ('A', 0), ('B', 0)" >/dev/null &&
  team_a=$(as "$admin" "$adminpw" -c "SELECT id FROM teams WHERE name = 'A'") &&
  team_b=$(as "$admin" "$adminpw" -c "SELECT id FROM teams WHERE name = 'B'") &&
  as "$admin" "$adminpw" -c "SELECT sb_create_login('DA2', '$agent', '$staffpw', 'agent', 'Ann Agent', $team_a)" >/dev/null &&
  as "$admin" "$adminpw" -c "SELECT sb_create_login('DA3', '$other', '$staffpw', 'agent', 'Bo Other', $team_b)" >/dev/null ||
  { cat "$work/err"; echo "0 passed, 1 failed"; exit 1; }
agent_id=$(as "$owner" "$ownerpw" -c "SELECT id FROM staff WHERE login = '$agent'")
other_id=$(as "$owner" "$ownerpw" -c "SELECT id FROM staff WHERE login = '$other'")
as "$owner" "$ownerpw" >/dev/null <<SQL || { cat "$work/err"; echo "0 passed, 1 failed"; exit 1; }
INSERT INTO tickets(source, external_id, received_at, channel, customer_tier, problem_type,
    service_number, state, handler_id, team_id, updated_at)
VALUES ('dump', 'a1', 1, 'phone', 'normal', 'login_failure', '13800138000', 'dispatched',
        $agent_id, $team_a, 1),
       ('dump', 'b1', 1, 'phone', 'normal', 'login_failure', '13900139000', 'dispatched',
        $other_id, $team_b, 1);
SQL
ta=$(as "$owner" "$ownerpw" -c "SELECT id FROM tickets WHERE external_id = 'a1'")
tb=$(as "$owner" "$ownerpw" -c "SELECT id FROM tickets WHERE external_id = 'b1'")
tickets_a=$(as "$owner" "$ownerpw" -c "SELECT count(*) FROM tickets")

# --- the backup: roles (cluster-wide) and the database ------------------------------------
"$pgbin/pg_dumpall" --roles-only -f "$work/roles.sql" 2>"$work/err" || bad "pg_dumpall --roles-only" "$(cat "$work/err")"
"$pgbin/pg_dump" -Fc -d "$db" -f "$work/db.dump" 2>"$work/err" || bad "pg_dump -Fc" "$(cat "$work/err")"
expect "the roles dump carries the staff login's password as a SCRAM hash, not in clear" \
  "$(grep -c "ROLE $agent .*PASSWORD 'SCRAM-SHA-256" "$work/roles.sql")/$(grep -c "$staffpw" "$work/roles.sql")" "1/0"

# --- server B: fresh; roles first, then the database --------------------------------------
server b
expect "server B is fresh (no Signalboard roles)" \
  "$(psql -X -q -t -A -c "SELECT count(*) FROM pg_roles WHERE rolname IN ('$owner', '$agent', 'sb_staff')")" 0
# The superuser that ran initdb exists on every cluster: its lines are left out, as the guide says.
grep -v -E "^(CREATE|ALTER) ROLE sbadmin[ ;]" "$work/roles.sql" >"$work/roles-b.sql"
psql -X -q -v ON_ERROR_STOP=1 -f "$work/roles-b.sql" >/dev/null 2>"$work/err" &&
  ok "roles restored with psql" || bad "roles restored with psql" "$(cat "$work/err")"
"$pgbin/pg_restore" --create --exit-on-error -d postgres "$work/db.dump" 2>"$work/err" &&
  ok "database restored with pg_restore --create" || bad "pg_restore --create" "$(cat "$work/err")"

# --- logins work on B -----------------------------------------------------------------------
expect "all tickets are there" "$(as "$owner" "$ownerpw" -c "SELECT count(*) FROM tickets")" "$tickets_a"
expect "the staff login signs in on B with its password and sees its team's ticket" \
  "$(as "$agent" "$staffpw" -c "SELECT count(*) FROM tickets WHERE id = $ta")" 1
expect "the row-level rules came along: another team's ticket stays hidden" \
  "$(as "$agent" "$staffpw" -c "SELECT count(*) FROM tickets WHERE id = $tb")" 0
if as "$agent" "wrong-password" -c "SELECT 1" >/dev/null; then
  bad "a wrong password is refused on B"
elif grep -q "password authentication failed" "$work/err" && as "$agent" "$staffpw" -c "SELECT 1" >/dev/null; then
  ok "a wrong password is refused on B, the right one accepted"
else
  bad "a wrong password is refused on B, the right one accepted" "$(head -n 1 "$work/err")"
fi
if PGPASSWORD=$staffpw "$cli" db status --db "postgresql://$agent@127.0.0.1:$PGPORT/$db" >"$work/status" 2>&1; then
  ok "signalboard-cli connects to B as the staff login (schema up to date)"
else
  bad "signalboard-cli connects to B as the staff login" "$(cat "$work/status")"
fi
as "$agent" "$staffpw" -c "SELECT sb_workflow_apply($ta, 1, 'accept', '{}', '', NULL, NULL)" >/dev/null
expect "a write through the guarded workflow function works on B" \
  "$(as "$owner" "$ownerpw" -c "SELECT state FROM tickets WHERE id = $ta")" in_progress
# refused_by_server LABEL SQL: the staff login is connected and the server refuses the statement
# (a login that fails does not count).
refused_by_server() {
  if as "$agent" "$staffpw" -c "$2" >/dev/null; then
    bad "$1" "accepted"
  elif grep -q -E "FATAL|could not connect|connection to server" "$work/err"; then
    bad "$1" "no session: $(head -n 1 "$work/err")"
  else
    ok "$1 ($(head -n 1 "$work/err" | sed 's/^psql:[^E]*ERROR: *//' | cut -c1-80))"
  fi
}
refused_by_server "closing a ticket by UPDATE is refused on B" \
  "UPDATE tickets SET state = 'closed' WHERE id = $ta"
expect "the ticket is still in progress" \
  "$(as "$owner" "$ownerpw" -c "SELECT state FROM tickets WHERE id = $ta")" in_progress
refused_by_server "granting oneself a permission is refused on B" \
  "SELECT sb_grant_permission('agent', 'kb.edit')"

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]

#!/usr/bin/env bash
# Signalboard on PostgreSQL, from an empty server to the first administrator.
#
#   setup.sh [--db NAME] [--owner ROLE] [--cli PATH] [--host HOST] [--port PORT]
#            --admin-login LOGIN --admin-employee-no NO [--admin-name NAME]
#
# Run where psql can connect as a superuser (for example, as root on the server:
# `runuser -u postgres -- setup.sh …`, or with PGHOST/PGPORT/PGUSER/PGPASSWORD set). It asks
# for two passwords: the schema owner's and the first administrator's. Nothing is written to
# disk.
#
# Two connections, set separately:
#   - psql's superuser connection (steps 1 and 3) follows the libpq environment as usual:
#     PGHOST (a host name or a socket directory such as /var/run/postgresql), PGPORT, PGUSER …
#   - --host / --port (default localhost / 5432) are what the schema owner and the people use:
#     signalboard-cli in step 2, psql as the owner in step 4, and the URL printed at the end.
#     --host may also be a socket directory (the URL then says ?host=/dir&port=N).
#   1. setup-server.sql   owner role (CREATEROLE, not superuser), database, hardening
#   2. signalboard-cli db migrate --db postgresql://OWNER@HOST:PORT/DB   (as the owner)
#   3. after-migrate.sql  CONNECT for the sb_staff group
#   4. sb_create_login(…, 'admin')   the first administrator, as the owner
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
db=signalboard owner=signalboard_owner cli=signalboard-cli
host=localhost port=5432
admin_login='' admin_no='' admin_name=''
while [ $# -gt 0 ]; do
  case $1 in
    --db) db=$2; shift 2 ;;
    --owner) owner=$2; shift 2 ;;
    --cli) cli=$2; shift 2 ;;
    --host) host=$2; shift 2 ;;
    --port) port=$2; shift 2 ;;
    --admin-login) admin_login=$2; shift 2 ;;
    --admin-employee-no) admin_no=$2; shift 2 ;;
    --admin-name) admin_name=$2; shift 2 ;;
    *) echo "setup.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
ident='^[a-z_][a-z0-9_]{0,62}$'
for v in "$db" "$owner"; do
  [[ $v =~ $ident ]] || { echo "setup.sh: '$v' is not a valid name (lower-case letters, digits, _)" >&2; exit 2; }
done
[[ $admin_login =~ $ident ]] || { echo "setup.sh: --admin-login is required (lower-case letters, digits, _)" >&2; exit 2; }
[[ $admin_no =~ ^[A-Za-z0-9_-]{1,32}$ ]] || { echo "setup.sh: --admin-employee-no is required (1-32 letters, digits, _ or -)" >&2; exit 2; }
[ -n "$admin_name" ] || admin_name=$admin_login
if ! [[ $port =~ ^[0-9]{1,5}$ ]] || [ "$port" -lt 1 ] || [ "$port" -gt 65535 ]; then
  echo "setup.sh: --port '$port' is not a port number (1-65535)" >&2; exit 2
fi
if ! [[ $host == /* || ( -n $host && $host != *[[:space:]@/?\&]* ) ]]; then
  echo "setup.sh: --host '$host' is not a host name, address or socket directory" >&2; exit 2
fi

# The Signalboard URL of user $1 on --host/--port.
url_for() {
  if [[ $host == /* ]]; then
    printf 'postgresql://%s@/%s?host=%s&port=%s' "$1" "$db" "$host" "$port"
  elif [[ $host == *:* ]]; then
    printf 'postgresql://%s@[%s]:%s/%s' "$1" "$host" "$port" "$db"
  else
    printf 'postgresql://%s@%s:%s/%s' "$1" "$host" "$port" "$db"
  fi
}

read_pw() { # prompt, variable
  local a b
  while :; do
    read -rsp "$1: " a; echo
    read -rsp "$1 (again): " b; echo
    [ "$a" = "$b" ] && [ ${#a} -ge 8 ] && break
    echo "passwords differ or are shorter than 8 characters; try again" >&2
  done
  printf -v "$2" '%s' "$a"
}
read_pw "New password for the schema owner $owner" owner_pw
read_pw "New password for the administrator $admin_login" admin_pw

echo "== 1/4 owner and database"
psql -X -q -v owner="$owner" -v db="$db" -f "$here/setup-server.sql"
# The owner's password travels as a psql variable, never on a command line.
psql -X -q -v owner="$owner" -v pw="$owner_pw" <<'SQL'
\set ON_ERROR_STOP on
SELECT format('ALTER ROLE %I PASSWORD %L', :'owner', :'pw') \gexec
SQL

echo "== 2/4 schema (as $owner)"
PGPASSWORD=$owner_pw "$cli" db migrate --db "$(url_for "$owner")"

echo "== 3/4 connect rights"
psql -X -q -v db="$db" -f "$here/after-migrate.sql"

echo "== 4/4 first administrator"
PGPASSWORD=$owner_pw psql -X -q -h "$host" -p "$port" -U "$owner" -d "$db" \
  -v login="$admin_login" -v no="$admin_no" -v name="$admin_name" -v pw="$admin_pw" <<'SQL'
\set ON_ERROR_STOP on
SELECT sb_create_login(:'no', :'login', :'pw', 'admin', :'name') AS staff_id;
SQL
echo "done: $admin_login can now sign in to $(url_for "$admin_login")"

#!/usr/bin/env bash
# Throwaway PostgreSQL server for the test suite.
#   pgtest.sh start STATEFILE   initdb + start on a free private port; writes the admin URL
#   pgtest.sh stop  STATEFILE   stops the server and removes its files
# With PGTEST_TLS_DIR set (a folder holding server.crt and server.key), "start" turns TLS on
# and accepts TCP only over TLS (pg_hba: hostssl, no plain host line). Used by tst_tls_pg.
# PGTEST_SERVER_OPTS adds server settings ("-c shared_buffers=2GB …"), e.g. for benchmarks.
# Runs the server as an unprivileged user: as root it uses the 'postgres' system user.
set -euo pipefail
cmd=${1:?start|stop}
state=${2:?state file}

pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -n "$pgbin" ] || { echo "pgtest: PostgreSQL server binaries not found (apt-get install postgresql)" >&2; exit 1; }

as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case $cmd in
start)
  dir=$(mktemp -d /tmp/sb-pgtest.XXXXXX)
  chmod 755 "$dir"
  [ "$(id -u)" = 0 ] && chown postgres: "$dir"
  pw=sbtest-$RANDOM$RANDOM
  as_owner bash -c "umask 077; echo '$pw' > '$dir/pw'"
  as_owner "$pgbin/initdb" -D "$dir/data" -U sbadmin --pwfile="$dir/pw" --auth-local=trust \
      --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; exit 1; }
  tls_opts=
  if [ -n "${PGTEST_TLS_DIR:-}" ]; then
    mkdir "$dir/tls"
    cp "$PGTEST_TLS_DIR/server.crt" "$PGTEST_TLS_DIR/server.key" "$dir/tls/"
    chmod 700 "$dir/tls"; chmod 600 "$dir/tls/server.key"; chmod 644 "$dir/tls/server.crt"
    [ "$(id -u)" = 0 ] && chown -R postgres: "$dir/tls"
    as_owner bash -c "printf '%s\\n' 'local all all trust' \
        'hostssl all all 127.0.0.1/32 scram-sha-256' > '$dir/data/pg_hba.conf'"
    tls_opts=" -c ssl=on -c ssl_cert_file=$dir/tls/server.crt -c ssl_key_file=$dir/tls/server.key"
  fi
  # A private port: try a few random ones (another server may hold one).
  started=0
  for attempt in 1 2 3 4 5 6 7 8; do
    port=$(( 20000 + (RANDOM * 32768 + RANDOM) % 40000 ))
    if as_owner "$pgbin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200 -c synchronous_commit=off -c full_page_writes=off$tls_opts ${PGTEST_SERVER_OPTS:-}" \
        start >/dev/null 2>&1; then
      started=1; break
    fi
  done
  [ $started = 1 ] || { cat "$dir/server.log" >&2; exit 1; }
  printf 'dir=%s\nport=%s\nurl=postgresql://sbadmin:%s@127.0.0.1:%s/postgres\n' "$dir" "$port" "$pw" "$port" > "$state"
  echo "pgtest: server on 127.0.0.1:$port ($dir)"
  ;;
stop)
  [ -f "$state" ] || exit 0
  dir=$(sed -n 's/^dir=//p' "$state")
  if [ -n "$dir" ] && [ -d "$dir/data" ]; then
    as_owner "$pgbin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$dir"
  fi
  rm -f "$state"
  ;;
*) echo "usage: pgtest.sh start|stop STATEFILE" >&2; exit 2 ;;
esac

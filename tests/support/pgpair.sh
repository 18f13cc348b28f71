#!/usr/bin/env bash
# A throwaway primary and hot standby (streaming replication) for the failover test.
#   pgpair.sh start   STATEFILE  initdb a primary (wal_level=replica), clone it with
#                                pg_basebackup -R into a hot standby that streams from it, start
#                                both on free private ports and write the state file
#   pgpair.sh stop-primary STATEFILE  the primary fails: pg_ctl stop -m immediate (as a crash)
#   pgpair.sh promote STATEFILE  the failover: stop the primary at once if it still runs, then
#                                promote the standby (pg_ctl promote -w)
#   pgpair.sh stop    STATEFILE  stop both servers and remove their files
# The state file holds dir, primary_port, standby_port, password, primary_url, standby_url and
# url: the multi-host URI a client uses (both servers, target_session_attrs=read-write).
# Replication is synchronous (the primary's synchronous_standby_names='*'): a commit is
# acknowledged only once the standby has it, so the failover loses nothing acknowledged.
# PGPAIR_ASYNC=1 makes it asynchronous (the default of a plain PostgreSQL setup).
# Modelled on pgtest.sh: as root the servers run as the 'postgres' system user.
set -euo pipefail
cmd=${1:?start|stop-primary|promote|stop}
state=${2:?state file}

pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -n "$pgbin" ] || { echo "pgpair: PostgreSQL server binaries not found (apt-get install postgresql)" >&2; exit 1; }

as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

opts="-c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=on -c max_connections=100"
opts="$opts -c wal_level=replica -c max_wal_senders=5 -c hot_standby=on -c wal_keep_size=64MB"

# Starts the server of data directory $1 (log $2, more settings $3) on a free random port;
# prints the port.
start_server() {
  local data=$1 log=$2 extra=${3:-} port attempt
  for attempt in 1 2 3 4 5 6 7 8; do
    port=$(( 20000 + (RANDOM * 32768 + RANDOM) % 40000 ))
    if as_owner "$pgbin/pg_ctl" -D "$data" -l "$log" -w -t 60 \
        -o "-p $port -k $dir $opts $extra" start >/dev/null 2>&1; then
      echo "$port"; return 0
    fi
  done
  cat "$log" >&2
  return 1
}

value() { sed -n "s/^$1=//p" "$state"; }

case $cmd in
start)
  dir=$(mktemp -d /tmp/sb-pgpair.XXXXXX)
  chmod 755 "$dir"
  [ "$(id -u)" = 0 ] && chown postgres: "$dir"
  pw=sbpair-$RANDOM$RANDOM
  as_owner bash -c "umask 077; echo '$pw' > '$dir/pw'"
  as_owner "$pgbin/initdb" -D "$dir/primary" -U sbadmin --pwfile="$dir/pw" --auth-local=trust \
      --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; exit 1; }
  # Clients and the standby's replication connection, both over TCP with the password.
  as_owner bash -c "printf '%s\\n' 'local all all trust' 'local replication all trust' \
      'host all all 127.0.0.1/32 scram-sha-256' \
      'host replication sbadmin 127.0.0.1/32 scram-sha-256' > '$dir/primary/pg_hba.conf'"
  sync="-c synchronous_standby_names='*' -c synchronous_commit=on"
  [ -n "${PGPAIR_ASYNC:-}" ] && sync=
  primary_port=$(start_server "$dir/primary" "$dir/primary.log" "$sync") || exit 1
  # The standby: a base backup with the WAL it needs, -R writes primary_conninfo and
  # standby.signal, so it starts as a hot standby streaming from the primary.
  as_owner env PGPASSWORD="$pw" "$pgbin/pg_basebackup" -h 127.0.0.1 -p "$primary_port" \
      -U sbadmin -D "$dir/standby" -R -X stream -c fast >"$dir/basebackup.log" 2>&1 \
    || { cat "$dir/basebackup.log" >&2; as_owner "$pgbin/pg_ctl" -D "$dir/primary" -m immediate stop >/dev/null 2>&1; exit 1; }
  standby_port=$(start_server "$dir/standby" "$dir/standby.log") \
    || { as_owner "$pgbin/pg_ctl" -D "$dir/primary" -m immediate stop >/dev/null 2>&1; exit 1; }
  base="postgresql://sbadmin:$pw@127.0.0.1"
  {
    printf 'dir=%s\nprimary_port=%s\nstandby_port=%s\npassword=%s\n' \
      "$dir" "$primary_port" "$standby_port" "$pw"
    printf 'primary_url=%s:%s/postgres\n' "$base" "$primary_port"
    printf 'standby_url=%s:%s/postgres\n' "$base" "$standby_port"
    printf 'url=%s:%s,127.0.0.1:%s/postgres?target_session_attrs=read-write\n' \
      "$base" "$primary_port" "$standby_port"
  } > "$state"
  echo "pgpair: primary on 127.0.0.1:$primary_port, standby on 127.0.0.1:$standby_port ($dir)"
  ;;
stop-primary|promote)
  dir=$(value dir)
  [ -n "$dir" ] && [ -d "$dir/standby" ] || { echo "pgpair: no pair in $state" >&2; exit 1; }
  if as_owner "$pgbin/pg_ctl" -D "$dir/primary" status >/dev/null 2>&1; then
    as_owner "$pgbin/pg_ctl" -D "$dir/primary" -m immediate -w stop >/dev/null
  fi
  if [ "$cmd" = stop-primary ]; then
    echo "pgpair: primary stopped (127.0.0.1:$(value primary_port))"
    exit 0
  fi
  as_owner "$pgbin/pg_ctl" -D "$dir/standby" -w -t 60 promote >/dev/null
  echo "pgpair: primary stopped, standby promoted (127.0.0.1:$(value standby_port))"
  ;;
stop)
  [ -f "$state" ] || exit 0
  dir=$(value dir)
  if [ -n "$dir" ] && [ -d "$dir" ]; then
    for d in primary standby; do
      [ -d "$dir/$d" ] && as_owner "$pgbin/pg_ctl" -D "$dir/$d" -m immediate -w stop >/dev/null 2>&1 || true
    done
    rm -rf "$dir"
  fi
  rm -f "$state"
  ;;
*) echo "usage: pgpair.sh start|stop-primary|promote|stop STATEFILE" >&2; exit 2 ;;
esac

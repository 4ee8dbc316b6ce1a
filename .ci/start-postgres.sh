#!/usr/bin/env bash
# Starts a throwaway PostgreSQL on 127.0.0.1 for the SPOC store tests and the ingest benchmark.
#
# Idempotent: installs PostgreSQL from Debian's packages if it is missing, makes a cluster in
# $RC_PG_DIR (default /var/tmp/rc-postgres) once, starts it if it is not running, and creates the
# test role and database once. The password is random, made once, and kept in a file that only the
# owner can read; it never appears on a command line.
#
# Writes $RC_PG_DIR/test.env (mode 600) holding
#   RC_TEST_POSTGRES_URL=jdbc:postgresql://127.0.0.1:PORT/rc_spoc_test?user=rc_spoc_test&password=...
# Use it with:   set -a; . /var/tmp/rc-postgres/test.env; set +a
# The last line printed is the path of that file.
set -euo pipefail

PG_DIR="${RC_PG_DIR:-/var/tmp/rc-postgres}"
PG_PORT="${RC_PG_PORT:-55432}"
DB_NAME=rc_spoc_test
DB_USER=rc_spoc_test

log() { echo "start-postgres: $*" >&2; }

find_bin() {
  local dir
  for dir in /usr/lib/postgresql/*/bin; do
    if [ -x "$dir/initdb" ]; then echo "$dir"; return 0; fi
  done
  return 1
}

if ! BIN="$(find_bin)"; then
  log "PostgreSQL is not installed: installing it from Debian's packages"
  export DEBIAN_FRONTEND=noninteractive
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq postgresql >/dev/null
  # The Debian package starts a cluster of its own on 5432; ours is separate and leaves it alone.
  BIN="$(find_bin)"
fi

# PostgreSQL refuses to run as root: run it as the postgres user when we are root.
if [ "$(id -u)" -eq 0 ]; then
  RUN_AS=(runuser -u postgres --)
  OWNER=postgres
else
  RUN_AS=()
  OWNER="$(id -un)"
fi

mkdir -p "$PG_DIR"
chown "$OWNER" "$PG_DIR"
chmod 700 "$PG_DIR"

if [ ! -f "$PG_DIR/data/PG_VERSION" ]; then
  log "making a new cluster in $PG_DIR/data"
  "${RUN_AS[@]}" "$BIN/initdb" -D "$PG_DIR/data" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
    -E UTF8 --locale=C.UTF-8 >/dev/null
fi

if ! "${RUN_AS[@]}" "$BIN/pg_ctl" -D "$PG_DIR/data" status >/dev/null 2>&1; then
  log "starting PostgreSQL on 127.0.0.1:$PG_PORT"
  "${RUN_AS[@]}" "$BIN/pg_ctl" -D "$PG_DIR/data" -w -t 60 -l "$PG_DIR/postgres.log" \
    -o "-c listen_addresses=127.0.0.1 -c port=$PG_PORT -c unix_socket_directories=$PG_DIR -c max_connections=200" \
    start >/dev/null
fi

PASSWORD_FILE="$PG_DIR/test.password"
if [ ! -s "$PASSWORD_FILE" ]; then
  (umask 077; head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n' > "$PASSWORD_FILE")
fi
PASSWORD="$(cat "$PASSWORD_FILE")"

psql_admin() { "${RUN_AS[@]}" "$BIN/psql" -h "$PG_DIR" -p "$PG_PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -qAt "$@"; }

# The password travels on psql's standard input, never as an argument.
if [ "$(psql_admin -c "SELECT 1 FROM pg_roles WHERE rolname = '$DB_USER'")" != "1" ]; then
  log "creating role $DB_USER"
  printf "CREATE ROLE %s LOGIN PASSWORD '%s';\n" "$DB_USER" "$PASSWORD" | psql_admin
else
  printf "ALTER ROLE %s PASSWORD '%s';\n" "$DB_USER" "$PASSWORD" | psql_admin
fi
if [ "$(psql_admin -c "SELECT 1 FROM pg_database WHERE datname = '$DB_NAME'")" != "1" ]; then
  log "creating database $DB_NAME"
  psql_admin -c "CREATE DATABASE $DB_NAME OWNER $DB_USER"
fi

ENV_FILE="$PG_DIR/test.env"
(umask 077; printf "RC_TEST_POSTGRES_URL='jdbc:postgresql://127.0.0.1:%s/%s?user=%s&password=%s'\n" \
  "$PG_PORT" "$DB_NAME" "$DB_USER" "$PASSWORD" > "$ENV_FILE")
log "ready: load the test URL with  set -a; . $ENV_FILE; set +a"
echo "$ENV_FILE"

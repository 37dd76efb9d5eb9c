#!/usr/bin/env bash
# Start a throwaway PostgreSQL server for the test suite and print ONLY its URL on stdout:
#   postgresql://postgres@127.0.0.1:PORT/annotator_test
# The cluster lives in a fresh temp dir, listens on 127.0.0.1 on a free port, trusts loopback
# connections (it holds nothing but test data) and runs without fsync (speed; it is thrown away).
# initdb refuses to run as root, so as root the cluster is owned by and run as user `postgres`.
# When no server can be started (no binaries, no postgres user...), print nothing and exit 0:
# the suite still runs and the PostgreSQL tests skip with a reason.
# scripts/stop-test-postgres.sh [URL|PORT] (default: $ANNOTATOR_TEST_PG_URL) stops it again.
set -u

log() { echo "start-test-postgres: $*" >&2; }
give_up() { log "$*; PostgreSQL tests will be skipped"; [ -n "${WORK:-}" ] && rm -rf "$WORK"; exit 0; }

BIN=""
for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
  if [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ]; then BIN="$dir"; break; fi
done
[ -z "$BIN" ] && command -v initdb >/dev/null 2>&1 && BIN="$(dirname "$(command -v initdb)")"
[ -z "$BIN" ] && give_up "no PostgreSQL server binaries (install the Debian package postgresql)"

if [ "$(id -u)" = 0 ]; then
  id postgres >/dev/null 2>&1 || give_up "running as root and there is no user postgres to own the cluster"
  AS=(runuser -u postgres --)
  OWNER=postgres
else
  AS=()
  OWNER="$(id -un)"
fi

PYTHON="$(command -v python3 || command -v python || true)"
[ -z "$PYTHON" ] && give_up "python3 is needed to find a free port"

# As root the cluster runs as postgres, which cannot enter a private $TMPDIR: use /tmp then.
if [ "$(id -u)" = 0 ]; then BASE=/tmp; else BASE="${TMPDIR:-/tmp}"; fi
REGISTRY="$BASE/annotator-test-pg"
mkdir -p "$REGISTRY" 2>/dev/null || give_up "cannot create $REGISTRY"

WORK="$(mktemp -d "$BASE/annotator-pg.XXXXXX")" || give_up "cannot create a temp dir"
chmod 0700 "$WORK"
[ "$OWNER" != "$(id -un)" ] && chown "$OWNER" "$WORK"

if ! "${AS[@]}" "$BIN/initdb" -D "$WORK/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync \
    >"$WORK/initdb.log" 2>&1; then
  "${AS[@]}" "$BIN/initdb" -D "$WORK/data" -U postgres -A trust -E UTF8 --no-sync \
    >"$WORK/initdb.log" 2>&1 || give_up "initdb failed (see log below)
$(tail -5 "$WORK/initdb.log")"
fi

for attempt in 1 2 3 4 5; do
  PORT="$("$PYTHON" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"
  # Only loopback TCP, unix socket in the private work dir, trust auth (initdb -A trust).
  if "${AS[@]}" "$BIN/pg_ctl" -D "$WORK/data" -l "$WORK/server.log" -w -t 30 \
      -o "-p $PORT -k $WORK -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
      start >"$WORK/pg_ctl.log" 2>&1; then
    STARTED=1
    break
  fi
  STARTED=0
done
[ "${STARTED:-0}" = 1 ] || give_up "the server did not start (see $WORK/server.log)"

echo "$WORK" >"$REGISTRY/$PORT"
if ! "${AS[@]}" "$BIN/createdb" -h 127.0.0.1 -p "$PORT" -U postgres annotator_test >>"$WORK/pg_ctl.log" 2>&1; then
  "${AS[@]}" "$BIN/pg_ctl" -D "$WORK/data" -m immediate stop >/dev/null 2>&1
  rm -f "$REGISTRY/$PORT"
  give_up "createdb failed"
fi
echo "postgresql://postgres@127.0.0.1:$PORT/annotator_test"

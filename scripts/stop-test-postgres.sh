#!/usr/bin/env bash
# Stop a server started by scripts/start-test-postgres.sh and delete its data.
#   scripts/stop-test-postgres.sh [URL|PORT]     (default: $ANNOTATOR_TEST_PG_URL)
# Only the server recorded for that port is touched; other test runs' servers keep running.
set -u
TARGET="${1:-${ANNOTATOR_TEST_PG_URL:-}}"
[ -z "$TARGET" ] && exit 0
PORT="$(printf '%s' "$TARGET" | sed -E 's#^.*@[^:/]+:([0-9]+).*$#\1#')"
case "$PORT" in ''|*[!0-9]*) echo "stop-test-postgres: no port in $TARGET" >&2; exit 1;; esac
# As root the cluster runs as postgres, which cannot enter a private $TMPDIR: use /tmp then.
if [ "$(id -u)" = 0 ]; then BASE=/tmp; else BASE="${TMPDIR:-/tmp}"; fi
REGISTRY="$BASE/annotator-test-pg"
[ -f "$REGISTRY/$PORT" ] || { echo "stop-test-postgres: no server of ours on port $PORT" >&2; exit 0; }
WORK="$(cat "$REGISTRY/$PORT")"
case "$WORK" in */annotator-pg.*) ;; *) echo "stop-test-postgres: unexpected dir $WORK" >&2; exit 1;; esac
BIN=""
for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
  [ -x "$dir/pg_ctl" ] && { BIN="$dir"; break; }
done
[ -z "$BIN" ] && command -v pg_ctl >/dev/null 2>&1 && BIN="$(dirname "$(command -v pg_ctl)")"
if [ -n "$BIN" ] && [ -d "$WORK/data" ]; then
  if [ "$(id -u)" = 0 ]; then AS=(runuser -u postgres --); else AS=(); fi
  "${AS[@]}" "$BIN/pg_ctl" -D "$WORK/data" -m fast -w -t 20 stop >/dev/null 2>&1 \
    || "${AS[@]}" "$BIN/pg_ctl" -D "$WORK/data" -m immediate stop >/dev/null 2>&1
fi
rm -rf "$WORK"
rm -f "$REGISTRY/$PORT"

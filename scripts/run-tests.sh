#!/usr/bin/env bash
# Run the whole suite headless. GUI tests use Qt's offscreen platform; tests that need a real X
# server start Xvfb themselves. PostgreSQL tests run against a throwaway server on loopback.
set -uo pipefail
cd "$(dirname "$0")/.."
export QT_QPA_PLATFORM=offscreen
export PYTHONDONTWRITEBYTECODE=1

if [ -x scripts/start-test-postgres.sh ]; then
  # Prints the URL of a fresh server on a private port, or nothing when it cannot start one.
  ANNOTATOR_TEST_PG_URL="$(scripts/start-test-postgres.sh || true)"
  export ANNOTATOR_TEST_PG_URL
fi

.venv/bin/ruff check . || exit 1
.venv/bin/lint-imports || exit 1

.venv/bin/python -m pytest -n 2 --dist loadgroup "$@"
status=$?
[ -x scripts/stop-test-postgres.sh ] && scripts/stop-test-postgres.sh >/dev/null 2>&1
exit $status

#!/usr/bin/env bash
# Smoke-test a built bundle: does the frozen program start, migrate a fresh database, load the
# spaCy model, suggest, and round-trip data? Runs headless (Qt's offscreen platform) in a
# throwaway home so it never touches the user's settings or database.
#   scripts/smoke-package.sh [packaging/dist/annotator]
set -euo pipefail
cd "$(dirname "$0")/.."
DIST="${1:-packaging/dist/annotator}"
BIN="$DIST/annotator"
[ -x "$BIN" ] || { echo "no bundle at $BIN; run make package" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen ANNOTATOR_DATA_DIR="$work/data" ANNOTATOR_CONFIG_DIR="$work/config"
export ANNOTATOR_ANALYST=smoke PYTHONDONTWRITEBYTECODE=1
unset ANNOTATOR_DB ANNOTATOR_MODEL PYTHONPATH PYTHONHOME
fail() { echo "SMOKE FAILED: $*" >&2; exit 1; }
t0=$(date +%s)

# 1. --version answers with the version in pyproject.toml (read from the bundled metadata).
want="$(sed -n 's/^version = "\(.*\)"/\1/p' pyproject.toml | head -1)"
got="$("$BIN" --version)"
[ "$got" = "annotator $want" ] || fail "--version printed '$got', expected 'annotator $want'"
echo "ok  --version: $got"

# 2. Every bundled resource is there (read through importlib.resources inside the bundle):
#    importing the bundled demo into a fresh database also runs every Alembic migration.
demo="$(find "$DIST" -path '*annotator/resources/demo/demo.jsonl' | head -1)"
[ -n "$demo" ] || fail "demo corpus missing from the bundle"
"$BIN" --db "$work/fresh.sqlite3" import --quiet "$demo" >"$work/import.txt" 2>&1 \
  || { cat "$work/import.txt"; fail "import of the demo corpus into a fresh database"; }
echo "ok  fresh database migrated, demo imported: $(tr '\n' ' ' <"$work/import.txt")"

# 3. Round trip: the gold fixture exported from a fresh database equals the input byte for byte.
"$BIN" --db "$work/gold.sqlite3" import --quiet tests/data/gold_fixture.jsonl >/dev/null
"$BIN" --db "$work/gold.sqlite3" export --quiet --out "$work/gold-out.jsonl" >/dev/null
cmp -s tests/data/gold_fixture.jsonl "$work/gold-out.jsonl" || fail "export differs from the imported gold fixture"
echo "ok  import/export round trip of tests/data/gold_fixture.jsonl"

# 4. Headless suggestion on one demo article with the bundled spaCy model.
if "$BIN" suggest --help >/dev/null 2>&1; then
  head -n 1 "$demo" >"$work/in.jsonl"   # the demo articles carry no events yet
  "$BIN" --db "$work/suggest.sqlite3" suggest "$work/in.jsonl" --out "$work/out.jsonl" >"$work/suggest.txt" 2>&1 \
    || { cat "$work/suggest.txt"; fail "suggest"; }
  grep -q '"evidence": \[{' "$work/out.jsonl" || fail "suggest produced no event with evidence"
  echo "ok  suggest on one demo article: $(grep -o '"event_type": "[^"]*"' "$work/out.jsonl" | head -3 | tr '\n' ' ')"
else
  echo "skip suggest: this build has no 'annotator suggest' command"
fi
# suggest falls back to a blank pipeline silently; evaluate reports which pipeline it ran.
if "$BIN" evaluate --help >/dev/null 2>&1; then
  "$BIN" evaluate --gold tests/data/gold_fixture.jsonl --json >"$work/eval.json" 2>&1 \
    || { cat "$work/eval.json"; fail "evaluate"; }
  grep -q '"fallback": false' "$work/eval.json" || { cat "$work/eval.json"; fail "the bundled spaCy model did not load"; }
  echo "ok  the bundled spaCy model loads ($(grep -o '"model": "[^"]*"' "$work/eval.json"))"
fi

# 5. The window opens offscreen and keeps running (timeout's 124 means it was still alive).
set +e
timeout 20 "$BIN" --db "$work/gui.sqlite3" gui >"$work/gui.txt" 2>&1
rc=$?
set -e
if [ "$rc" != 124 ] || grep -q "Traceback" "$work/gui.txt"; then
  cat "$work/gui.txt"; fail "the window exited with status $rc instead of staying open"
fi
echo "ok  window started offscreen and stayed up for 20 s"
echo "smoke test passed in $(( $(date +%s) - t0 )) s; bundle size $(du -sh "$DIST" | cut -f1)"

#!/usr/bin/env bash
# Build the one-folder desktop application (packaging/dist/annotator/) and smoke-test it.
#   scripts/build-package.sh            build, then run scripts/smoke-package.sh on the result
#   SKIP_SMOKE=1 scripts/build-package.sh
# `make package` runs this after scripts/bootstrap.sh has set up .venv. PyInstaller comes from the
# `package` extra of pyproject.toml and is installed into .venv on first use.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python

if ! "$PY" -c "import PyInstaller" 2>/dev/null; then
  # The version requirement lives in pyproject.toml only; read it from there.
  mapfile -t reqs < <("$PY" -c 'import tomllib; print("\n".join(tomllib.load(open("pyproject.toml", "rb"))["project"]["optional-dependencies"]["package"]))')
  echo "Installing ${reqs[*]} into .venv"
  "$PY" -m pip install -q "${reqs[@]}"
fi

mkdir -p packaging/build
log=packaging/build/pyinstaller.log
echo "Building packaging/dist/annotator (log: $log)"
start=$(date +%s)
# nice: the build is CPU-heavy and should not starve the rest of the machine.
if ! nice -n 10 "$PY" -m PyInstaller --noconfirm --log-level WARN \
    --distpath packaging/dist --workpath packaging/build packaging/annotator.spec >"$log" 2>&1; then
  tail -n 40 "$log" >&2
  echo "PyInstaller failed; the whole log is in $log" >&2
  exit 1
fi

# spaCy's Cython extensions ship with debug information (about 140 MB of the bundle). Remove only
# the debug sections, and only for the spaCy stack: libraries that auditwheel patched (numpy,
# psycopg: they come with a *.libs folder) can break when stripped, and Qt's are already stripped.
if command -v strip >/dev/null 2>&1; then
  for pkg in spacy thinc blis srsly preshed cymem murmurhash; do
    dir="packaging/dist/annotator/_internal/$pkg"
    [ -d "$dir" ] && find "$dir" -name '*.so' -type f -exec strip --strip-debug {} +
  done
else
  echo "strip (binutils) not found: the bundle keeps spaCy's debug symbols (about 140 MB more)"
fi
end=$(date +%s)
echo "Built in $((end - start)) s: $(du -sh packaging/dist/annotator | cut -f1) in $(find packaging/dist/annotator -type f | wc -l) files"

if [ "${SKIP_SMOKE:-0}" != 1 ]; then
  scripts/smoke-package.sh packaging/dist/annotator
fi

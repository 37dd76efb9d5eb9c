#!/usr/bin/env bash
# Prepare a fresh machine for Annotator: the system libraries Qt needs, then .venv with every
# Python dependency. Safe to run again: each step is skipped when already done.
#   scripts/bootstrap.sh          runtime (window) set-up
#   scripts/bootstrap.sh test     also what the test suite needs (Xvfb, PostgreSQL server)
set -euo pipefail
cd "$(dirname "$0")/.."

MODE="${1:-run}"
PYTHON="${PYTHON:-python3}"

QT_PACKAGES=(libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
  libxcb-xkb1 libxkbcommon-x11-0 libxcb-shape0 libxcb-randr0 libxkbcommon0 libegl1 libgl1
  libfontconfig1 libdbus-1-3 libglib2.0-0 fonts-dejavu-core)
TEST_PACKAGES=(xvfb xauth postgresql imagemagick desktop-file-utils appstream)

packages=("${QT_PACKAGES[@]}")
[ "$MODE" = "test" ] && packages+=("${TEST_PACKAGES[@]}")

missing=()
if command -v dpkg-query >/dev/null 2>&1; then
  for pkg in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
fi
if [ "${#missing[@]}" -gt 0 ]; then
  echo "Installing system packages: ${missing[*]}"
  if [ "$(id -u)" = 0 ]; then SUDO=""; elif command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else SUDO="none"; fi
  if [ "$SUDO" = "none" ]; then
    echo "These system packages are needed and installing them needs root:" >&2
    echo "  apt-get install ${missing[*]}" >&2
    echo "Ask an administrator to run that, then run this command again." >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [ ! -x .venv/bin/python ]; then
  echo "Creating .venv"
  "$PYTHON" -m venv .venv
fi
stamp=".venv/.installed-$(cat pyproject.toml | sha256sum | cut -c1-16)-$MODE"
if [ ! -f "$stamp" ]; then
  echo "Installing Python packages into .venv (first run takes a few minutes)"
  .venv/bin/python -m pip install -q --upgrade pip
  if [ "$MODE" = "test" ]; then extras=".[test]"; else extras="."; fi
  .venv/bin/python -m pip install -q -e "$extras"
  touch "$stamp"
fi

#!/usr/bin/env bash
# Creates/refreshes the virtual environment and installs what vmatris needs,
# Debian packages included (Chromium for the browser tests). Safe to re-run.
#   scripts/setup.sh [demo|test|bench]
# (bench: the test set-up plus wrk, the load tool, and py-spy, the sampling profiler)
set -euo pipefail
cd "$(dirname "$0")/.."
want="${1:-demo}"
VENV="${VENV:-.venv}"
PYTHON="${PYTHON:-python3}"

apt_install() {
  local missing=()
  for pkg in "$@"; do dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -ne 0 ]; then
    echo "setup: please install the Debian packages: ${missing[*]} (needs root)" >&2
    return 1
  fi
  echo "setup: installing Debian packages: ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

if ! "$PYTHON" -c 'import venv, ensurepip' >/dev/null 2>&1; then
  apt_install python3-venv
fi
if [ "$want" = "test" ] || [ "$want" = "bench" ]; then
  apt_install chromium fonts-dejavu-core
fi
if [ "$want" = "bench" ]; then
  apt_install wrk
fi

if [ ! -x "$VENV/bin/python" ]; then
  echo "setup: creating $VENV"
  "$PYTHON" -m venv "$VENV"
fi
stamp="$VENV/.installed-$want"
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  echo "setup: installing Python packages ($want)"
  "$VENV/bin/python" -m pip install -q --upgrade pip >/dev/null
  if [ "$want" = "bench" ]; then
    "$VENV/bin/python" -m pip install -q -e ".[test,bench]"
  elif [ "$want" = "test" ]; then
    "$VENV/bin/python" -m pip install -q -e ".[test]"
  else
    "$VENV/bin/python" -m pip install -q -e .
  fi
  touch "$stamp"
fi

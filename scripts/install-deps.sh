#!/usr/bin/env bash
# Installs the system packages pgcoach needs when they are missing: the PostgreSQL server
# (its initdb/postgres binaries run the sandbox), pgbouncer (the pooler some lessons put in
# front of it), and the headers of libpq and libedit.
# Uses apt-get as root, or through sudo; does nothing when everything is present.
set -euo pipefail

packages=(postgresql postgresql-contrib pgbouncer libpq-dev libedit-dev)
# Test tools: tmux and python3 drive the terminal tests; chromium loads the HTML export headless.
[ "${PGCOACH_WITH_TEST_TOOLS:-0}" = 1 ] && packages+=(python3 tmux chromium)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if ! command -v apt-get >/dev/null 2>&1; then
  echo "pgcoach needs: ${missing[*]} (no apt-get here: install them with your package manager)" >&2
  exit 1
fi
if [ "$(id -u)" = 0 ]; then sudo=(); elif command -v sudo >/dev/null 2>&1; then sudo=(sudo); else
  echo "pgcoach needs: ${missing[*]}; run as root or install sudo: apt-get install -y ${missing[*]}" >&2
  exit 1
fi
echo "Installing ${missing[*]} ..." >&2
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
# The Debian postgresql package would create and start a system cluster, and pgbouncer's a
# system service; pgcoach uses neither (it starts its own, inside each sandbox).
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null

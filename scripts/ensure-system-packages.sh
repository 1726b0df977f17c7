#!/usr/bin/env bash
# The test suite starts real servers from Debian's packages (redis-server for the shared cache and
# events, chromium for browser tests, wrk for the benchmark). Install what is missing when we may
# (root, or passwordless sudo); otherwise stop at once with one line naming the package.
set -euo pipefail
missing=()
command -v redis-server >/dev/null || missing+=(redis-server)
command -v chromium >/dev/null || missing+=(chromium)
command -v wrk >/dev/null || missing+=(wrk)
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null && sudo -n true 2>/dev/null; then sudo="sudo -n"; else
    echo "customer-graph tests need Debian's ${missing[*]}: install it (apt-get install ${missing[*]}) and run again." >&2
    exit 1
  fi
fi
echo "Installing Debian packages the tests need: ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get install -y -qq "${missing[@]}" >/dev/null 2>&1 ||
  { $sudo apt-get update -qq >/dev/null && $sudo apt-get install -y -qq "${missing[@]}" >/dev/null; } ||
  { echo "customer-graph tests need Debian's ${missing[*]}: apt-get install failed." >&2; exit 1; }

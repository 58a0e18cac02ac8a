#!/usr/bin/env bash
# Installs what the project's commands need beyond JDK 17 + Maven, from Debian packages:
#   chromium         - the reports module's browser test opens the rendered reports in headless Chromium
#   python3-requests - used by the project's Python helper scripts
# Idempotent: prints nothing and changes nothing when everything is already there.
set -euo pipefail

need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
if ! command -v python3 >/dev/null 2>&1; then
  need+=(python3 python3-requests)
elif ! python3 -c 'import requests' >/dev/null 2>&1; then
  need+=(python3-requests)
fi

[ ${#need[@]} -eq 0 ] && exit 0

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null 2>&1 || { echo "setup: need root (or sudo) to install: ${need[*]}" >&2; exit 1; }
  sudo=sudo
fi

echo "setup: installing Debian packages: ${need[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -q
$sudo apt-get install -y -q "${need[@]}"
[ -x /usr/bin/chromium ] && echo "setup: $(/usr/bin/chromium --version 2>/dev/null)"
python3 -c 'import requests; print("setup: python3-requests " + requests.__version__)'
echo "setup: done"

#!/usr/bin/env bash
# Serves the multi-file Allure report on http://127.0.0.1:PORT (default 8080; pass a port as $1 or PORT=...).
# A multi-file Allure 2 report stays on "Loading..." when opened from file://, so it needs a web server.
# The single-file variant, reports/target/allure-report-single/index.html, opens directly without this.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dir="$root/reports/target/allure-report"
port="${1:-${PORT:-8080}}"

if [ ! -f "$dir/index.html" ]; then
  echo "No report at reports/target/allure-report: run 'mvn verify' first (see README)" >&2
  exit 1
fi

echo "Allure report:     http://127.0.0.1:$port/"
echo "EF API coverage:   http://127.0.0.1:$port/coverage/index.html"
echo "(Ctrl-C stops the server)"
exec python3 -m http.server "$port" --bind 127.0.0.1 --directory "$dir"

#!/usr/bin/env bash
# Serves the multi-file Allure report on http://127.0.0.1:PORT (default 8080; pass a port as $1 or
# PORT=...) with the Allure command line the build unpacked into cli/target/allure-cli.
# A multi-file Allure 2 report stays on "Loading..." when opened from file://, so it needs a web server.
# The single-file variant, target/flowcheck/report/allure-report-single/index.html, opens directly
# without this.
set -euo pipefail
cd "$(dirname "$0")/.."
report=target/flowcheck/report/allure-report
port="${1:-${PORT:-8080}}"
allure=$(ls cli/target/allure-cli/allure-*/bin/allure 2>/dev/null | head -n 1 || true)

if [ ! -f "$report/index.html" ] || [ -z "$allure" ]; then
  echo "No report at $report: run scripts/run-suite.sh (mvn -B verify -Psuite) first" >&2
  exit 1
fi

echo "EF API coverage: http://127.0.0.1:$port/coverage/index.html (Ctrl-C stops the server)"
exec "$allure" open "$report" --host 127.0.0.1 --port "$port"

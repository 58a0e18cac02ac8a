#!/usr/bin/env bash
# Every test: simulator, framework, the feature suite, the reports and their browser check.
# Installs what it needs first (Chromium, python3-requests) via scripts/setup.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
log=$(mktemp)
trap 'rm -f "$log"' EXIT
mvn -B clean verify "$@" 2>&1 | tee "$log"
# The build's own leak gate ran before its console output was complete: check the console too.
cp "$log" features/target/console.log
java -cp framework/target/classes io.flowcheck.framework.secrets.LeakGate \
  features/target/flowcheck-secret-fingerprints.txt features/target/console.log

#!/usr/bin/env bash
# Every test: simulator, framework, the feature suite, the reports and their browser check, the jar.
# Installs what it needs first (Chromium, python3-requests) via scripts/setup.sh, then runs
# `mvn -B clean verify` and ends with one verdict line for the whole build.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
source scripts/maven-args.sh
status=0
maven -B clean verify "${mvn_args[@]+"${mvn_args[@]}"}" || status=$?
if [ "$status" -eq 0 ]; then
  passed=$(sed -n 's/^passed=//p' features/target/flowcheck-summary.properties 2>/dev/null || true)
  echo "flowcheck: every test passed${passed:+ (the suite: $passed scenarios passed)}"
else
  echo "flowcheck: FAILED: mvn clean verify exited with $status: the [ERROR] lines above name the failing module and test"
fi
exit "$status"

#!/usr/bin/env bash
# Every test: simulator, framework, the feature suite, the reports and their browser check, the jar.
# Installs what it needs first (Chromium, python3-requests) via scripts/setup.sh, then runs
# `mvn -B clean verify` and ends with one verdict line for the whole build.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
source scripts/maven-args.sh
# Maven runs as a child, so that this script can print the whole build's verdict after it. A stop
# signal sent to this script is passed on, so an interrupted suite still deletes what it created.
mvn -B clean verify "${mvn_args[@]+"${mvn_args[@]}"}" &
maven_pid=$!
trap 'kill -TERM "$maven_pid" 2>/dev/null || true' TERM INT HUP
status=0
wait "$maven_pid" || status=$?
while kill -0 "$maven_pid" 2>/dev/null; do # a signal ended the wait, not Maven
  status=0
  wait "$maven_pid" || status=$?
done
if [ "$status" -eq 0 ]; then
  passed=$(sed -n 's/^passed=//p' target/flowcheck/flowcheck-summary.properties 2>/dev/null || true)
  echo "flowcheck: every test passed${passed:+ (the suite: $passed scenarios passed)}"
else
  echo "flowcheck: FAILED: mvn clean verify exited with $status: the [ERROR] lines above name the failing module and test"
fi
exit "$status"

#!/usr/bin/env bash
# Every test: simulator, framework, the feature suite, the reports and their browser check, the jar.
# Installs what it needs first (Chromium, python3-requests) via scripts/setup.sh, then runs
# `mvn -B -T 1C clean verify` and ends with one verdict line for the whole build. -T 1C builds the
# modules that do not depend on each other side by side (reports beside runner and features): on 2
# cores that is about a minute less.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
source scripts/maven-args.sh
source scripts/lib/maven-run.sh
# A failed build ends with "flowcheck: FAILED: ..." (run_maven), a passed one with this line.
run_maven -B -T 1C clean verify "${mvn_args[@]+"${mvn_args[@]}"}"
passed=$(sed -n 's/^passed=//p' target/flowcheck/flowcheck-summary.properties 2>/dev/null || true)
echo "flowcheck: every test passed${passed:+ (the suite: $passed scenarios passed)}"

#!/usr/bin/env bash
# Every test: simulator, framework, the feature suite, the reports and their browser check, the jar.
# Installs what it needs first (Chromium, python3-requests) via scripts/setup.sh, then runs
# `mvn -B -T 3 clean verify` and ends with one verdict line for the whole build. -T 3 builds up to
# three modules that do not depend on each other side by side: reports beside runner and features,
# then the proofs beside the cli and the end of the reports. Maven's threads mostly wait on test
# JVMs, so three on 2 cores cost nothing, where two (-T 1C) could leave the cli, the longest module,
# waiting for a thread.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
source scripts/maven-args.sh
source scripts/lib/maven-run.sh
# A failed build ends with "flowcheck: FAILED: ..." (run_maven), a passed one with this line.
run_maven -B -T 3 clean verify "${mvn_args[@]+"${mvn_args[@]}"}"
passed=$(sed -n 's/^passed=//p' target/flowcheck/flowcheck-summary.properties 2>/dev/null || true)
echo "flowcheck: every test passed${passed:+ (the suite: $passed scenarios passed)}"

#!/usr/bin/env bash
# Every test: simulator, framework, the feature suite, the reports and their browser check; the build
# ends with the suite's verdict line. Installs what it needs first (Chromium, python3-requests) via
# scripts/setup.sh, then runs `mvn -B clean verify`.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
source scripts/maven-args.sh
exec mvn -B clean verify "${mvn_args[@]+"${mvn_args[@]}"}"

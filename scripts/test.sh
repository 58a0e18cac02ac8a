#!/usr/bin/env bash
# Every test: simulator, framework, the feature suite, the reports and their browser check.
# Installs what it needs first (Chromium, python3-requests) via scripts/setup.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
mvn -B clean verify "$@"

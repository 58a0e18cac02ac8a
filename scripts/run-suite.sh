#!/usr/bin/env bash
# The main job: the whole feature suite (against the embedded simulator unless -Def.server=... is
# given), then the reports, even when scenarios fail. A shortcut for
#   mvn -B -q verify -Psuite [-D settings]
# where the build ends with one verdict line and fails if any scenario failed.
#   scripts/run-suite.sh [-Def.server=https://flow.example.com:8443 -Def.password=... other -D settings]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/maven-args.sh
exec mvn -B -q verify -Psuite "${mvn_args[@]+"${mvn_args[@]}"}"

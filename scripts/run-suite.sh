#!/usr/bin/env bash
# The main job: the whole feature suite (against the embedded simulator unless -Def.server=... is
# given), then the reports, even when scenarios fail. A shortcut for
#   mvn -B -q verify -Psuite [-D settings]
# where the build ends with one verdict line and fails if any scenario failed. Unlike plain mvn, the
# verdict is the last line (without Maven's failure trailer), Ctrl-C waits for the run's cleanup and
# prints it, and a second run in the same checkout is refused (see scripts/lib/maven-run.sh).
#   scripts/run-suite.sh [-Def.server=https://flow.example.com:8443 -Def.password=... other -D settings]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/maven-args.sh
source scripts/lib/maven-run.sh
run_maven --verdict-from-build -B -q verify -Psuite "${mvn_args[@]+"${mvn_args[@]}"}"

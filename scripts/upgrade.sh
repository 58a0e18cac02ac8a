#!/usr/bin/env bash
# Server upgrade verification. Before the upgrade, capture what server A answers to the @upgrade
# scenarios; after it, compare what server B answers with that baseline. Shortcuts for
#   mvn -B -q verify -Pupgrade-capture -Dbaseline=<dir> [-D settings]
#   mvn -B -q verify -Pupgrade-compare -Dbaseline=<dir> [-D settings]
# Usage:
#   scripts/upgrade.sh capture <baseline-dir> [-Def.server=https://a:8443 -Def.password=... -D...]
#   scripts/upgrade.sh compare <baseline-dir> [-Def.server=https://b:8443 -Def.password=... -D...]
# capture runs the selection twice: once to record, once to learn what changes on its own (noise).
# compare prints the summary (target/flowcheck/upgrade/summary.md) and builds the reports with an
# upgrade page. Other tags: -Dcucumber.filter.tags='@upgrade and not @slow'. Maven flags (e.g. -o):
# FLOWCHECK_MVN_ARGS. Exit status: 0 passed; 1 failed (regressions, or any difference with
# -Def.upgrade.fail-on=change; a capture whose scenarios failed; no baseline to compare with);
# 2 a usage problem. The verdict is the last line; Ctrl-C waits for the run's cleanup
# (see scripts/lib/maven-run.sh).
set -euo pipefail

usage() {
  echo "usage: scripts/upgrade.sh capture|compare <baseline-dir> [-Dname=value ...]" >&2
  exit 2
}
[ $# -ge 2 ] || usage
command=$1
dir=$2
shift 2
case "$command" in capture|compare) ;; *) usage ;; esac
case "$dir" in -*) usage ;; esac
for a in "$@"; do
  case "$a" in
    -Dbaseline=*|-Def.upgrade.record=*|-Def.upgrade.calibrate=*|-Def.upgrade.compare=*)
      echo "flowcheck upgrade: ${a%%=*} is set by this script; drop it" >&2; exit 2 ;;
  esac
done

[ "$command" = compare ] || mkdir -p "$dir"
dir=$(realpath -m "$dir") # the script runs Maven in the project folder: the path must be absolute
cd "$(dirname "$0")/.."
source scripts/maven-args.sh
source scripts/lib/maven-run.sh
read -r -a extra <<< "${FLOWCHECK_MVN_ARGS:-}"
run_maven --verdict-from-build -B -q "${extra[@]+"${extra[@]}"}" verify "-Pupgrade-$command" \
  "-Dbaseline=$dir" "${mvn_args[@]+"${mvn_args[@]}"}"

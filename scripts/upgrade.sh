#!/usr/bin/env bash
# Server upgrade verification. Before the upgrade, capture what server A answers to the @upgrade
# scenarios; after it, compare what server B answers with that baseline.
#   scripts/upgrade.sh capture <baseline-dir> [-Def.server=https://a:8443 -Def.password=... -D...]
#   scripts/upgrade.sh compare <baseline-dir> [-Def.server=https://b:8443 -Def.password=... -D...]
# capture runs the selection twice: once to record, once to learn what changes on its own (noise).
# compare prints features/target/upgrade/summary.md and builds the reports with an upgrade page.
# Other tags: -Dcucumber.filter.tags='@upgrade and not @slow'. Maven flags (e.g. -o): FLOWCHECK_MVN_ARGS.
# Exit status: 0 passed; 1 regressions (or any difference with -Def.upgrade.fail-on=change), or a
# capture whose scenarios failed; 2 a usage or setup problem.
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

if [ "$command" = capture ]; then
  mkdir -p "$dir"
elif [ ! -f "$dir/baseline.json" ]; then
  echo "flowcheck upgrade: no baseline in $dir (baseline.json missing); run 'scripts/upgrade.sh capture $dir' against the old server first" >&2
  exit 2
fi
dir=$(cd "$dir" && pwd) # Maven runs the suite inside features/: the folder must be absolute
cd "$(dirname "$0")/.."

# As in run-suite.sh: a password given as -Def.password travels as EF_PASSWORD, because Maven
# copies -D settings into the test JVM's system properties, which test reports list.
args=()
tags="-Dcucumber.filter.tags=@upgrade"
for a in "$@"; do
  case "$a" in
    -Def.password=*) export EF_PASSWORD="${a#-Def.password=}" ;;
    -Dcucumber.filter.tags=*) tags="$a" ;;
    -Def.upgrade.record=*|-Def.upgrade.calibrate=*|-Def.upgrade.compare=*)
      echo "flowcheck upgrade: ${a%%=*} is set by this script; drop it" >&2; exit 2 ;;
    *) args+=("$a") ;;
  esac
done
set -- "${args[@]+"${args[@]}"}"
mvn_args=(${FLOWCHECK_MVN_ARGS:-})

echo "flowcheck upgrade: building the libraries (no unit tests)"
mvn -B -q "${mvn_args[@]+"${mvn_args[@]}"}" install -DskipTests -pl simulator,framework,runner,step-definitions

# Runs the feature suite's selection; the suite's own output shows one line per scenario.
suite() {
  mvn -B "${mvn_args[@]+"${mvn_args[@]}"}" "$@" \
    -Dtest=RunFeaturesTest -Dsurefire.failIfNoSpecifiedTests=false "$tags"
}

leak_gate() {
  local prints=features/target/flowcheck-secret-fingerprints.txt
  if [ -f framework/target/classes/io/flowcheck/framework/secrets/LeakGate.class ] && [ -f "$prints" ]; then
    java -cp framework/target/classes io.flowcheck.framework.secrets.LeakGate "$prints" "$@"
  fi
}

if [ "$command" = capture ]; then
  echo "flowcheck upgrade: capture 1/2: recording ${tags#-Dcucumber.filter.tags=} into $dir"
  if ! suite test -pl features -Def.upgrade.record="$dir" "$@"; then
    echo "flowcheck upgrade: capture failed: scenarios failed against this server, so it is no baseline; fix them and capture again" >&2
    exit 1
  fi
  echo "flowcheck upgrade: capture 2/2: calibrating (same selection, same server, to learn what changes on its own)"
  if ! suite test -pl features -Def.upgrade.calibrate="$dir" "$@"; then
    echo "flowcheck upgrade: calibration failed: scenarios failed on the second run; the server or the scenarios are unstable" >&2
    exit 1
  fi
  leak_gate "$dir"
  echo "flowcheck upgrade: baseline ready in $dir:"
  sed -n 's/^  "\(serverVersion\|scenarios\|exchanges\)" : \([^,]*\),*$/  \1: \2/p' "$dir/baseline.json"
  echo "  noise rules learned: $(grep -c '"operation"' "$dir/noise.json" || true) (noise.json)"
  echo "flowcheck upgrade: after the upgrade, run: scripts/upgrade.sh compare $dir -Def.server=<upgraded server>"
  exit 0
fi

summary=features/target/upgrade
rm -f "$summary/summary.json" "$summary/summary.md"
echo "flowcheck upgrade: comparing ${tags#-Dcucumber.filter.tags=} with the baseline in $dir"
# Scenario failures are expected when the server changed; the verdict comes from summary.json.
suite clean verify -pl features,reports -Dmaven.test.failure.ignore=true \
  -Def.upgrade.compare="$dir" "$@" || true
if [ ! -f "$summary/summary.json" ]; then
  echo "flowcheck upgrade: the comparison did not run to the end (no $summary/summary.json); see the output above" >&2
  exit 2
fi
leak_gate "$summary"
echo
cat "$summary/summary.md"
echo
echo "flowcheck upgrade: summary: $summary/summary.md and summary.json; report page: reports/target/allure-report/upgrade/index.html"
if grep -q '"failed" : true' "$summary/summary.json"; then
  echo "flowcheck upgrade: FAILED: $(sed -n '3s/\*\*\([^*]*\)\*\*.*/\1/p' "$summary/summary.md"); see the summary above" >&2
  exit 1
fi
echo "flowcheck upgrade: PASSED: $(sed -n '3s/\*\*\([^*]*\)\*\*.*/\1/p' "$summary/summary.md")"

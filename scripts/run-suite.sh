#!/usr/bin/env bash
# The main job: run the whole feature suite (against the embedded simulator unless -Def.server=...
# is given), then build the reports, even when scenarios fail. Exits non-zero if any scenario failed.
#   scripts/run-suite.sh [-Def.server=https://flow.example.com:8443 -Def.password=... other -D settings]
set -euo pipefail
cd "$(dirname "$0")/.."

# A password given as -Def.password travels as EF_PASSWORD instead: Maven copies -D settings into
# the test JVM's system properties, which test reports list.
args=()
for a in "$@"; do
  case "$a" in
    -Def.password=*) export EF_PASSWORD="${a#-Def.password=}" ;;
    *) args+=("$a") ;;
  esac
done
set -- "${args[@]+"${args[@]}"}"

echo "flowcheck: building the libraries (no unit tests)"
mvn -B -q install -DskipTests -pl simulator,framework,runner,step-definitions

echo "flowcheck: running the feature suite"
# -Dtest selects the suite runner only: the other feature-module tests are for scripts/test.sh.
mvn -B clean verify -pl features \
  -Dtest=RunFeaturesTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dmaven.test.failure.ignore=true "$@" 2>&1 | tee features-console.log.tmp
mkdir -p features/target && mv features-console.log.tmp features/target/console.log

if ! ls features/target/allure-results/*-result.json >/dev/null 2>&1; then
  # A bad setting or an unreachable server stops the run before any scenario: say why, once.
  reason=$(grep -m1 -oE 'Ef[A-Za-z]*Exception: .*' features/target/console.log | sed -E 's/^Ef[A-Za-z]*Exception: //' || true)
  echo "flowcheck: the suite could not start: ${reason:-see features/target/console.log}" >&2
  exit 2
fi

echo "flowcheck: building the reports"
mvn -B clean verify -pl reports -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false "$@" \
  2>&1 | tee -a features/target/console.log

# The build's leak gate ran before this console log was complete: check the log too.
java -cp framework/target/classes io.flowcheck.framework.secrets.LeakGate \
  features/target/flowcheck-secret-fingerprints.txt features/target/console.log

summary=features/target/flowcheck-summary.properties
if [ ! -f "$summary" ]; then
  echo "flowcheck: the suite did not run to the end; see the output above" >&2
  exit 1
fi
failed=$(sed -n 's/^failed=//p' "$summary")
echo
echo "flowcheck reports:"
echo "  Allure report      reports/target/allure-report/   (scripts/open-report.sh serves it)"
echo "  one-file report    reports/target/allure-report-single/index.html"
echo "  API coverage       reports/target/coverage/index.html"
echo "  Cucumber report    features/target/cucumber-reports/cucumber.html"
if [ "${failed:-1}" != "0" ]; then
  echo "flowcheck: $failed scenario(s) failed" >&2
  exit 1
fi

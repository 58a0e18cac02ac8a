#!/usr/bin/env bash
# Parallel-safety stress: the @regression suite with 8 threads, 3 times in a row, against the
# embedded simulator. Each round must end with zero failures and zero leftovers.
#   scripts/stress.sh [rounds] [threads]
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-3}
threads=${2:-8}

mvn -B -q install -DskipTests -pl simulator,framework,runner,step-definitions
for round in $(seq 1 "$rounds"); do
  log=features/stress-round-$round.log.tmp
  start=$(date +%s)
  mvn -B -o test -pl features -Dtest=RunFeaturesTest -Dsurefire.failIfNoSpecifiedTests=false \
    -Dcucumber.filter.tags=@regression \
    -Dcucumber.execution.parallel.config.fixed.parallelism="$threads" \
    -Dcucumber.execution.parallel.config.fixed.max-pool-size="$threads" > "$log" 2>&1 || true
  took=$(( $(date +%s) - start ))
  summary=$(grep -E '^flowcheck: [0-9]+ scenarios' "$log" | tail -1 || true)
  leftovers=$(grep -c 'Cleanup problem' "$log" || true)
  echo "round $round/$rounds, $threads threads, ${took}s: ${summary:-no summary (see $log)}; cleanup problems: $leftovers"
  if ! grep -q 'failed 0,' <<<"$summary" || [ "$leftovers" != "0" ] \
     || ! grep -q 'everything this run created on the server is deleted' "$log"; then
    echo "stress: round $round failed; its log is $log" >&2
    exit 1
  fi
  rm -f "$log"
done
echo "stress: $rounds rounds with $threads threads: zero failures, zero leftovers"

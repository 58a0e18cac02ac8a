#!/usr/bin/env bash
# Parallel-safety stress: the @regression suite with 8 threads, 3 times in a row, against the
# embedded simulator. Each round must end with zero failures (the build's verdict) and zero leftovers.
#   scripts/stress.sh [rounds] [threads]
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-3}
threads=${2:-8}
source scripts/lib/maven-run.sh
lock_checkout # one build per checkout at a time

mvn -B -q install -DskipTests -pl features,reports -am
for round in $(seq 1 "$rounds"); do
  log=features/stress-round-$round.log.tmp
  start=$(date +%s)
  # The suite and its verdict, without the report generation.
  status=0
  mvn -B -q -o verify -Psuite -pl cli -Dreports.skip=true \
    -Dcucumber.filter.tags=@regression \
    -Dcucumber.execution.parallel.config.fixed.parallelism="$threads" \
    -Dcucumber.execution.parallel.config.fixed.max-pool-size="$threads" > "$log" 2>&1 || status=$?
  took=$(( $(date +%s) - start ))
  verdict=$(grep -E '^flowcheck: ' "$log" | tail -1 || true)
  # What the run could not delete, as the run itself reported it in its console log.
  leftovers=$(grep -c 'Cleanup problem' target/flowcheck/console.log || true)
  echo "round $round/$rounds, $threads threads, ${took}s: ${verdict:-no verdict (see $log)}; cleanup problems: $leftovers"
  if [ "$status" != 0 ] || [ "$leftovers" != "0" ]; then
    echo "stress: round $round failed; its log is $log" >&2
    exit 1
  fi
  rm -f "$log"
done
echo "stress: $rounds rounds with $threads threads: zero failures, zero leftovers"

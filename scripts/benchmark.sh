#!/usr/bin/env bash
# Per-request overhead of the typed client against a raw java.net.http client (HTTPS, keep-alive),
# sequential and parallel, against the embedded simulator. Prints its figures; asserts nothing.
#   scripts/benchmark.sh [calls] [threads]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q install -DskipTests -pl simulator -am
mvn -B -q -pl framework test-compile exec:java -Dexec.classpathScope=test \
  -Dexec.mainClass=io.flowcheck.framework.bench.ClientOverheadBenchmark \
  -Dexec.args="${1:-2000} ${2:-4}"

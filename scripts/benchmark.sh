#!/usr/bin/env bash
# flowcheck against Karate 1.5.2 on the same standalone simulator (docs/speed.md). Prints a table and
# writes it to benchmarks/target/benchmark.md; asserts nothing about time. About 7 minutes on 2 idle cores.
#   scripts/benchmark.sh [rounds=2] [threads=4] [copies=10] [heavyThreads=8] [latencyMs=50] [maven=true]
#                        [only=java,maven,jar,launcher,heavy]   (only those rows, e.g. only=heavy to study one figure)
# Both sides run on one JDK: FLOWCHECK_BENCH_JAVA=<a JDK's folder or its bin/java>, else the newest JDK 25
# or later in /usr/lib/jvm, else the java on the PATH; the table names its version.
# First the per-call figure: the typed client against a raw java.net.http client (HTTPS, keep-alive),
# sequential and parallel, against the embedded simulator.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/maven-run.sh
lock_checkout # one build per checkout at a time
mvn -B -q install -DskipTests -pl simulator,step-definitions -am
mvn -B -q -Pbenchmark -pl benchmarks,benchmarks/karate package
mkdir -p benchmarks/target
mvn -B -q -pl framework test-compile exec:java -Dexec.classpathScope=test \
  -Dexec.mainClass=io.flowcheck.framework.bench.ClientOverheadBenchmark \
  -Dexec.args="2000 4" | tee benchmarks/target/per-call.txt
java -cp "benchmarks/target/flowcheck-benchmarks.jar:$(cat benchmarks/target/flowcheck.classpath)" \
  io.flowcheck.benchmarks.Benchmark perCall=benchmarks/target/per-call.txt "$@"

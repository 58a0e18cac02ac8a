package io.flowcheck.framework.upgrade;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/** The durations of a run's calls per operation, collected from parallel scenarios. */
public final class LatencyLog {
  private final Map<String, ConcurrentLinkedQueue<Double>> byOperation = new ConcurrentHashMap<>();

  public void add(String operation, double millis) {
    byOperation.computeIfAbsent(operation, o -> new ConcurrentLinkedQueue<>()).add(millis);
  }

  /** Each operation's statistics, sorted by operation. */
  public Map<String, Latency> latencies() {
    Map<String, Latency> out = new TreeMap<>();
    byOperation.forEach((op, calls) -> out.put(op, Latency.of(calls)));
    return out;
  }
}

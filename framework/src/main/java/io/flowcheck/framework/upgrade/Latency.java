package io.flowcheck.framework.upgrade;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * How long one operation took over a run's calls: the median, the 95th percentile (nearest rank)
 * and how many calls they come from.
 */
public record Latency(int count, double medianMs, double p95Ms) {

  /** The statistics of these call durations in milliseconds; null when there are none. */
  public static Latency of(Collection<Double> millis) {
    if (millis.isEmpty()) {
      return null;
    }
    List<Double> sorted = new ArrayList<>(millis);
    sorted.sort(null);
    int n = sorted.size();
    double median =
        n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    // Nearest rank: the smallest value with at least 95% of the calls at or below it.
    double p95 = sorted.get((int) Math.ceil(0.95 * n) - 1);
    return new Latency(n, round(median), round(p95));
  }

  private static double round(double ms) {
    return Math.round(ms * 10) / 10.0;
  }

  public ObjectNode toJson() {
    ObjectNode o = JsonTree.object();
    o.put("count", count);
    o.put("medianMs", medianMs);
    o.put("p95Ms", p95Ms);
    return o;
  }

  public static Latency fromJson(JsonNode o) {
    return new Latency(
        o.path("count").asInt(), o.path("medianMs").asDouble(), o.path("p95Ms").asDouble());
  }
}

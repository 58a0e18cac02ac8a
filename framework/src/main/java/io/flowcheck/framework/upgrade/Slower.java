package io.flowcheck.framework.upgrade;

import java.util.Locale;
import tools.jackson.databind.node.ObjectNode;

/** An operation whose median latency grew beyond the noise floor ({@link SlowerRule}). */
public record Slower(String operation, Latency before, Latency after) {

  /** How many times slower at the median; infinite when the baseline's median was 0 ms. */
  public double factor() {
    return before.medianMs() == 0 ? Double.POSITIVE_INFINITY : after.medianMs() / before.medianMs();
  }

  /**
   * "getProperty slower: median 3.1 ms -> 412.0 ms (x132.9), p95 4.0 ms -> 415.2 ms, 2 -> 2 calls"
   */
  public String headline() {
    return operation
        + " slower: median "
        + ms(before.medianMs())
        + " -> "
        + ms(after.medianMs())
        + " (x"
        + (Double.isInfinite(factor()) ? "inf" : String.format(Locale.ROOT, "%.1f", factor()))
        + "), p95 "
        + ms(before.p95Ms())
        + " -> "
        + ms(after.p95Ms())
        + ", "
        + before.count()
        + " -> "
        + after.count()
        + " calls";
  }

  private static String ms(double v) {
    return String.format(Locale.ROOT, "%.1f ms", v);
  }

  public ObjectNode toJson() {
    ObjectNode o = JsonTree.object();
    o.put("kind", "slower");
    o.put("operation", operation);
    o.put("headline", headline());
    o.set("before", before.toJson());
    o.set("after", after.toJson());
    return o;
  }
}

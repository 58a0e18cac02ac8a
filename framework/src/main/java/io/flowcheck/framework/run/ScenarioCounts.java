package io.flowcheck.framework.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * How a run's scenarios ended, the one source of every count flowcheck prints: the console summary,
 * {@value RunSummary#FILE}, a merge of shards and the verdict line. Every scenario is in exactly
 * one count, so {@link #total()} is what the Cucumber JUnit XML and the Allure results count as
 * tests (there a not-confirmed scenario is a skipped test).
 *
 * @param notConfirmed scenarios whose assumed server behaviour this server did not confirm: neither
 *     a pass nor a regression
 */
public record ScenarioCounts(int passed, int notConfirmed, int failed, int skipped) {
  public static final ScenarioCounts NONE = new ScenarioCounts(0, 0, 0, 0);

  /** The keys in {@value RunSummary#FILE}, in the order written. */
  static final List<String> KEYS = List.of("passed", "notConfirmed", "failed", "skipped");

  public int total() {
    return passed + notConfirmed + failed + skipped;
  }

  public ScenarioCounts plus(ScenarioCounts other) {
    return new ScenarioCounts(
        passed + other.passed,
        notConfirmed + other.notConfirmed,
        failed + other.failed,
        skipped + other.skipped);
  }

  /**
   * What a run without failures says: {@code 55 scenarios passed}, or with the others counted in,
   * {@code 35 of 40 scenarios passed, 3 not confirmed, 2 skipped}.
   */
  public String passedPart() {
    List<String> others = others();
    if (others.isEmpty()) {
      return passed + " scenarios passed";
    }
    return passed + " of " + total() + " scenarios passed, " + String.join(", ", others);
  }

  /**
   * What a failed run says: {@code 2 of 40 scenarios failed (35 passed, 3 not confirmed)}, skipped
   * ones too when there are any.
   */
  public String failedPart() {
    List<String> parts = new ArrayList<>();
    parts.add(passed + " passed");
    parts.addAll(others());
    return failed + " of " + total() + " scenarios failed (" + String.join(", ", parts) + ")";
  }

  /** Not confirmed and skipped, each only when there are any. */
  private List<String> others() {
    List<String> others = new ArrayList<>();
    if (notConfirmed > 0) {
      others.add(notConfirmed + " not confirmed");
    }
    if (skipped > 0) {
      others.add(skipped + " skipped");
    }
    return others;
  }

  /** The counts of {@value RunSummary#FILE}; a missing key is 0. */
  static ScenarioCounts from(Properties p) {
    return new ScenarioCounts(
        RunSummary.count(p, "passed"),
        RunSummary.count(p, "notConfirmed"),
        RunSummary.count(p, "failed"),
        RunSummary.count(p, "skipped"));
  }

  /** {@code passed=35\nnotConfirmed=3\nfailed=2\nskipped=0\n}. */
  String asProperties() {
    int[] values = {passed, notConfirmed, failed, skipped};
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < KEYS.size(); i++) {
      sb.append(KEYS.get(i)).append('=').append(values[i]).append('\n');
    }
    return sb.toString();
  }
}

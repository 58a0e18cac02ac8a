package io.flowcheck.framework.upgrade;

import java.util.Optional;

/**
 * When an operation counts as slower than in the baseline: its median grew by at least {@code
 * factor} times AND by at least {@code minMs} milliseconds. Both must hold, so a 2 ms call that now
 * takes 5 ms (timer noise) and a 2 s call that now takes 2.1 s (load noise) are not reported. An
 * operation made fewer than {@value #MIN_CALLS} times on either side is not judged: the "median" of
 * one or two calls is one call's time, and on a busy machine a single call took 62 ms, then 148 ms,
 * with nothing changed.
 */
public record SlowerRule(double factor, long minMs) {
  public static final SlowerRule DEFAULT = new SlowerRule(2.0, 50);

  /** The fewest calls on each side for a median worth comparing. */
  public static final int MIN_CALLS = 3;

  public SlowerRule {
    if (!(factor >= 1.0)) {
      throw new IllegalArgumentException("factor must be at least 1, not " + factor);
    }
    if (minMs < 0) {
      throw new IllegalArgumentException("minMs must not be negative, not " + minMs);
    }
  }

  /** The slowdown of {@code operation}, or empty when it stayed within the floor. */
  public Optional<Slower> judge(String operation, Latency before, Latency after) {
    if (before == null || after == null) {
      return Optional.empty();
    }
    if (before.count() < MIN_CALLS || after.count() < MIN_CALLS) {
      return Optional.empty();
    }
    boolean byFactor = after.medianMs() >= before.medianMs() * factor;
    boolean byMillis = after.medianMs() - before.medianMs() >= minMs;
    return byFactor && byMillis
        ? Optional.of(new Slower(operation, before, after))
        : Optional.empty();
  }

  /** "at least 2x and 50 ms at the median" */
  public String describe() {
    String f = factor == Math.rint(factor) ? Long.toString((long) factor) : Double.toString(factor);
    return "at least " + f + "x and " + minMs + " ms slower at the median";
  }
}

package io.flowcheck.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a suite's JVM reports to the benchmark on one stdout line: the suite's time inside the JVM
 * (from main to the last scenario, class loading included: the JVM is cold), scenarios run and
 * failed, and the heap peak. Karate's side prints the same line with its own copy of the format.
 */
public record SuiteFigures(long elapsedMs, long scenarios, long failed, long heapPeakBytes) {
  static final String PREFIX = "BENCHMARK-FIGURES";
  private static final Pattern LINE =
      Pattern.compile(
          PREFIX + " elapsedMs=(\\d+) scenarios=(\\d+) failed=(\\d+) heapPeakBytes=(\\d+)");

  public String line() {
    return PREFIX
        + " elapsedMs="
        + elapsedMs
        + " scenarios="
        + scenarios
        + " failed="
        + failed
        + " heapPeakBytes="
        + heapPeakBytes;
  }

  /** The figures in a line of a suite's output, or null when the line is something else. */
  static SuiteFigures parse(String line) {
    Matcher m = LINE.matcher(line);
    if (!m.find()) {
      return null;
    }
    return new SuiteFigures(
        Long.parseLong(m.group(1)),
        Long.parseLong(m.group(2)),
        Long.parseLong(m.group(3)),
        Long.parseLong(m.group(4)));
  }

  /**
   * The sum of each heap pool's peak use (eden, survivor, old): an upper bound of the heap in use
   * at any one moment, as the pools peak at different times. It depends on how lazily the collector
   * runs, so it is compared only between runs with the same JVM options.
   */
  static long currentHeapPeakBytes() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }
}

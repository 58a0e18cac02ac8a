package io.flowcheck.benchmarks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The few calculations of the table: medians, ratios of alternating pairs, requests in flight. */
final class Stats {
  private Stats() {}

  /** The median (mean of the middle two for an even count); NaN for no values. */
  static double median(List<Double> values) {
    if (values.isEmpty()) {
      return Double.NaN;
    }
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int mid = sorted.size() / 2;
    return sorted.size() % 2 == 1 ? sorted.get(mid) : (sorted.get(mid - 1) + sorted.get(mid)) / 2;
  }

  /**
   * The median of {@code ours[i] / theirs[i]} over the pairs measured side by side: each pair ran
   * back to back, so a load spike on the shared machine tends to hit both halves of one pair, and
   * the median drops the pairs it hit unevenly. Pairs with a missing half are left out.
   */
  static double medianPairRatio(List<Double> ours, List<Double> theirs) {
    List<Double> ratios = new ArrayList<>();
    for (int i = 0; i < Math.min(ours.size(), theirs.size()); i++) {
      double a = ours.get(i);
      double b = theirs.get(i);
      if (!Double.isNaN(a) && !Double.isNaN(b) && b > 0) {
        ratios.add(a / b);
      }
    }
    return median(ratios);
  }

  /**
   * Average number of requests in flight between the first arrival and the last answer: the summed
   * time the requests were open divided by that span (Little's law over the window). Intervals are
   * {start, end} pairs in any one unit; 0 for none.
   */
  static double averageInFlight(List<long[]> intervals) {
    if (intervals.isEmpty()) {
      return 0;
    }
    long first = Long.MAX_VALUE;
    long last = Long.MIN_VALUE;
    long open = 0;
    for (long[] interval : intervals) {
      first = Math.min(first, interval[0]);
      last = Math.max(last, interval[1]);
      open += interval[1] - interval[0];
    }
    return last == first ? intervals.size() : (double) open / (last - first);
  }
}

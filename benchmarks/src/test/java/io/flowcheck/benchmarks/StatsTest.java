package io.flowcheck.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatsTest {
  @Test
  void medianOfOddAndEvenCounts() {
    assertEquals(3.0, Stats.median(List.of(5.0, 1.0, 3.0)));
    assertEquals(2.5, Stats.median(List.of(4.0, 1.0, 2.0, 3.0)));
    assertTrue(Double.isNaN(Stats.median(List.of())));
  }

  @Test
  void ratioIsTheMedianOfThePairsNotTheRatioOfTheMedians() {
    // Pair ratios 0.5, 0.8, 2.0: the spike of the third pair does not move the median.
    assertEquals(
        0.8, Stats.medianPairRatio(List.of(5.0, 8.0, 40.0), List.of(10.0, 10.0, 20.0)), 1e-9);
    assertEquals(0.5, Stats.medianPairRatio(List.of(5.0, Double.NaN), List.of(10.0, 10.0)), 1e-9);
  }

  @Test
  void requestsInFlightFromIntervals() {
    // Two requests fully overlapping over 0..100, one more over 100..200: 300 open / 200 span.
    List<long[]> intervals =
        List.of(new long[] {0, 100}, new long[] {0, 100}, new long[] {100, 200});
    assertEquals(1.5, Stats.averageInFlight(intervals), 1e-9);
    // Back to back, never overlapping: one in flight.
    assertEquals(
        1.0, Stats.averageInFlight(List.of(new long[] {0, 50}, new long[] {50, 100})), 1e-9);
    assertEquals(0.0, Stats.averageInFlight(List.of()), 1e-9);
  }

  @Test
  void figuresLineRoundTrips() {
    SuiteFigures figures = new SuiteFigures(1234, 20, 1, 99_000_000);
    assertEquals(figures, SuiteFigures.parse("some prefix " + figures.line()));
    assertNull(SuiteFigures.parse("flowcheck: 20 scenarios"));
  }
}

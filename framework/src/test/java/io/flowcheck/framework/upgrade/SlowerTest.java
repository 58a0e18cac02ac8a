package io.flowcheck.framework.upgrade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The latency statistics a baseline keeps, and when an operation counts as slower. */
class SlowerTest {
  private static final SlowerRule FLOOR = new SlowerRule(2.0, 50);

  private static Latency median(double ms) {
    return new Latency(3, ms, ms);
  }

  @Test
  void theMedianOfAnOddCountIsTheMiddleCall() {
    Latency l = Latency.of(List.of(30.0, 10.0, 20.0));
    assertEquals(new Latency(3, 20.0, 30.0), l);
  }

  @Test
  void theMedianOfAnEvenCountIsTheMeanOfTheTwoMiddleCalls() {
    assertEquals(15.0, Latency.of(List.of(40.0, 10.0, 20.0, 5.0)).medianMs());
    assertEquals(2, Latency.of(List.of(1.0, 2.0)).count());
  }

  @Test
  void p95IsTheNearestRankSoOneOutlierInTwentyCallsStaysOut() {
    List<Double> calls = new java.util.ArrayList<>();
    for (int i = 1; i <= 19; i++) {
      calls.add((double) i);
    }
    calls.add(5000.0);
    Latency l = Latency.of(calls);
    assertEquals(20, l.count());
    assertEquals(19.0, l.p95Ms(), "the 19th of 20 sorted calls");
    assertEquals(10.5, l.medianMs());
    assertEquals(5000.0, Latency.of(calls.subList(15, 20)).p95Ms(), "of 5 calls, the slowest");
  }

  @Test
  void oneCallIsItsOwnMedianAndP95AndNoCallsGiveNoStatistics() {
    assertEquals(new Latency(1, 12.3, 12.3), Latency.of(List.of(12.34)));
    assertNull(Latency.of(List.of()));
  }

  @Test
  void latenciesRoundTripThroughJson() {
    Latency l = new Latency(7, 12.5, 80.1);
    assertEquals(l, Latency.fromJson(l.toJson()));
  }

  @Test
  void twiceAsSlowAndFiftyMillisecondsMoreIsSlower() {
    Optional<Slower> s = FLOOR.judge("getProperty", median(50), median(100));
    assertTrue(s.isPresent(), "exactly 2x and exactly 50 ms more: both floors are inclusive");
    assertEquals("getProperty", s.get().operation());
    assertEquals(2.0, s.get().factor());
    assertTrue(FLOOR.judge("getProperty", median(3), median(450)).isPresent());
  }

  @Test
  void manyTimesSlowerButFewMillisecondsMoreIsNoise() {
    assertEquals(Optional.empty(), FLOOR.judge("getProperty", median(2), median(40)));
    assertEquals(Optional.empty(), FLOOR.judge("getProperty", median(0), median(49.9)));
  }

  @Test
  void manyMillisecondsMoreButLessThanTwiceIsNoise() {
    assertEquals(Optional.empty(), FLOOR.judge("runProcedure", median(2000), median(3900)));
  }

  @Test
  void fasterOrEqualIsNeverSlower() {
    assertEquals(Optional.empty(), FLOOR.judge("getProperty", median(400), median(5)));
    assertEquals(Optional.empty(), FLOOR.judge("getProperty", median(400), median(400)));
  }

  @Test
  void anOperationOnlyOneSideMadeIsNotJudged() {
    assertEquals(Optional.empty(), FLOOR.judge("getProperty", null, median(900)));
    assertEquals(Optional.empty(), FLOOR.judge("getProperty", median(1), null));
  }

  @Test
  void anOperationCalledFewerThanThreeTimesOnASideIsNotJudged() {
    Latency once = new Latency(1, 62, 62);
    Latency onceSlower = new Latency(1, 148, 148);
    assertEquals(Optional.empty(), FLOOR.judge("createArtifact", once, onceSlower));
    assertEquals(
        Optional.empty(), FLOOR.judge("createArtifact", median(62), new Latency(2, 900, 900)));
    assertTrue(FLOOR.judge("createArtifact", median(62), median(148)).isPresent());
  }

  @Test
  void theThresholdsAreSettings() {
    SlowerRule strict = new SlowerRule(1.5, 10);
    assertTrue(strict.judge("getProperty", median(20), median(30)).isPresent());
    assertEquals(Optional.empty(), FLOOR.judge("getProperty", median(20), median(30)));
    assertEquals("at least 1.5x and 10 ms slower at the median", strict.describe());
  }

  @Test
  void theHeadlineNamesTheOperationMedianP95AndCounts() {
    Slower s = new Slower("getProperty", new Latency(2, 3.0, 4.0), new Latency(3, 412.0, 415.25));
    assertEquals(
        "getProperty slower: median 3.0 ms -> 412.0 ms (x137.3), p95 4.0 ms -> 415.3 ms,"
            + " 2 -> 3 calls",
        s.headline());
  }

  @Test
  void theLogKeepsEachOperationsCallsApart() {
    LatencyLog log = new LatencyLog();
    log.add("getProperty", 10);
    log.add("getProperty", 30);
    log.add("getProperty", 20);
    log.add("login", 5);
    assertEquals(
        java.util.Map.of("getProperty", new Latency(3, 20, 30), "login", new Latency(1, 5, 5)),
        log.latencies());
  }
}

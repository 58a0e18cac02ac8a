package io.flowcheck.runner.shard;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ShardPlanTest {
  private static final Set<String> LOCKS = Set.of("@kb-property", "@sessions");

  private static ShardPlan.Scenario scenario(String name, String... tags) {
    return new ShardPlan.Scenario("f.feature :: " + name, "[id:" + name + "]", Set.of(tags));
  }

  private static List<ShardPlan.Scenario> twenty() {
    List<ShardPlan.Scenario> all = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      all.add(scenario(String.format("s%02d", i)));
    }
    all.add(scenario("kb-a", "@kb-property"));
    all.add(scenario("kb-b", "@kb-property", "@smoke"));
    all.add(scenario("sess-a", "@sessions"));
    all.add(scenario("sess-b", "@sessions", "@simulator"));
    all.add(scenario("both", "@sessions", "@kb-property"));
    all.add(scenario("sess-c", "@sessions"));
    return all;
  }

  /** Per shard, the scenario names it got. */
  private static Map<Integer, List<String>> shards(
      List<ShardPlan.Scenario> all, Map<String, Long> durations, int n) {
    Map<String, Integer> plan = ShardPlan.split(all, LOCKS, durations, n);
    Map<Integer, List<String>> byShard = new TreeMap<>();
    for (int i = 1; i <= n; i++) {
      byShard.put(i, new ArrayList<>());
    }
    all.forEach(s -> byShard.get(plan.get(s.id())).add(s.key()));
    byShard.values().forEach(Collections::sort);
    return byShard;
  }

  @Test
  void everyScenarioLandsInExactlyOneShardForAnyN() {
    List<ShardPlan.Scenario> all = twenty();
    for (int n = 1; n <= 30; n++) {
      Map<String, Integer> plan = ShardPlan.split(all, LOCKS, Map.of(), n);
      assertEquals(all.size(), plan.size(), "n=" + n);
      for (int shard : plan.values()) {
        assertThat(shard >= 1 && shard <= n, equalTo(true));
      }
    }
  }

  @Test
  void theSplitDoesNotDependOnDiscoveryOrder() {
    List<ShardPlan.Scenario> all = twenty();
    Map<Integer, List<String>> first = shards(all, Map.of(), 3);
    List<ShardPlan.Scenario> shuffled = new ArrayList<>(all);
    Collections.shuffle(shuffled, new Random(7));
    assertEquals(first, shards(shuffled, Map.of(), 3));
    Map<String, Long> durations = durations(all);
    assertEquals(shards(all, durations, 3), shards(shuffled, durations, 3));
  }

  @Test
  void lockTagsKeepTheirScenariosInOneShardTransitively() {
    Map<String, Integer> plan = ShardPlan.split(twenty(), LOCKS, Map.of(), 4);
    // "both" carries both locks, so the kb-property and sessions scenarios make one unit.
    Set<Integer> shards = new java.util.HashSet<>();
    for (String n : List.of("kb-a", "kb-b", "sess-a", "sess-b", "both", "sess-c")) {
      shards.add(plan.get("[id:" + n + "]"));
    }
    assertThat(shards.size(), equalTo(1));
  }

  @Test
  void byCountTheSharesDifferByAtMostTheLargestUnit() {
    List<ShardPlan.Scenario> plain = twenty().subList(0, 20);
    Map<Integer, List<String>> three = shards(plain, Map.of(), 3);
    assertThat(three.get(1).size(), equalTo(7));
    assertThat(three.get(2).size(), equalTo(7));
    assertThat(three.get(3).size(), equalTo(6));
  }

  @Test
  void byTimingsTheLongScenariosAreSpreadAndUnknownOnesCountAsTheMedian() {
    List<ShardPlan.Scenario> all = new ArrayList<>();
    Map<String, Long> durations = new HashMap<>();
    for (String name : List.of("slow1", "slow2", "slow3")) {
      all.add(scenario(name));
      durations.put("f.feature :: " + name, 9_000L);
    }
    for (int i = 0; i < 9; i++) {
      all.add(scenario("quick" + i));
      durations.put("f.feature :: quick" + i, 1_000L);
    }
    all.add(scenario("new-one")); // unknown: the median, 1000
    Map<String, Integer> plan = ShardPlan.split(all, LOCKS, durations, 3);
    Set<Integer> slowShards = new java.util.HashSet<>();
    for (String n : List.of("slow1", "slow2", "slow3")) {
      slowShards.add(plan.get("[id:" + n + "]"));
    }
    assertThat("one slow scenario per shard", slowShards.size(), equalTo(3));
    long[] load = new long[3];
    for (ShardPlan.Scenario s : all) {
      load[plan.get(s.id()) - 1] += durations.getOrDefault(s.key(), 1_000L);
    }
    long max = Math.max(load[0], Math.max(load[1], load[2]));
    long min = Math.min(load[0], Math.min(load[1], load[2]));
    assertThat("balanced within one quick scenario", max - min, lessThanOrEqualTo(1_000L));
    assertThat(ShardPlan.median(all, durations), equalTo(1_000L));
  }

  @Test
  void moreShardsThanUnitsLeavesSomeEmpty() {
    List<ShardPlan.Scenario> two = List.of(scenario("a"), scenario("b"));
    Map<Integer, List<String>> five = shards(two, Map.of(), 5);
    assertThat(five.get(1), equalTo(List.of("f.feature :: a")));
    assertThat(five.get(2), equalTo(List.of("f.feature :: b")));
    for (int i = 3; i <= 5; i++) {
      assertThat(five.get(i), equalTo(List.of()));
    }
  }

  private static Map<String, Long> durations(List<ShardPlan.Scenario> all) {
    Map<String, Long> d = new HashMap<>();
    for (int i = 0; i < all.size(); i += 2) {
      d.put(all.get(i).key(), 100L * (i + 1));
    }
    return d;
  }
}

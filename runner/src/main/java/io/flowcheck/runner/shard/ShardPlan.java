package io.flowcheck.runner.shard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Splits the selected scenarios into shards, the same way on every machine: each shard of a run
 * computes the whole split and keeps its own part, so together the shards run every scenario
 * exactly once, whatever N.
 *
 * <p>Scenarios that share a lock tag ({@code cucumber.execution.exclusive-resources.<tag>.*}) form
 * one unit and go to one shard: within a run the lock keeps them apart, but shards run at the same
 * time against one server and share no lock. Units go longest first onto the shard with the least
 * work so far (ties: the lower shard). Work is the duration an earlier run recorded; a scenario it
 * did not record counts as the median of those it did. Without durations every scenario counts 1,
 * which deals the scenarios out evenly by count. Ties in length are broken by the scenario key, so
 * the split never depends on discovery order.
 */
public final class ShardPlan {
  /**
   * A selected scenario: its {@link ScenarioKey}, a unique id to tell apart equal keys, its tags.
   */
  public record Scenario(String key, String id, Set<String> tags) {}

  private record Unit(List<Scenario> scenarios, long work) {
    String firstKey() {
      return scenarios.get(0).key() + "\u0000" + scenarios.get(0).id();
    }
  }

  private ShardPlan() {}

  /**
   * @param groupTags tags (with {@code @}) whose scenarios must stay in one shard
   * @param durations milliseconds by scenario key, from an earlier run; empty to split by count
   * @return the shard (1 to {@code total}) of every scenario, by its id
   */
  public static Map<String, Integer> split(
      List<Scenario> scenarios, Set<String> groupTags, Map<String, Long> durations, int total) {
    List<Scenario> sorted = new ArrayList<>(scenarios);
    sorted.sort(Comparator.comparing(Scenario::key).thenComparing(Scenario::id));
    long unknown = median(sorted, durations);
    List<Unit> units = new ArrayList<>();
    for (List<Scenario> members : group(sorted, groupTags)) {
      long work = 0;
      for (Scenario s : members) {
        work += durations.isEmpty() ? 1 : durations.getOrDefault(s.key(), unknown);
      }
      units.add(new Unit(members, work));
    }
    units.sort(Comparator.comparingLong(Unit::work).reversed().thenComparing(Unit::firstKey));
    long[] load = new long[total];
    Map<String, Integer> shardOf = new HashMap<>();
    for (Unit unit : units) {
      int lightest = 0;
      for (int i = 1; i < total; i++) {
        if (load[i] < load[lightest]) {
          lightest = i;
        }
      }
      load[lightest] += unit.work();
      for (Scenario s : unit.scenarios()) {
        shardOf.put(s.id(), lightest + 1);
      }
    }
    return shardOf;
  }

  /**
   * The median duration of the selected scenarios the earlier run recorded, else of everything it
   * recorded; 1 when it recorded nothing.
   */
  static long median(List<Scenario> scenarios, Map<String, Long> durations) {
    List<Long> known = new ArrayList<>();
    for (Scenario s : scenarios) {
      Long d = durations.get(s.key());
      if (d != null) {
        known.add(d);
      }
    }
    if (known.isEmpty()) {
      known.addAll(durations.values());
    }
    if (known.isEmpty()) {
      return 1;
    }
    known.sort(Long::compare);
    int n = known.size();
    return n % 2 == 1 ? known.get(n / 2) : (known.get(n / 2 - 1) + known.get(n / 2)) / 2;
  }

  /**
   * Scenarios joined through shared lock tags (a scenario with two lock tags joins both groups),
   * each group in key order; a scenario with no lock tag is a group of its own.
   */
  private static List<List<Scenario>> group(List<Scenario> sorted, Set<String> groupTags) {
    Map<String, String> parent = new HashMap<>();
    Map<String, Scenario> byNode = new LinkedHashMap<>();
    for (int i = 0; i < sorted.size(); i++) {
      String node = "s" + i;
      byNode.put(node, sorted.get(i));
      parent.put(node, node);
      for (String tag : sorted.get(i).tags()) {
        if (groupTags.contains(tag)) {
          parent.putIfAbsent("t" + tag, "t" + tag);
          union(parent, node, "t" + tag);
        }
      }
    }
    Map<String, List<Scenario>> groups = new TreeMap<>();
    byNode.forEach(
        (node, scenario) ->
            groups.computeIfAbsent(find(parent, node), k -> new ArrayList<>()).add(scenario));
    return new ArrayList<>(groups.values());
  }

  private static String find(Map<String, String> parent, String node) {
    String root = node;
    while (!parent.get(root).equals(root)) {
      root = parent.get(root);
    }
    parent.put(node, root);
    return root;
  }

  private static void union(Map<String, String> parent, String a, String b) {
    String ra = find(parent, a);
    String rb = find(parent, b);
    if (!ra.equals(rb)) {
      parent.put(rb, ra);
    }
  }
}

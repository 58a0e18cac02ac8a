package io.flowcheck.framework.results;

import io.flowcheck.framework.run.RunSummary;
import io.flowcheck.framework.run.ShardOfRun;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Checks that the folders of a merge are one run: one unsharded run's folder, or every shard of one
 * run, each once. Anything else would give a report and verdict of a run that never happened (a
 * missing shard's scenarios counted as never selected, a shard of another selection counted in), so
 * it is one line naming the folder or shard to fix, and nothing is merged.
 */
final class ShardsOfOneRun {
  private ShardsOfOneRun() {}

  /**
   * @param folders in shard order
   * @throws IllegalArgumentException with one line when they are not one run
   */
  static void check(List<ResultFolder> folders) {
    List<ResultFolder> shards = folders.stream().filter(f -> f.record().isPresent()).toList();
    List<ResultFolder> unsharded = folders.stream().filter(f -> f.record().isEmpty()).toList();
    for (ResultFolder f : shards) {
      if (f.record().get().isFromOlderFlowcheck()) {
        throw new IllegalArgumentException(
            f.dir()
                + " holds shard "
                + f.record().get().shard()
                + " written by an older flowcheck, which does not record which run a shard"
                + " belongs to: run every shard again with this flowcheck, then merge them");
      }
    }
    if (shards.isEmpty()) {
      if (unsharded.size() > 1) {
        throw new IllegalArgumentException(
            "only the shards of one run are merged, and "
                + unsharded.stream().map(f -> f.dir().toString()).collect(Collectors.joining(", "))
                + " hold no shard (no "
                + ShardOfRun.FILE
                + "): give one run's results folder, or every shard's of one run");
      }
      return;
    }
    if (!unsharded.isEmpty()) {
      ResultFolder stray = unsharded.get(0);
      String failure = RunSummary.read(stray.dir()).failure();
      throw new IllegalArgumentException(
          stray.dir()
              + " holds no shard (no "
              + ShardOfRun.FILE
              + (failure == null ? "" : "; its run failed: " + failure)
              + "), but "
              + shards.get(0).dir()
              + " holds shard "
              + shards.get(0).shard().get()
              + ": give only the shards of one run");
    }
    ResultFolder first = shards.get(0);
    for (ResultFolder other : shards.subList(1, shards.size())) {
      String differs = difference(first.record().get(), other.record().get());
      if (differs != null) {
        throw new IllegalArgumentException(
            "the shards are not of one run: "
                + describe(first)
                + " and "
                + describe(other)
                + " "
                + differs);
      }
    }
    Map<String, List<ResultFolder>> byShard = new LinkedHashMap<>();
    shards.forEach(f -> byShard.computeIfAbsent(f.shard().get(), k -> new ArrayList<>()).add(f));
    byShard.forEach(
        (shard, given) -> {
          if (given.size() > 1) {
            throw new IllegalArgumentException(
                "shard "
                    + shard
                    + " is given twice ("
                    + given.stream().map(f -> f.dir().toString()).collect(Collectors.joining(", "))
                    + "): give each shard's results folder once");
          }
        });
    int total = first.record().get().shard().total();
    List<String> missing = new ArrayList<>();
    for (int i = 1; i <= total; i++) {
      if (!byShard.containsKey(i + "/" + total)) {
        missing.add(i + "/" + total);
      }
    }
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException(
          "the merge lacks shard"
              + (missing.size() > 1 ? "s " : " ")
              + String.join(", ", missing)
              + " of this run (given: "
              + String.join(", ", byShard.keySet())
              + "): give every shard's results folder; a shard that ran no scenario writes"
              + " one too");
    }
  }

  /** How two shards' records show they are not of one run, or null when they are. */
  private static String difference(ShardOfRun a, ShardOfRun b) {
    if (a.flowcheck() != null && b.flowcheck() != null && !a.flowcheck().equals(b.flowcheck())) {
      return "ran different flowcheck versions ("
          + a.flowcheck()
          + ", "
          + b.flowcheck()
          + "): run every shard with the same flowcheck";
    }
    if (a.shard().total() != b.shard().total()) {
      return "split their runs into different numbers of shards";
    }
    if (!a.selection().equals(b.selection())) {
      return "selected different scenarios ("
          + a.selected()
          + " with "
          + tags(a)
          + ", "
          + b.selected()
          + " with "
          + tags(b)
          + "): run every shard with the same features and tag filter";
    }
    if (!Objects.equals(a.split(), b.split())) {
      return "split the same selection differently (another ef.shard.timings or other lock"
          + " tags): run every shard with the same settings";
    }
    return null;
  }

  private static String describe(ResultFolder f) {
    return f.dir() + " (shard " + f.shard().get() + ")";
  }

  private static String tags(ShardOfRun r) {
    return r.tags().isBlank() ? "no tag filter" : "tags '" + r.tags() + "'";
  }
}

package io.flowcheck.runner.shard;

import io.flowcheck.framework.config.Shard;
import io.flowcheck.framework.config.TagFilter;
import io.flowcheck.framework.run.ShardOfRun;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@value #FILE} in the run's output folder ({@link ShardOfRun}): which shard this run was, how
 * many scenarios it took of how many selected, and of which run. The verdict reads it so that a
 * shard with no scenario passes (see {@code RunSummary}); a merge of shards reads it to put
 * together only every shard of one run.
 */
public final class ShardRecord {
  public static final String FILE = ShardOfRun.FILE;

  private ShardRecord() {}

  /**
   * The record of one shard's part of a split.
   *
   * @param selected every scenario the tag filter selected, over all shards
   * @param plan the shard of each selected scenario, by its id ({@link ShardPlan#split})
   */
  static ShardOfRun of(
      Shard shard, TagFilter tags, List<ShardPlan.Scenario> selected, Map<String, Integer> plan) {
    List<String> selection = new ArrayList<>();
    // The tag filter counts too: a shard of another filter is another run, even where both select
    // the same scenarios today.
    selection.add("tags " + tags.expressionOrAll());
    List<String> split = new ArrayList<>();
    int mine = 0;
    for (ShardPlan.Scenario s : selected) {
      // Keys, not ids: an id holds the feature file's absolute path, which differs by machine.
      selection.add("scenario " + s.key());
      int shardOf = plan.get(s.id());
      split.add(s.key() + " -> " + shardOf);
      mine += shardOf == shard.index() ? 1 : 0;
    }
    return new ShardOfRun(
        shard,
        mine,
        selected.size(),
        tags.isSet() ? tags.expression() : "",
        ShardOfRun.fingerprint(selection),
        ShardOfRun.fingerprint(split),
        ShardRecord.class.getPackage().getImplementationVersion());
  }

  static void write(Path outputDir, ShardOfRun record) {
    try {
      record.write(outputDir);
    } catch (IOException e) {
      System.out.println("flowcheck: could not write " + outputDir.resolve(FILE) + " (" + e + ")");
    }
  }
}

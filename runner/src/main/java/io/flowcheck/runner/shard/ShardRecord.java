package io.flowcheck.runner.shard;

import io.flowcheck.framework.config.Shard;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@value #FILE} in the run's output folder: which shard this run was and how many scenarios it
 * took of how many selected. The verdict reads it so that a shard with no scenario passes (see
 * {@code RunSummary}), and a merged report lists the shards it holds.
 */
public final class ShardRecord {
  public static final String FILE = io.flowcheck.framework.run.RunSummary.SHARD_FILE;

  private ShardRecord() {}

  static void write(Path outputDir, Shard shard, int scenarios, int selected) {
    try {
      Files.createDirectories(outputDir);
      Files.writeString(
          outputDir.resolve(FILE),
          "shard=" + shard + "\nscenarios=" + scenarios + "\nselected=" + selected + "\n");
    } catch (IOException e) {
      System.out.println("flowcheck: could not write " + outputDir.resolve(FILE) + " (" + e + ")");
    }
  }
}

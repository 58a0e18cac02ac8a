package io.flowcheck.framework.results;

import io.flowcheck.framework.run.RunSummary;
import io.flowcheck.framework.run.ScenarioCounts;
import io.flowcheck.framework.run.ShardOfRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.node.ObjectNode;

/**
 * The run's own small files, merged: the summary counts summed (time: the longest shard, as they
 * ran side by side), failures outside the scenarios and the consoles one after the other under
 * their shard's name, the timings together (the next sharded run's {@code ef.shard.timings}), the
 * step catalogue once. Not the secret fingerprints: they served each shard's own leak gate, and a
 * merged folder is made to be shared (CI templates expose the report), where the file would let
 * whoever holds it test password guesses offline.
 */
final class RunFilesMerge {
  static final String TIMINGS = "flowcheck-timings.json";
  static final String CONSOLE = "console.log";

  private RunFilesMerge() {}

  static void merge(List<ResultFolder> folders, Path out) throws IOException {
    summary(folders, out);
    List<String> failures = new ArrayList<>();
    StringBuilder console = new StringBuilder();
    Map<String, Long> timings = new TreeMap<>();
    boolean anyTimings = false;
    for (ResultFolder f : folders) {
      if (f.has(RunSummary.FAILURE_FILE)) {
        failures.add(f.label() + ": " + Files.readString(f.file(RunSummary.FAILURE_FILE)).strip());
      } else if (!f.has(RunSummary.FILE) && !f.isEmptyShard()) {
        // Its scenarios are in no count: the merged run must not pass without them.
        failures.add(f.label() + ": the run did not get to its end (no " + RunSummary.FILE + ")");
      }
      if (f.has(CONSOLE)) {
        console
            .append("===== ")
            .append(f.label())
            .append(" =====\n")
            .append(Files.readString(f.file(CONSOLE), StandardCharsets.UTF_8))
            .append('\n');
      }
      if (f.has(TIMINGS)) {
        anyTimings = true;
        MergeJson.read(f.file(TIMINGS))
            .properties()
            .forEach(e -> timings.put(e.getKey(), e.getValue().asLong()));
      }
    }
    if (!failures.isEmpty()) {
      Files.writeString(out.resolve(RunSummary.FAILURE_FILE), String.join("; ", failures) + "\n");
    }
    if (console.length() > 0) {
      Files.writeString(out.resolve(CONSOLE), console, StandardCharsets.UTF_8);
    }
    if (anyTimings) {
      ObjectNode t = MergeJson.object();
      timings.forEach(t::put);
      MergeJson.write(out.resolve(TIMINGS), t);
    }
    copyFirst(folders, "step-catalogue.json", out);
    copyFirst(folders, "step-catalogue.md", out);
  }

  private static void summary(List<ResultFolder> folders, Path out) throws IOException {
    ScenarioCounts counts = ScenarioCounts.NONE;
    long seconds = 0;
    int scenarios = 0;
    List<String> shards = new ArrayList<>();
    boolean anySummary = false;
    for (ResultFolder f : folders) {
      f.shard().ifPresent(shards::add);
      scenarios += f.record().map(ShardOfRun::scenarios).orElse(0);
      if (!f.has(RunSummary.FILE)) {
        continue;
      }
      anySummary = true;
      RunSummary shard = RunSummary.read(f.dir());
      counts = counts.plus(shard.counts());
      seconds = Math.max(seconds, shard.seconds());
    }
    if (anySummary) {
      RunSummary.write(out, counts, seconds);
    }
    if (!shards.isEmpty()) {
      // Not the file a single shard writes (that one would make an empty merge pass as a shard).
      Files.writeString(
          out.resolve("flowcheck-shards.properties"),
          "shards=" + String.join(",", shards) + "\nscenarios=" + scenarios + "\n");
    }
  }

  private static void copyFirst(List<ResultFolder> folders, String name, Path out)
      throws IOException {
    for (ResultFolder f : folders) {
      if (f.has(name)) {
        Files.copy(f.file(name), out.resolve(name));
        return;
      }
    }
  }
}

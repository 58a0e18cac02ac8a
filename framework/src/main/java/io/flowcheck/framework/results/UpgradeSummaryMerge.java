package io.flowcheck.framework.results;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One upgrade comparison summary ({@code upgrade/summary.json} and {@code summary.md}) from the
 * shards' compare runs: counts and scenarios summed, differences and finding groups put together,
 * failed if any shard failed. A baseline scenario is "not run" only if no shard ran it (each shard
 * lists the others' scenarios as not run by itself).
 */
final class UpgradeSummaryMerge {
  static final String JSON = "upgrade/summary.json";
  static final String MD = "upgrade/summary.md";

  private UpgradeSummaryMerge() {}

  static void merge(List<ResultFolder> folders, Path out) {
    List<ResultFolder> with = folders.stream().filter(f -> f.has(JSON)).toList();
    if (with.isEmpty()) {
      return;
    }
    ObjectNode merged = null;
    ObjectNode counts = MergeJson.object();
    int scenarios = 0;
    boolean failed = false;
    ArrayNode differences = MergeJson.array();
    ArrayNode groups = MergeJson.array();
    Set<String> notInBaseline = new TreeSet<>();
    Set<String> notRun = null;
    StringBuilder md = new StringBuilder();
    for (ResultFolder f : with) {
      JsonNode s = MergeJson.read(f.file(JSON));
      if (merged == null) {
        merged = (ObjectNode) s.deepCopy();
      }
      s.path("counts")
          .properties()
          .forEach(
              e -> counts.put(e.getKey(), counts.path(e.getKey()).asInt(0) + e.getValue().asInt()));
      scenarios += s.path("scenarios").asInt();
      failed |= s.path("failed").asBoolean(false);
      s.path("differences").forEach(differences::add);
      s.path("groups").forEach(groups::add);
      s.path("notInBaseline").forEach(n -> notInBaseline.add(n.asString()));
      Set<String> mine = new TreeSet<>();
      s.path("notRun").forEach(n -> mine.add(n.asString()));
      if (notRun == null) {
        notRun = mine;
      } else {
        notRun.retainAll(mine);
      }
      if (f.has(MD)) {
        try {
          md.append("\n## ")
              .append(f.label())
              .append("\n\n")
              .append(Files.readString(f.file(MD)).strip())
              .append('\n');
        } catch (IOException e) {
          throw new UncheckedIOException("cannot read " + f.file(MD), e);
        }
      }
    }
    merged.set("counts", counts);
    merged.put("scenarios", scenarios);
    merged.put("failed", failed);
    merged.put(
        "verdict",
        failed ? "FAILED" : differences.isEmpty() ? "PASSED" : "PASSED with differences");
    merged.set("differences", differences);
    merged.set("groups", groups);
    ArrayNode nr = merged.putArray("notRun");
    new ArrayList<>(notRun).forEach(nr::add);
    ArrayNode nb = merged.putArray("notInBaseline");
    notInBaseline.forEach(nb::add);
    MergeJson.write(out.resolve(JSON), merged);
    StringBuilder head = new StringBuilder("# Upgrade check: ");
    head.append(merged.path("verdict").asString())
        .append(" (")
        .append(with.size())
        .append(" shards merged)\n\n");
    counts
        .properties()
        .forEach(
            e ->
                head.append("- ").append(e.getValue()).append(' ').append(e.getKey()).append('\n'));
    head.append("- ").append(scenarios).append(" scenarios compared\n");
    if (!notRun.isEmpty()) {
      head.append("- not run by any shard: ").append(String.join(", ", notRun)).append('\n');
    }
    try {
      Files.writeString(out.resolve(MD), head + md.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + out.resolve(MD), e);
    }
  }
}

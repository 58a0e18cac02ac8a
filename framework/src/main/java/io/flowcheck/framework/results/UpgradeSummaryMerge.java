package io.flowcheck.framework.results;

import io.flowcheck.framework.upgrade.Finding;
import io.flowcheck.framework.upgrade.FindingGroup;
import io.flowcheck.framework.upgrade.SummaryMarkdown;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One upgrade comparison summary ({@code upgrade/summary.json} and {@code summary.md}) from the
 * shards' compare runs: counts and scenarios summed, differences put together, findings grouped by
 * cause across the shards as in one run ("`owner` missing in 24 exchanges of 8 operations", not one
 * line per shard), failed if any shard failed. A baseline scenario is "not run" only if no shard
 * ran it (each shard lists the others' scenarios as not run by itself). summary.md is rendered from
 * the merged summary.json, as one run's is.
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
    ArrayNode slower = MergeJson.array();
    boolean latenciesChecked = true;
    Set<String> notInBaseline = new TreeSet<>();
    Set<String> notRun = null;
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
      // Each shard judged the calls it made; an operation two shards made may be listed twice.
      s.path("slower").forEach(slower::add);
      latenciesChecked &= s.path("latenciesChecked").asBoolean(true);
      s.path("notInBaseline").forEach(n -> notInBaseline.add(n.asString()));
      Set<String> mine = new TreeSet<>();
      s.path("notRun").forEach(n -> mine.add(n.asString()));
      if (notRun == null) {
        notRun = mine;
      } else {
        notRun.retainAll(mine);
      }
    }
    merged.set("counts", counts);
    merged.put("scenarios", scenarios);
    merged.put("failed", failed);
    merged.put(
        "verdict",
        failed
            ? "FAILED"
            : differences.isEmpty() && slower.isEmpty() ? "PASSED" : "PASSED with differences");
    merged.set("differences", differences);
    merged.set("slower", slower);
    merged.put("latenciesChecked", latenciesChecked);
    merged.set("groups", byCause(groups));
    merged.put("shards", with.size());
    ArrayNode nr = merged.putArray("notRun");
    new ArrayList<>(notRun).forEach(nr::add);
    ArrayNode nb = merged.putArray("notInBaseline");
    notInBaseline.forEach(nb::add);
    MergeJson.write(out.resolve(JSON), merged);
    try {
      Files.writeString(out.resolve(MD), SummaryMarkdown.render(merged));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + out.resolve(MD), e);
    }
  }

  /**
   * The shards' groups of one cause (kind and subject) as one group: occurrences put together,
   * exchanges and operations counted again (an operation may show in several shards), the headline
   * said again, the groups in one run's order.
   */
  static ArrayNode byCause(ArrayNode shardGroups) {
    Map<String, ObjectNode> causes = new LinkedHashMap<>();
    for (JsonNode g : shardGroups) {
      String key = g.path("kind").asString() + "\u0000" + g.path("subject").asString();
      ObjectNode cause = causes.get(key);
      if (cause == null) {
        cause = (ObjectNode) g.deepCopy();
        causes.put(key, cause);
      } else {
        ArrayNode all = (ArrayNode) cause.path("occurrences");
        g.path("occurrences").forEach(all::add);
      }
    }
    List<ObjectNode> merged = new ArrayList<>();
    for (ObjectNode cause : causes.values()) {
      Set<String> exchanges = new HashSet<>();
      Set<String> operations = new HashSet<>();
      for (JsonNode o : cause.path("occurrences")) {
        exchanges.add(
            o.path("feature").asString()
                + "\u0000"
                + o.path("scenario").asString()
                + "\u0000"
                + o.path("index").asInt());
        JsonNode operation = o.path("operation");
        operations.add(
            operation.isString()
                ? operation.asString()
                : o.path("method").asString() + " " + o.path("target").asString());
      }
      cause.put("exchanges", exchanges.size());
      cause.put("operations", operations.size());
      cause.put(
          "headline",
          FindingGroup.headline(
              kind(cause), cause.path("subject").asString(), exchanges.size(), operations.size()));
      merged.add(cause);
    }
    merged.sort(
        FindingGroup.order(
            UpgradeSummaryMerge::kind,
            g -> g.path("exchanges").asInt(),
            g -> g.path("subject").asString()));
    ArrayNode out = MergeJson.array();
    merged.forEach(out::add);
    return out;
  }

  private static Finding.Kind kind(JsonNode group) {
    return Finding.Kind.valueOf(group.path("kind").asString());
  }
}

package io.flowcheck.framework.results;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One server dialect summary ({@code server-dialect.json}) from the shards': per assumption, the
 * scenarios that confirmed it, refuted it or failed for other reasons, from every shard (each
 * once); its verdict is then worked out as a single run does: refuted if anything refuted it,
 * confirmed if anything confirmed it, else not exercised. Server, version and the run's own
 * observations come from the first shard.
 */
final class DialectMerge {
  static final String FILE = "server-dialect.json";
  private static final List<String> EVIDENCE =
      List.of("confirmedBy", "refutedBy", "failedForOtherReasons");

  private DialectMerge() {}

  static void merge(List<ResultFolder> folders, Path out) {
    ObjectNode merged = null;
    Map<String, ObjectNode> assumptions = new LinkedHashMap<>();
    for (ResultFolder f : folders) {
      if (!f.has(FILE)) {
        continue;
      }
      JsonNode dialect = MergeJson.read(f.file(FILE));
      if (merged == null) {
        merged = (ObjectNode) dialect.deepCopy();
      }
      for (JsonNode a : dialect.path("assumptions")) {
        ObjectNode into =
            assumptions.computeIfAbsent(
                a.path("name").asString(""), n -> (ObjectNode) a.deepCopy());
        if (into != a) {
          for (String list : EVIDENCE) {
            ArrayNode target = into.withArray(list);
            for (JsonNode item : a.path(list)) {
              if (!contains(target, item)) {
                target.add(item);
              }
            }
          }
        }
      }
    }
    if (merged == null) {
      return;
    }
    ArrayNode list = merged.putArray("assumptions");
    Map<String, Integer> counts = new LinkedHashMap<>();
    counts.put("confirmed", 0);
    counts.put("refuted", 0);
    counts.put("not exercised", 0);
    for (ObjectNode a : assumptions.values()) {
      String verdict =
          !a.path("refutedBy").isEmpty()
              ? "refuted"
              : !a.path("confirmedBy").isEmpty() ? "confirmed" : "not exercised";
      a.put("verdict", verdict);
      counts.merge(verdict, 1, Integer::sum);
      list.add(a);
    }
    ObjectNode c = merged.putObject("counts");
    counts.forEach(c::put);
    MergeJson.write(out.resolve(FILE), merged);
  }

  private static boolean contains(ArrayNode array, JsonNode item) {
    for (JsonNode n : array) {
      if (n.equals(item)) {
        return true;
      }
    }
    return false;
  }
}

package io.flowcheck.framework.results;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One Cucumber JSON report from several: features merged by {@code uri} (sorted by it), their
 * scenarios in the order of the feature file (by line; an example of an outline has its own line),
 * each with the background that Cucumber writes just before it.
 */
final class CucumberJsonMerge {
  static final String FILE = "cucumber-reports/cucumber.json";

  private CucumberJsonMerge() {}

  static void merge(List<ResultFolder> folders, Path out) {
    Map<String, ObjectNode> features = new TreeMap<>();
    Map<String, List<List<JsonNode>>> scenarios = new TreeMap<>();
    boolean any = false;
    for (ResultFolder f : folders) {
      if (!f.has(FILE)) {
        continue;
      }
      any = true;
      JsonNode report = MergeJson.read(f.file(FILE));
      if (report == null || !report.isArray()) {
        continue;
      }
      for (JsonNode feature : report) {
        String uri = feature.path("uri").asString("");
        features.computeIfAbsent(uri, u -> ((ObjectNode) feature).deepCopy());
        List<List<JsonNode>> units = scenarios.computeIfAbsent(uri, u -> new ArrayList<>());
        List<JsonNode> pending = new ArrayList<>();
        for (JsonNode element : feature.path("elements")) {
          pending.add(element);
          if (!"background".equals(element.path("type").asString(""))) {
            units.add(pending);
            pending = new ArrayList<>();
          }
        }
      }
    }
    if (!any) {
      return;
    }
    ArrayNode merged = MergeJson.array();
    features.forEach(
        (uri, feature) -> {
          List<List<JsonNode>> units = scenarios.get(uri);
          units.sort(Comparator.comparingInt(CucumberJsonMerge::line));
          ArrayNode elements = feature.putArray("elements");
          units.forEach(unit -> unit.forEach(elements::add));
          merged.add(feature);
        });
    MergeJson.write(out.resolve(FILE), merged);
  }

  /** The scenario's line: the last element of a unit is the scenario, after its background. */
  private static int line(List<JsonNode> unit) {
    return unit.get(unit.size() - 1).path("line").asInt(0);
  }

  static boolean present(Path out) {
    return Files.exists(out.resolve(FILE));
  }
}

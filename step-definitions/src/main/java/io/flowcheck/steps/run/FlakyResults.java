package io.flowcheck.steps.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Marks the Allure results of scenarios that passed only thanks to a retry as flaky. Allure's
 * Cucumber plugin sets statusDetails itself when a scenario finishes, so this edits the written
 * result files once the run is over.
 */
public final class FlakyResults {
  /** "gherkin uri|scenario name" of each flaky scenario: what Allure's results carry to match on. */
  private static final Set<String> SCENARIOS = ConcurrentHashMap.newKeySet();
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private FlakyResults() {}

  public static void remember(String gherkinUri, String scenarioName) {
    SCENARIOS.add(gherkinUri + "|" + scenarioName);
  }

  static void markWritten(Path resultsDir) {
    if (SCENARIOS.isEmpty() || !Files.isDirectory(resultsDir)) {
      return;
    }
    try (var files = Files.list(resultsDir)) {
      files.filter(f -> f.getFileName().toString().endsWith("-result.json"))
          .forEach(FlakyResults::mark);
    } catch (IOException e) {
      System.out.println("Test setup problem: cannot list " + resultsDir + ": " + e.getMessage());
    }
    SCENARIOS.clear();
  }

  private static void mark(Path file) {
    try {
      JsonNode root = JSON.readTree(Files.readString(file));
      if (root instanceof ObjectNode result && SCENARIOS.contains(key(result))) {
        JsonNode details = result.get("statusDetails");
        ObjectNode d = details instanceof ObjectNode o ? o : result.putObject("statusDetails");
        d.put("flaky", true);
        Files.writeString(file, JSON.writeValueAsString(result));
      }
    } catch (IOException | RuntimeException e) {
      System.out.println("Test setup problem: cannot mark " + file + " flaky: " + e.getMessage());
    }
  }

  private static String key(JsonNode result) {
    String uri = "";
    for (JsonNode label : result.path("labels")) {
      if ("gherkin_uri".equals(label.path("name").asString())) {
        uri = label.path("value").asString();
      }
    }
    return uri + "|" + result.path("name").asString();
  }
}

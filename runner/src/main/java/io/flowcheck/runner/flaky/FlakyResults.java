package io.flowcheck.runner.flaky;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The run's flaky scenarios: those that passed only thanks to a retry. Allure's Cucumber plugin
 * sets statusDetails itself when a scenario finishes, so their written result files are marked
 * flaky once the run is over.
 */
public final class FlakyResults {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /**
   * "gherkin uri|scenario name" of each flaky scenario: what Allure's results carry to match on.
   */
  private final Set<String> scenarios = ConcurrentHashMap.newKeySet();

  /**
   * The tag of a scenario whose purpose is to prove a retry: passing thanks to one is what it
   * expects, so it is neither marked flaky nor failed by ef.flaky.fail.
   */
  public static final String RETRY_EXPECTED_TAG = "@retry-expected";

  /**
   * Whether a scenario counts as flaky: it passed, only thanks to retried calls, and was not
   * written to prove a retry.
   */
  public static boolean isFlaky(int callsSavedByRetry, boolean failed, Collection<String> tags) {
    return callsSavedByRetry > 0 && !failed && !tags.contains(RETRY_EXPECTED_TAG);
  }

  /** The console and report note for a scenario that passed after this many saved calls. */
  public static String note(int callsSavedByRetry) {
    return "Flaky: passed only after "
        + callsSavedByRetry
        + " retried call(s) (connection fault or HTTP 503)";
  }

  public void remember(String gherkinUri, String scenarioName) {
    scenarios.add(gherkinUri + "|" + scenarioName);
  }

  /** Marks the remembered scenarios' results in {@code resultsDir}, then forgets them. */
  public void markWritten(Path resultsDir) {
    if (scenarios.isEmpty() || !Files.isDirectory(resultsDir)) {
      return;
    }
    try (var files = Files.list(resultsDir)) {
      files.filter(f -> f.getFileName().toString().endsWith("-result.json")).forEach(this::mark);
    } catch (IOException e) {
      System.out.println("Test setup problem: cannot list " + resultsDir + ": " + e.getMessage());
    }
    scenarios.clear();
  }

  private void mark(Path file) {
    try {
      JsonNode root = JSON.readTree(Files.readString(file));
      if (root instanceof ObjectNode result && scenarios.contains(key(result))) {
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

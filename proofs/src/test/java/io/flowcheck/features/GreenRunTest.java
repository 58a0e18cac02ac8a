package io.flowcheck.features;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One real run on the embedded simulator, with ef.flaky.fail=true, over a feature with an epic tag
 * and the suite's own fault scenarios: the run is green and its Allure results say what the docs
 * promise (epics in docs/tags.md, flaky marking in docs/reliability.md).
 */
@ResourceLock(InProcessRun.LOCK)
class GreenRunTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir static Path tmp;
  private static InProcessRun.Result run;
  private static List<JsonNode> results;

  @BeforeAll
  static void runLoginAndFaults() throws IOException {
    // Cucumber's own --threads ignores the JUnit platform's exclusive resources, so the @sessions
    // scenarios (one expires every session) would disturb each other here: left out.
    run =
        InProcessRun.run(
            Map.of("ef.flaky.fail", "true"),
            tmp.resolve("run"),
            "not @sessions",
            "classpath:features/login.feature",
            "classpath:features/faults.feature");
    try (Stream<Path> files = Files.list(run.out().resolve(InProcessRun.ALLURE_RESULTS))) {
      results =
          files
              .filter(f -> f.getFileName().toString().endsWith("-result.json"))
              .map(GreenRunTest::read)
              .toList();
    }
  }

  @Test
  void theSuitesOwnRetryScenariosPassWithFlakyFailOn() {
    assertThat(run.console(), run.exitStatus(), equalTo((byte) 0));
    assertThat(run.console(), not(org.hamcrest.Matchers.containsString("Flaky:")));
  }

  @Test
  void everyLoginResultCarriesItsFeaturesEpic() {
    List<JsonNode> login = resultsOf("login.feature");
    assertThat(login, not(empty()));
    assertThat(
        login.stream().map(r -> labels(r, "epic")).toList(),
        everyItem(equalTo(List.of("Access and sessions"))));
  }

  @Test
  void everyFaultsResultCarriesItsFeaturesEpic() {
    List<JsonNode> faults = resultsOf("faults.feature");
    assertThat(faults, hasSize(11));
    assertThat(
        faults.stream().map(r -> labels(r, "epic")).toList(),
        everyItem(equalTo(List.of("Resilience"))));
  }

  @Test
  void noResultIsMarkedFlaky() {
    assertThat(
        results.stream().filter(r -> r.path("statusDetails").path("flaky").asBoolean()).toList(),
        empty());
  }

  @Test
  void theCoveragePageCountsTheRunsFinalLogout() throws IOException {
    List<JsonNode> logouts =
        Files.readAllLines(run.out().resolve("ef-coverage/exchanges.jsonl")).stream()
            .map(GreenRunTest::parse)
            .filter(row -> "logout".equals(row.path("operation").asString()))
            .filter(row -> "(run setup and cleanup)".equals(row.path("scenario").asString()))
            .toList();
    assertThat(logouts, not(empty()));
  }

  @Test
  void setUpAndTearDownEntriesHaveReadableNames() throws IOException {
    List<String> names;
    try (Stream<Path> files = Files.list(run.out().resolve(InProcessRun.ALLURE_RESULTS))) {
      names =
          files
              .filter(f -> f.getFileName().toString().endsWith("-container.json"))
              .map(GreenRunTest::read)
              .flatMap(
                  c ->
                      Stream.concat(
                          c.path("befores").valueStream(), c.path("afters").valueStream()))
              .map(f -> f.path("name").asString())
              .distinct()
              .toList();
    }
    assertThat(names, org.hamcrest.Matchers.hasItems("Sandbox clean-up", "Scenario set-up"));
    assertThat(names, everyItem(not(org.hamcrest.Matchers.containsString("io.flowcheck"))));
  }

  private static List<JsonNode> resultsOf(String featureFile) {
    return results.stream()
        .filter(r -> labels(r, "gherkin_uri").stream().anyMatch(u -> u.endsWith("/" + featureFile)))
        .toList();
  }

  private static List<String> labels(JsonNode result, String name) {
    return result
        .path("labels")
        .valueStream()
        .filter(l -> name.equals(l.path("name").asString()))
        .map(l -> l.path("value").asString())
        .toList();
  }

  private static JsonNode parse(String json) {
    return JSON.readTree(json);
  }

  private static JsonNode read(Path file) {
    try {
      return JSON.readTree(Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package io.flowcheck.runner.flaky;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Marking the written Allure results of scenarios that passed only thanks to a retry. */
@Isolated // changes JVM-wide state (see junit-platform.properties)
class FlakyResultsTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String FAULTS = "classpath:features/faults.feature";
  private static final String SAVED = "A read that meets one 503 passes on retry";

  private final FlakyResults flaky = new FlakyResults();

  @TempDir Path results;

  /**
   * An Allure result as the Cucumber plugin writes it (the fields the marking relies on, and a few
   * more).
   */
  private Path result(String file, String uri, String name, String statusDetails)
      throws IOException {
    String details = statusDetails == null ? "" : ",\"statusDetails\":" + statusDetails;
    return Files.writeString(
        results.resolve(file),
        "{\"uuid\":\""
            + file
            + "\",\"name\":\""
            + name
            + "\",\"status\":\"passed\",\"labels\":[{\"name\":\"feature\",\"value\":\"Faults\"},"
            + "{\"name\":\"gherkin_uri\",\"value\":\""
            + uri
            + "\"}]"
            + details
            + "}");
  }

  private static JsonNode read(Path file) throws IOException {
    return JSON.readTree(Files.readString(file));
  }

  @Test
  void theRememberedScenarioIsMarkedFlakyAndKeepsEverythingElse() throws IOException {
    Path saved =
        result("a-result.json", FAULTS, SAVED, "{\"known\":false,\"muted\":false,\"flaky\":false}");
    flaky.remember(FAULTS, SAVED);

    flaky.markWritten(results);

    JsonNode marked = read(saved);
    assertThat(marked.path("statusDetails").path("flaky").asBoolean(), equalTo(true));
    assertThat(marked.path("statusDetails").path("known").isBoolean(), equalTo(true));
    assertThat(marked.path("status").asString(), equalTo("passed"));
    assertThat(marked.path("name").asString(), equalTo(SAVED));
    assertThat(marked.path("labels").size(), equalTo(2));
  }

  @Test
  void aResultWithoutStatusDetailsGetsThem() throws IOException {
    Path saved = result("b-result.json", FAULTS, SAVED, null);
    flaky.remember(FAULTS, SAVED);

    flaky.markWritten(results);

    assertThat(read(saved).path("statusDetails").path("flaky").asBoolean(), equalTo(true));
  }

  @Test
  void onlyTheSameNameInTheSameFeatureFileIsMarked() throws IOException {
    Path otherName = result("c-result.json", FAULTS, "A read that meets a connection reset", null);
    Path otherFeature = result("d-result.json", "classpath:features/sessions.feature", SAVED, null);
    Path container =
        Files.writeString(
            results.resolve("e-container.json"),
            "{\"name\":\""
                + SAVED
                + "\",\"labels\":[{\"name\":\"gherkin_uri\",\"value\":\""
                + FAULTS
                + "\"}]}");
    String[] before = {
      Files.readString(otherName), Files.readString(otherFeature), Files.readString(container)
    };
    flaky.remember(FAULTS, SAVED);

    flaky.markWritten(results);

    assertThat(Files.readString(otherName), equalTo(before[0]));
    assertThat(Files.readString(otherFeature), equalTo(before[1]));
    assertThat(
        "only *-result.json files are results", Files.readString(container), equalTo(before[2]));
  }

  @Test
  void aRememberedScenarioIsMarkedOnceThenForgotten() throws IOException {
    result("f-result.json", FAULTS, SAVED, null);
    flaky.remember(FAULTS, SAVED);
    flaky.markWritten(results);

    Path rerun = result("g-result.json", FAULTS, SAVED, null);
    flaky.markWritten(results);

    assertThat(read(rerun).has("statusDetails"), equalTo(false));
  }

  @Test
  void anUnreadableResultDoesNotStopTheOthers() throws IOException {
    Path torn = Files.writeString(results.resolve("0-result.json"), "{\"name\":\"torn");
    Path saved = result("h-result.json", FAULTS, SAVED, null);
    flaky.remember(FAULTS, SAVED);

    flaky.markWritten(results);

    assertThat(Files.readString(torn), equalTo("{\"name\":\"torn"));
    assertThat(read(saved).path("statusDetails").path("flaky").asBoolean(), equalTo(true));
  }

  @Test
  void eachRunKeepsItsOwnFlakyScenarios() throws IOException {
    Path saved = result("i-result.json", FAULTS, SAVED, null);
    new FlakyResults().remember(FAULTS, SAVED);

    flaky.markWritten(results);

    assertThat(
        "another run's flaky scenario is not this run's",
        read(saved).has("statusDetails"),
        equalTo(false));
  }

  @Test
  void aScenarioThatPassedThanksToARetryIsFlaky() {
    assertThat(FlakyResults.isFlaky(1, false, List.of("@regression")), equalTo(true));
  }

  @Test
  void aScenarioWrittenToProveARetryIsNotFlaky() {
    assertThat(
        FlakyResults.isFlaky(1, false, List.of("@regression", "@retry-expected")), equalTo(false));
  }

  @Test
  void noRetryOrAFailureIsNotFlaky() {
    assertThat(FlakyResults.isFlaky(0, false, List.of()), equalTo(false));
    assertThat(FlakyResults.isFlaky(2, true, List.of()), equalTo(false));
  }

  @Test
  void theNoteNamesTheSavedCalls() {
    assertThat(
        FlakyResults.note(2),
        equalTo("Flaky: passed only after 2 retried call(s) (connection fault or HTTP 503)"));
  }

  @Test
  void noResultsFolderIsNoErrorAndNoSetupProblemLine() {
    Path neverWritten = results.resolve("never-written");
    flaky.remember(FAULTS, SAVED);

    // markWritten reports its problems on the console, so silence is what proves "no error"
    PrintStream original = System.out;
    ByteArrayOutputStream console = new ByteArrayOutputStream();
    System.setOut(new PrintStream(console, true, StandardCharsets.UTF_8));
    try {
      flaky.markWritten(neverWritten);
    } finally {
      System.setOut(original);
    }

    assertThat(console.toString(StandardCharsets.UTF_8), equalTo(""));
    assertThat(Files.exists(neverWritten), equalTo(false));
  }
}

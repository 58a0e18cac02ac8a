package io.flowcheck.steps.run;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Marking the written Allure results of scenarios that passed only thanks to a retry. */
class FlakyResultsTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String FAULTS = "classpath:features/faults.feature";
  private static final String SAVED = "A read that meets one 503 passes on retry, and is marked flaky";

  @TempDir Path results;
  @TempDir Path elsewhere;

  @AfterEach
  void forgetWhatATestRemembered() {
    FlakyResults.markWritten(elsewhere); // the remembered set is the run's: leave it empty for the next test
  }

  /** An Allure result as the Cucumber plugin writes it (the fields the marking relies on, and a few more). */
  private Path result(String file, String uri, String name, String statusDetails) throws IOException {
    String details = statusDetails == null ? "" : ",\"statusDetails\":" + statusDetails;
    return Files.writeString(results.resolve(file), "{\"uuid\":\"" + file + "\",\"name\":\"" + name
        + "\",\"status\":\"passed\",\"labels\":[{\"name\":\"feature\",\"value\":\"Faults\"},"
        + "{\"name\":\"gherkin_uri\",\"value\":\"" + uri + "\"}]" + details + "}");
  }

  private static JsonNode read(Path file) throws IOException {
    return JSON.readTree(Files.readString(file));
  }

  @Test
  void theRememberedScenarioIsMarkedFlakyAndKeepsEverythingElse() throws IOException {
    Path saved = result("a-result.json", FAULTS, SAVED, "{\"known\":false,\"muted\":false,\"flaky\":false}");
    FlakyResults.remember(FAULTS, SAVED);

    FlakyResults.markWritten(results);

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
    FlakyResults.remember(FAULTS, SAVED);

    FlakyResults.markWritten(results);

    assertThat(read(saved).path("statusDetails").path("flaky").asBoolean(), equalTo(true));
  }

  @Test
  void onlyTheSameNameInTheSameFeatureFileIsMarked() throws IOException {
    Path otherName = result("c-result.json", FAULTS, "A read that meets a connection reset", null);
    Path otherFeature = result("d-result.json", "classpath:features/sessions.feature", SAVED, null);
    Path container = Files.writeString(results.resolve("e-container.json"),
        "{\"name\":\"" + SAVED + "\",\"labels\":[{\"name\":\"gherkin_uri\",\"value\":\"" + FAULTS + "\"}]}");
    String[] before = {Files.readString(otherName), Files.readString(otherFeature), Files.readString(container)};
    FlakyResults.remember(FAULTS, SAVED);

    FlakyResults.markWritten(results);

    assertThat(Files.readString(otherName), equalTo(before[0]));
    assertThat(Files.readString(otherFeature), equalTo(before[1]));
    assertThat("only *-result.json files are results", Files.readString(container), equalTo(before[2]));
  }

  @Test
  void aRememberedScenarioIsMarkedOnceThenForgotten() throws IOException {
    result("f-result.json", FAULTS, SAVED, null);
    FlakyResults.remember(FAULTS, SAVED);
    FlakyResults.markWritten(results);

    Path rerun = result("g-result.json", FAULTS, SAVED, null);
    FlakyResults.markWritten(results);

    assertThat(read(rerun).has("statusDetails"), equalTo(false));
  }

  @Test
  void anUnreadableResultDoesNotStopTheOthers() throws IOException {
    Path torn = Files.writeString(results.resolve("0-result.json"), "{\"name\":\"torn");
    Path saved = result("h-result.json", FAULTS, SAVED, null);
    FlakyResults.remember(FAULTS, SAVED);

    FlakyResults.markWritten(results);

    assertThat(Files.readString(torn), equalTo("{\"name\":\"torn"));
    assertThat(read(saved).path("statusDetails").path("flaky").asBoolean(), equalTo(true));
  }

  @Test
  void noResultsFolderIsNoError() {
    FlakyResults.remember(FAULTS, SAVED);
    FlakyResults.markWritten(results.resolve("never-written"));
  }
}

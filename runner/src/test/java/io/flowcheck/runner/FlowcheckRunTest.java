package io.flowcheck.runner;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowcheck.framework.client.EfClient;
import io.flowcheck.framework.config.AuthMode;
import io.flowcheck.framework.model.PropertyRef;
import io.flowcheck.framework.secrets.LeakScanner;
import io.flowcheck.framework.secrets.SecretFingerprints;
import io.flowcheck.runner.cleanup.ScenarioNotStarted;
import io.flowcheck.runner.scenario.ScenarioCalls;
import io.flowcheck.runner.scenario.ScenarioRef;
import io.flowcheck.runner.server.SimulatorControl;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * A whole run without Cucumber: started against the embedded simulator, used by a "scenario", and
 * finished; its sandbox is gone afterwards and its files are written. These tests read what the run
 * prints on System.out, so the class runs alone; the rest of a run's start and end is in {@link
 * FlowcheckRunLifecycleTest}.
 */
@Isolated // changes JVM-wide state (see junit-platform.properties)
class FlowcheckRunTest {
  private static final String PASSWORD = TempFolderRun.PASSWORD;

  @TempDir Path out;
  private Properties saved;

  @BeforeEach
  void outputsInTheTempFolder() {
    saved = (Properties) System.getProperties().clone();
    // The console plugin's own reader still looks at the system property.
    System.setProperty("flowcheck.output.dir", out.toString());
  }

  @AfterEach
  void restore() {
    System.setProperties(saved);
  }

  private FlowcheckRun start() {
    return TempFolderRun.start(out);
  }

  @Test
  void aRunCreatesItsSandboxAndLeavesNothingButItsFiles() throws Exception {
    FlowcheckRun run = start();
    SimulatorControl simulator = run.server().simulator();
    assertThat(simulator.projectAndArtifactNames(), hasItem(run.sandbox().projectName()));

    ScenarioCalls calls = run.newScenarioCalls();
    calls.enter(new ScenarioRef("classpath:features/properties.feature", "A property is kept", 4));
    EfClient client = run.clients().shared(AuthMode.SESSION, calls);
    PropertyRef ref = PropertyRef.inProject(run.sandbox().projectName(), "left-for-the-sweep");
    run.leftovers().created("property " + ref, () -> client.properties().delete(ref));
    client.properties().set(ref, "v");
    calls.leave();

    PrintStream original = System.out;
    ByteArrayOutputStream console = new ByteArrayOutputStream();
    System.setOut(new PrintStream(console, true, StandardCharsets.UTF_8));
    try {
      run.finish();
      run.finish(); // only the first call does anything
    } finally {
      System.setOut(original);
    }
    String text = console.toString(StandardCharsets.UTF_8);
    assertThat(text, containsString("everything this run created on the server is deleted"));
    assertEquals(1, text.split("everything this run created", -1).length - 1, "one end per run");
    assertThat(text, containsString("flowcheck server dialect:"));
    assertThat(text, not(containsString(PASSWORD)));

    List<String> coverage = Files.readAllLines(out.resolve("ef-coverage/exchanges.jsonl"));
    assertTrue(
        coverage.stream()
            .anyMatch(
                l ->
                    l.contains("\"operation\":\"setProperty\"")
                        && l.contains("\"scenario\":\"A property is kept\"")
                        && l.contains("\"feature\":\"properties.feature\"")),
        "the scenario's call is attributed to it: " + coverage);
    assertTrue(
        coverage.stream()
            .anyMatch(
                l ->
                    l.contains("\"operation\":\"createProject\"")
                        && l.contains("\"scenario\":\"(run setup and cleanup)\"")),
        "the run's own calls are its own");
    assertTrue(Files.isRegularFile(out.resolve("server-dialect.json")));
    assertThat(
        Files.readString(out.resolve("allure-results/environment.properties")),
        containsString("(embedded simulator)"));

    Path prints = out.resolve(SecretFingerprints.FILE_NAME);
    List<LeakScanner.Leak> leaks =
        new LeakScanner(SecretFingerprints.read(prints)).scan(List.of(out));
    assertTrue(leaks.isEmpty(), "no secret in the run's own files: " + leaks);
    assertTrue(
        SecretFingerprints.read(prints).size() > 1, "the password and at least one session id");
  }

  /**
   * Ctrl-C or SIGTERM mid-run: a scenario that has not started by then is not started (and not
   * failed), and the shutdown hook says how many in one line instead of a failure each.
   */
  @Test
  void aRunThatIsShuttingDownStartsNoScenarioAndCountsThemInOneLine() {
    FlowcheckRun run = start();
    run.refuseScenarioWhenShuttingDown(); // before the shutdown, scenarios start

    run.stopStartingScenarios();
    assertThrows(ScenarioNotStarted.class, run::refuseScenarioWhenShuttingDown);
    assertThrows(ScenarioNotStarted.class, run::refuseScenarioWhenShuttingDown);

    PrintStream original = System.out;
    ByteArrayOutputStream console = new ByteArrayOutputStream();
    System.setOut(new PrintStream(console, true, StandardCharsets.UTF_8));
    try {
      run.interrupted();
    } finally {
      System.setOut(original);
    }
    String text = console.toString(StandardCharsets.UTF_8);
    assertThat(text, containsString("everything this run created on the server is deleted"));
    assertThat(
        text, containsString("flowcheck: 2 scenarios not started: the run is shutting down"));
  }
}

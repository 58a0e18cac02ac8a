package io.flowcheck.features.safety;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowcheck.features.InProcessRun;
import io.flowcheck.features.SeparateServer;
import io.flowcheck.framework.client.EfClient;
import io.flowcheck.framework.config.SettingsLoader;
import io.flowcheck.framework.model.PropertyRef;
import io.flowcheck.runner.sandbox.SandboxMark;
import io.flowcheck.simulator.SimulatorState;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * A run killed with SIGKILL (as a CI job timeout does) cannot clean up: its marked sandbox stays.
 * The next run reports it, and with {@code ef.sandbox.sweep=true} deletes it and its artifacts,
 * while a project that only looks like a sandbox (same name prefix, no mark) stays untouched.
 */
@ResourceLock(InProcessRun.LOCK)
class StaleSandboxTest {
  private static final String PASSWORD = "Stale-Sandbox-Pw!";

  /** How long the simulator holds each property read of the child run, so it is surely mid-run. */
  private static final Duration HOLD = Duration.ofSeconds(20);

  private static final String IMPOSTER = "flowcheck-sandbox-imposter";
  @RegisterExtension static final SeparateServer server = new SeparateServer(PASSWORD);

  @TempDir Path tmp;

  private static Map<String, String> settings() {
    return server.settings("session");
  }

  private static Map<String, String> sweepSettings(boolean sweep) {
    Map<String, String> s = new HashMap<>(settings());
    s.put("ef.sandbox.stale-after", "0s");
    s.put("ef.sandbox.sweep", String.valueOf(sweep));
    return s;
  }

  @Test
  void aSigkilledRunsSandboxIsReportedThenSweptByTheNextRunAndAnImposterIsNeverTouched()
      throws Exception {
    SimulatorState.Project killed = killARunMidway();
    SandboxMark mark =
        SandboxMark.parse(
                killed.propertySheet().property(SandboxMark.PROPERTY).orElseThrow().value())
            .orElseThrow(() -> new AssertionError("the killed run's sandbox has no mark"));
    assertThat(killed.projectName(), equalTo("flowcheck-sandbox-" + mark.runId()));

    try (EfClient admin = EfClient.connect(SettingsLoader.load(settings(), Map.of()))) {
      // Whatever the killed run got to create, its group surely holds this one.
      admin.artifacts().create(mark.artifactGroup(), "left-behind");
      // Same name prefix, no mark: someone else's, so never ours to touch.
      admin.projects().create(IMPOSTER, "not made by flowcheck");
      admin.properties().set(PropertyRef.inProject(IMPOSTER, "owner"), "another team");
      admin.artifacts().create("flowcheck.imposter", "keep");
    }
    String staleLine =
        "stale sandbox " + killed.projectName() + " from " + mark.started() + " on " + mark.host();

    InProcessRun.Result reportOnly =
        InProcessRun.run(
            sweepSettings(false),
            tmp.resolve("report-run"),
            "not @simulator",
            "classpath:features/sandbox.feature");
    assertEquals(0, reportOnly.exitStatus(), reportOnly.console());
    assertThat(reportOnly.console(), containsString(staleLine));
    assertThat(
        reportOnly.console(), containsString(": left (set ef.sandbox.sweep=true to delete)"));
    assertThat(projectNames(), hasItem(killed.projectName()));
    assertThat(artifactNames(), hasItem(mark.artifactGroup() + ":left-behind"));

    InProcessRun.Result sweeping =
        InProcessRun.run(
            sweepSettings(true),
            tmp.resolve("sweep-run"),
            "not @simulator",
            "classpath:features/sandbox.feature");
    assertEquals(0, sweeping.exitStatus(), sweeping.console());
    assertThat(sweeping.console(), containsString(staleLine));
    assertThat(sweeping.console(), containsString(": deleted"));
    assertThat(sweeping.console(), not(containsString(IMPOSTER)));

    SimulatorState after = server.simulator().state();
    assertThat(
        "the killed run's sandbox is gone and both later runs cleaned up",
        projectNames(),
        equalTo(List.of(IMPOSTER)));
    assertThat(
        after.artifacts().stream()
            .map(SimulatorState.Artifact::artifactName)
            .filter(n -> n.startsWith(mark.artifactGroup() + ":"))
            .toList(),
        empty());
    assertThat(artifactNames(), hasItems("flowcheck.imposter:keep"));
    SimulatorState.Project imposter =
        after.projects().stream()
            .filter(p -> p.projectName().equals(IMPOSTER))
            .findFirst()
            .orElseThrow();
    assertThat(imposter.description(), equalTo("not made by flowcheck"));
    assertThat(
        imposter.propertySheet().property("owner").orElseThrow().value(), equalTo("another team"));
  }

  /** The sandbox-like projects on the simulator: every flowcheck-sandbox-* name. */
  private static List<String> projectNames() {
    return server.simulator().state().projects().stream()
        .map(SimulatorState.Project::projectName)
        .filter(n -> n.startsWith("flowcheck-sandbox-"))
        .toList();
  }

  private static List<String> artifactNames() {
    return server.simulator().state().artifacts().stream()
        .map(SimulatorState.Artifact::artifactName)
        .toList();
  }

  /**
   * Starts the suite in a child JVM, holds it mid-scenario (every property read is kept back for
   * {@link #HOLD}, so a scenario that created a property waits on the server with its objects in
   * place), then SIGKILLs it: no shutdown hook runs, nothing is cleaned up.
   */
  private SimulatorState.Project killARunMidway() throws Exception {
    try (HeldChildRun child =
        HeldChildRun.start(server, tmp.resolve("killed-run"), tmp.resolve("killed.log"), HOLD)) {
      SimulatorState.Project sandbox = child.awaitSandboxMidScenario(Duration.ofMinutes(3));
      child.process().destroyForcibly(); // SIGKILL
      assertTrue(child.process().waitFor(2, TimeUnit.MINUTES), "the killed run did not exit");
      return sandbox;
    }
  }
}

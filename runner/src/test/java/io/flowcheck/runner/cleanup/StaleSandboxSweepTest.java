package io.flowcheck.runner.cleanup;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.flowcheck.framework.client.EfClient;
import io.flowcheck.framework.config.StaleSandboxes;
import io.flowcheck.framework.model.Artifact;
import io.flowcheck.framework.model.Project;
import io.flowcheck.framework.model.PropertyRef;
import io.flowcheck.runner.SimulatedServer;
import io.flowcheck.runner.sandbox.Sandbox;
import io.flowcheck.runner.sandbox.SandboxMark;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StaleSandboxSweepTest {
  private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");
  private static final StaleSandboxes SWEEP_DAY = new StaleSandboxes(Duration.ofHours(24), true);

  private SimulatedServer server;
  private EfClient client;
  private final ByteArrayOutputStream console = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(console, true, StandardCharsets.UTF_8);

  @BeforeEach
  void start() {
    server = new SimulatedServer();
    client = server.client();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  /** A sandbox as a run makes it, marked as started {@code age} before NOW, with one artifact. */
  private Sandbox marked(String runId, Duration age) {
    Sandbox s = Sandbox.forRun(runId);
    client.projects().create(s.projectName(), "left behind");
    client
        .properties()
        .set(
            PropertyRef.inProject(s.projectName(), SandboxMark.PROPERTY),
            SandboxMark.of(s, runId, NOW.minus(age), "ci-7").value());
    client.artifacts().create(s.artifactGroup(), "lib");
    return s;
  }

  private List<String> projects() {
    return client.projects().list().stream().map(Project::projectName).toList();
  }

  private List<String> artifacts() {
    return client.artifacts().list().stream().map(Artifact::artifactName).toList();
  }

  private String console() {
    return console.toString(StandardCharsets.UTF_8);
  }

  @Test
  void aMarkedSandboxOlderThanTheThresholdGoesWithItsArtifactsAndNothingElseDoes() {
    Sandbox old = marked("old", Duration.ofHours(30));
    Sandbox fresh = marked("fresh", Duration.ofHours(2));
    Sandbox own = marked("own", Duration.ofHours(48));
    client.projects().create("flowcheck-sandbox-imposter", "someone else's");
    client
        .properties()
        .set(
            PropertyRef.inProject("flowcheck-sandbox-imposter", SandboxMark.PROPERTY),
            "not a mark of ours");
    client.projects().create("flowcheck-sandbox-bare", "no property at all");
    client.artifacts().create("flowcheck.imposter", "keep");

    List<String> stale = StaleSandboxSweep.run(client, SWEEP_DAY, own.projectName(), NOW, out);

    assertThat(stale, equalTo(List.of(old.projectName())));
    assertThat(
        console(),
        containsString(
            "flowcheck: stale sandbox flowcheck-sandbox-old from "
                + NOW.minus(Duration.ofHours(30))
                + " on ci-7, 30 h old: deleted with 1 artifact(s) of flowcheck.old"));
    assertThat(projects(), not(org.hamcrest.Matchers.hasItem(old.projectName())));
    assertThat(
        projects(),
        org.hamcrest.Matchers.hasItems(
            fresh.projectName(),
            own.projectName(),
            "flowcheck-sandbox-imposter",
            "flowcheck-sandbox-bare"));
    assertThat(
        artifacts(),
        containsInAnyOrder("flowcheck.fresh:lib", "flowcheck.own:lib", "flowcheck.imposter:keep"));
    assertThat("unmarked projects are not mentioned", console(), not(containsString("imposter")));
  }

  /**
   * Shards of one run share its id and start together against one server: even with a threshold of
   * zero, a sibling shard's live sandbox is never stale, while another run's is.
   */
  @Test
  void aSiblingShardsSandboxIsNeverStaleEvenWithAThresholdOfZero() {
    java.util.Optional<io.flowcheck.framework.config.Shard> one =
        java.util.Optional.of(new io.flowcheck.framework.config.Shard(1, 3));
    java.util.Optional<io.flowcheck.framework.config.Shard> two =
        java.util.Optional.of(new io.flowcheck.framework.config.Shard(2, 3));
    Sandbox own = Sandbox.forRun("r9", one);
    Sandbox sibling = Sandbox.forRun("r9", two);
    assertThat(sibling.projectName(), equalTo("flowcheck-sandbox-r9-2of3"));
    assertThat(sibling.artifactGroup(), equalTo("flowcheck.r9-2of3"));
    client.projects().create(sibling.projectName(), "shard 2 of run r9");
    client
        .properties()
        .set(
            PropertyRef.inProject(sibling.projectName(), SandboxMark.PROPERTY),
            SandboxMark.of(sibling, "r9", NOW, "ci-2").value());
    Sandbox other = marked("r8", Duration.ZERO);

    List<String> stale =
        StaleSandboxSweep.run(
            client, new StaleSandboxes(Duration.ZERO, true), own.projectName(), "r9", NOW, out);

    assertThat(stale, equalTo(List.of(other.projectName())));
    assertThat(projects(), org.hamcrest.Matchers.hasItem(sibling.projectName()));
    assertThat(console(), not(containsString(sibling.projectName())));
  }

  @Test
  void withoutSweepAStaleSandboxIsReportedAndLeft() {
    Sandbox old = marked("old", Duration.ofDays(3));
    List<String> stale =
        StaleSandboxSweep.run(
            client,
            new StaleSandboxes(Duration.ofHours(24), false),
            "flowcheck-sandbox-me",
            NOW,
            out);
    assertThat(stale, equalTo(List.of(old.projectName())));
    assertThat(console(), containsString("72 h old: left (set ef.sandbox.sweep=true to delete)"));
    assertThat(projects(), org.hamcrest.Matchers.hasItem(old.projectName()));
    assertThat(artifacts(), org.hamcrest.Matchers.hasItem("flowcheck.old:lib"));
  }

  @Test
  void aListingThatFailsIsOneLineNotAFailedRun() {
    server.simulator().injectFault(SimulatedServer.http503().on("GET", "^/projects$"));
    assertThat(StaleSandboxSweep.run(client, SWEEP_DAY, "x", NOW, out), empty());
    assertThat(console(), containsString("flowcheck: could not look for stale sandboxes"));
    assertThat(console().lines().count(), equalTo(1L));
  }

  @Test
  void agesReadAsHoursOrUnderAnHourAsMinutes() {
    assertThat(StaleSandboxSweep.describe(Duration.ofMinutes(150)), equalTo("2 h"));
    assertThat(StaleSandboxSweep.describe(Duration.ofSeconds(200)), equalTo("3 min"));
  }

  @Test
  void theMarkReadsBackAndRefusesAnythingIncomplete() {
    SandboxMark mark = SandboxMark.of(Sandbox.forRun("r1"), "r1", NOW, "host-a");
    assertThat(SandboxMark.parse(mark.value()), equalTo(Optional.of(mark)));
    assertThat(
        SandboxMark.parse("runId=r1;started=yesterday;host=h;artifactGroup=flowcheck.r1"),
        equalTo(Optional.empty()));
    assertThat(SandboxMark.parse("runId=r1;started=" + NOW + ";host=h"), equalTo(Optional.empty()));
    assertThat(SandboxMark.parse(null), equalTo(Optional.empty()));
  }
}

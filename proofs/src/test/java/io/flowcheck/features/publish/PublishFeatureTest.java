package io.flowcheck.features.publish;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import io.flowcheck.features.InProcessRun;
import io.flowcheck.simulator.EfSimulator;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * publish.feature end to end, in this JVM: on the embedded simulator (session auth, with the
 * simulator's own check of every file), on a separately started one as on a real server (Basic
 * auth, the @simulator scenario skipped). The @slow 100 MB publish: {@link LargePublishHeapTest}.
 */
@ResourceLock(InProcessRun.LOCK)
class PublishFeatureTest {
  private static final String FEATURE = "classpath:features/publish.feature";
  private static final String PASSWORD = "Publish-Feature-Pw-3";

  @TempDir Path tmp;

  @Test
  void everyScenarioPassesOnTheEmbeddedSimulatorAndTheSlowOneIsSkipped() {
    InProcessRun.Result run =
        InProcessRun.run(Map.of(), tmp.resolve("embedded"), "@publish", FEATURE);
    assertThat(run.console(), run.exitStatus(), equalTo((byte) 0));
    assertThat(
        run.console(), containsString("publish.feature > The server receives every file whole"));
    assertThat(
        run.console(),
        matchesPattern("(?s).*skip +\\[\\d+\\] publish.feature > A 100 MB file publishes whole.*"));
  }

  @Test
  void everyScenarioPassesOnASeparateSimulatorWithBasicAuth() {
    try (EfSimulator sim = EfSimulator.builder().user("admin", PASSWORD).start()) {
      InProcessRun.Result run =
          InProcessRun.run(
              Map.of(
                  "ef.server",
                  sim.serverUrl(),
                  "ef.password",
                  PASSWORD,
                  "ef.tls",
                  "relaxed",
                  "ef.auth",
                  "basic"),
              tmp.resolve("separate"),
              "@publish and not @slow",
              FEATURE);
      assertThat(run.console(), run.exitStatus(), equalTo((byte) 0));
      assertThat(run.console(), not(containsString("FAIL")));
      assertThat(sim.state().artifacts(), equalTo(java.util.List.of()));
    }
  }
}

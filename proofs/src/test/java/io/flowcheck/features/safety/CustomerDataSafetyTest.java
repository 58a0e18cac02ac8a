package io.flowcheck.features.safety;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowcheck.features.InProcessRun;
import io.flowcheck.features.SeparateServer;
import io.flowcheck.framework.client.EfClient;
import io.flowcheck.framework.config.SettingsLoader;
import io.flowcheck.framework.model.PropertyRef;
import io.flowcheck.framework.secrets.LeakScanner;
import io.flowcheck.framework.secrets.SecretFingerprints;
import io.flowcheck.simulator.SimulatorState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * Preloads "customer" data, runs the suite against it (failing scenarios included, then a run
 * interrupted by SIGTERM), and proves the customer data is byte-identical afterwards, no test
 * object is left and no secret reached any output.
 */
class CustomerDataSafetyTest {
  private static final String PASSWORD = "Cust0mer-Safety-Pw!";

  /** How long the SIGTERM test's simulator holds each property read of the child run. */
  private static final Duration HOLD = Duration.ofSeconds(20);

  @RegisterExtension static final SeparateServer server = new SeparateServer(PASSWORD);
  private static String customerBefore;

  @TempDir Path tmp;

  @BeforeAll
  static void preloadCustomerData() {
    try (EfClient admin = EfClient.connect(SettingsLoader.load(settings("basic"), Map.of()))) {
      admin.projects().create("Acme Payments", "customer project");
      admin.projects().create("Acme Ledger", "another customer project");
      admin.properties().createSheet(PropertyRef.inProject("Acme Payments", "release"));
      admin.properties().set(PropertyRef.inProject("Acme Payments", "release/train"), "42");
      admin
          .properties()
          .set(PropertyRef.inProject("Acme Payments", "release/notes/summary"), "  spaced  ");
      admin.properties().set(PropertyRef.inProject("Acme Ledger", "owner"), "ops team");
      admin.artifacts().create("com.acme", "ledger");
      admin.artifacts().publishVersion("com.acme:ledger", "1.0.0", "first");
      admin.artifacts().publishVersion("com.acme:ledger", "1.1.0-rc-3", "candidate");
      admin.artifacts().create("com.acme", "payments-api");
    }
    customerBefore = customerData(server.simulator().state());
  }

  private static Map<String, String> settings(String auth) {
    return server.settings(auth);
  }

  /** The customer's part of the canonical dump: everything but the seed project and run objects. */
  private static String customerData(SimulatorState state) {
    StringBuilder sb = new StringBuilder();
    state.projects().stream()
        .filter(p -> p.projectName().startsWith("Acme"))
        .forEach(p -> sb.append(p).append('\n'));
    state.artifacts().stream()
        .filter(a -> a.artifactName().startsWith("com.acme:"))
        .forEach(a -> sb.append(a).append('\n'));
    return sb.toString();
  }

  private static void assertNothingLeftAndCustomerDataIntact() {
    assertThat(customerData(server.simulator().state()), equalTo(customerBefore));
    assertThat(server.runObjectsLeft(), empty());
  }

  private void assertNoSecretIn(Path out) {
    Path prints = out.resolve(SecretFingerprints.FILE_NAME);
    assertTrue(Files.isRegularFile(prints), "the run wrote no fingerprints");
    List<LeakScanner.Leak> leaks =
        new LeakScanner(SecretFingerprints.read(prints)).scan(List.of(out));
    assertThat(leaks, empty());
  }

  @Test
  @ResourceLock(InProcessRun.LOCK)
  void aRunWithFailingScenariosLeavesCustomerDataIntactAndLeaksNothing() {
    Path out = tmp.resolve("failing-run");
    InProcessRun.Result run =
        InProcessRun.run(
            settings("session"),
            out,
            "not @simulator",
            "classpath:features",
            "classpath:deliberately-failing");
    assertEquals(1, run.exitStatus(), "the deliberately failing scenarios must fail the run");
    assertThat(run.console(), containsString("failed 3,"));
    assertThat(
        run.console(), containsString("everything this run created on the server is deleted"));
    assertThat(run.console(), not(containsString(PASSWORD)));
    assertNothingLeftAndCustomerDataIntact();
    assertNoSecretIn(out);
  }

  @Test
  @ResourceLock(InProcessRun.LOCK)
  void aBasicAuthRunIsGreenAndLeaksNothing() {
    Path out = tmp.resolve("basic-run");
    InProcessRun.Result run =
        InProcessRun.run(settings("basic"), out, "not @simulator", "classpath:features");
    assertEquals(0, run.exitStatus(), run.console());
    assertNothingLeftAndCustomerDataIntact();
    assertNoSecretIn(out);
  }

  @Test
  void aRunStoppedWithSigtermCleansUpBeforeExiting() throws Exception {
    Path out = tmp.resolve("interrupted-run");
    // Without the hold the whole child run can finish between two polls.
    try (HeldChildRun child =
        HeldChildRun.start(server, out, tmp.resolve("interrupted.log"), HOLD)) {
      child.awaitSandboxMidScenario(Duration.ofMinutes(3));
      child.release(); // the cleanup's own calls must not be held
      child.process().destroy(); // SIGTERM
      assertTrue(child.process().waitFor(2, TimeUnit.MINUTES), "the interrupted run did not exit");
    }
    String log = Files.readString(tmp.resolve("interrupted.log"));
    assertThat(log, containsString("interrupted; deleting what this run created"));
    // Scenarios that had not started when the run was stopped are not started (not failed, one by
    // one, on creates the stopping run refuses), and counted in one line.
    assertThat(
        log,
        matchesPattern(
            "(?s).*\nflowcheck: \\d+ scenarios? not started: the run is shutting down\n.*"));
    assertNothingLeftAndCustomerDataIntact();
  }
}

package io.flowcheck.runner.server;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.flowcheck.framework.client.EfClient;
import io.flowcheck.framework.client.EfServerFailureException;
import io.flowcheck.framework.client.EfUnreachableException;
import io.flowcheck.framework.config.SettingsLoader;
import io.flowcheck.framework.model.PropertyRef;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The simulator steered through its admin routes over HTTPS, as @simulator steps do. */
class SimulatorControlTest {
  private static ServerUnderTest server;
  private static SimulatorControl control;
  private static EfClient client;
  private static final PropertyRef PROBE = PropertyRef.inProject("Default", "control-probe");

  @BeforeAll
  static void start() {
    server =
        ServerUnderTest.start(
            SettingsLoader.load(
                Map.of(
                    "ef.password",
                    "control-Pw-5",
                    "ef.retries",
                    "0",
                    "user.dir",
                    System.getProperty("java.io.tmpdir")),
                Map.of()));
    control = server.simulator();
    client = EfClient.connect(server.settings());
    client.properties().set(PROBE, "v");
  }

  @AfterAll
  static void stop() {
    try {
      client.close();
    } finally {
      server.stop();
    }
  }

  @Test
  void expiringSessionsMakesTheClientLogInAgain() {
    client.properties().get(PROBE);
    int before = client.loginCount();
    control.expireSessions();
    client.properties().get(PROBE);
    assertEquals(before + 1, client.loginCount());
  }

  @Test
  void anInjectedFaultMeetsTheMatchingRequestAndIsGoneWhenCleared() {
    String id =
        control.injectFault(
            Fault.serverError(500, true).on("GET", Fault.propertyPath(PROBE.path())));
    try {
      EfServerFailureException e =
          assertThrows(EfServerFailureException.class, () -> client.properties().get(PROBE));
      assertEquals(500, e.status());
      client.properties().set(PROBE, "writes are not matched");
    } finally {
      control.clearFault(id);
    }
    assertEquals("writes are not matched", client.properties().get(PROBE).value());
  }

  @Test
  void aFaultForSoManyRequestsEndsByItself() {
    control.injectFault(
        Fault.connectionReset().on("GET", Fault.propertyPath(PROBE.path())).times(1));
    assertThrows(EfUnreachableException.class, () -> client.properties().get(PROBE));
    assertEquals(
        "control-probe",
        client.properties().get(PROBE).propertyName(),
        "the second read is answered");
  }

  @Test
  void aDelayIsSentInMilliseconds() {
    String json = Fault.delay(Duration.ofSeconds(2)).on("GET", "/x").toJson();
    assertThat(json, containsString("\"delayMs\":2000"));
    assertThat(json, containsString("\"type\":\"DELAY\""));
  }

  @Test
  void theStateNamesProjectsAndArtifacts() {
    assertThat(control.projectAndArtifactNames(), hasItem("Default"));
  }

  @Test
  void aRuleTheSimulatorRefusesIsOneLineWithItsReason() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class, () -> control.injectFault(Fault.of("NO_SUCH_FAULT")));
    assertThat(
        e.getMessage(),
        startsWith(
            "Test setup problem: the simulator's admin route POST /__admin/ef/faults"
                + " answered HTTP 400"));
    assertThat(e.getMessage(), containsString("'type' must be one of"));
    assertThat(e.getMessage(), not(containsString("\n")));
  }
}

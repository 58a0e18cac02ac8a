package io.flowcheck.runner.scenario;

import static io.flowcheck.runner.SimulatedServer.connectionReset;
import static io.flowcheck.runner.SimulatedServer.http503;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.flowcheck.framework.client.EfApiException;
import io.flowcheck.framework.client.EfClient;
import io.flowcheck.framework.client.EfServerFailureException;
import io.flowcheck.framework.config.Secret;
import io.flowcheck.framework.model.PropertyRef;
import io.flowcheck.runner.SimulatedServer;
import io.flowcheck.runner.coverage.Coverage;
import io.flowcheck.runner.upgrade.ScenarioExchange;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * How a scenario's calls become the exchanges an upgrade baseline records: the real client's
 * retries and session renewals against the simulator must fold into the one call the scenario made.
 */
class ScenarioCallsUpgradeTest {
  private static SimulatedServer server;
  private static PropertyRef probe;
  private ScenarioCalls calls;
  private EfClient client;

  @BeforeAll
  static void start() {
    server = new SimulatedServer();
    probe = server.property("exchange-probe");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @BeforeEach
  void beginScenario() {
    calls = new ScenarioCalls(new Coverage());
    calls.enter(new ScenarioRef("classpath:features/properties.feature", "a scenario", 5));
    calls.collectForUpgrade();
    client = server.client().observedBy(calls);
  }

  @AfterEach
  void clearFaults() {
    server.simulator().clearFaults();
  }

  /** Each recorded exchange as "apiName status (attempt n)". */
  private List<String> recorded() {
    List<ScenarioExchange> taken = calls.takeForUpgrade();
    return taken.stream()
        .map(r -> r.operation().apiName() + " " + r.status() + " (attempt " + r.attempt() + ")")
        .toList();
  }

  @Test
  void eachCallIsOneExchangeInOrder() {
    client.properties().get(probe);
    client.properties().set(probe, "w");
    client.properties().get(probe);
    assertThat(
        recorded(),
        contains(
            "getProperty 200 (attempt 1)",
            "setProperty 200 (attempt 1)",
            "getProperty 200 (attempt 1)"));
  }

  @Test
  void aReadRetriedAfterA503IsTheAttemptThatAnswered() {
    server.faultReads(probe, http503(), 1);
    client.properties().get(probe);
    assertThat(recorded(), contains("getProperty 200 (attempt 2)"));
  }

  @Test
  void aReadRetriedAfterAConnectionResetIsTheAttemptThatAnswered() {
    server.faultReads(probe, connectionReset(), 2);
    client.properties().get(probe);
    assertThat(recorded(), contains("getProperty 200 (attempt 3)"));
  }

  @Test
  void aReadThatFailedOnEveryAttemptIsItsLastAttempt() {
    server.faultReads(probe, http503(), 0);
    assertThrows(EfServerFailureException.class, () -> client.properties().get(probe));
    assertThat(recorded(), contains("getProperty 503 (attempt 3)"));
  }

  @Test
  void aSessionRenewedUnderTheHoodLeavesOnlyTheCall() {
    client.properties().get(probe); // logged in before the session expires
    calls.collectForUpgrade();
    int logins = server.client().loginCount();
    server.simulator().expireSessions();
    client.properties().get(probe);
    assertThat("the session was renewed", server.client().loginCount(), equalTo(logins + 1));
    assertThat("no 401, no login", recorded(), contains("getProperty 200 (attempt 1)"));
  }

  @Test
  void aRefusedSessionThatIsNotRenewedStaysARefusal() {
    EfApiException refused =
        assertThrows(
            EfApiException.class,
            () -> client.withSession(Secret.of("NOSUCHSESSION0000")).properties().get(probe));
    assertThat(refused.status(), equalTo(401));
    assertThat(recorded(), contains("getProperty 401 (attempt 1)"));
  }

  @Test
  void theSameReadTwiceIsTwoExchanges() {
    client.properties().get(probe);
    client.properties().get(probe);
    assertThat(recorded(), hasSize(2));
  }

  @Test
  void nothingIsKeptUnlessCollecting() {
    calls.takeForUpgrade();
    client.properties().get(probe);
    assertThat(calls.takeForUpgrade(), nullValue());
  }

  @Test
  void anotherScenariosCallsStayOutOfThisOne() {
    ScenarioCalls theirs = new ScenarioCalls(new Coverage());
    theirs.enter(new ScenarioRef("classpath:features/projects.feature", "another", 7));
    theirs.collectForUpgrade();
    server.client().observedBy(theirs).projects().list();
    client.properties().get(probe);
    assertThat(
        theirs.takeForUpgrade().stream().map(e -> e.operation().apiName()).toList(),
        contains("getProjects"));
    assertThat(recorded(), contains("getProperty 200 (attempt 1)"));
  }

  @Test
  void theLastExchangeIsTheOneThatEndedTheLastCall() {
    server.faultReads(probe, http503(), 1);
    client.properties().get(probe);
    assertThat(calls.lastExchange().status(), equalTo(200));
    assertThat(calls.lastExchange().attempt(), equalTo(2));
    calls.forgetLastExchange();
    assertThat(calls.lastExchange(), nullValue());
  }
}

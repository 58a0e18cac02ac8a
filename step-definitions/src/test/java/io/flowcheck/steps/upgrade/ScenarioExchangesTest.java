package io.flowcheck.steps.upgrade;

import static io.flowcheck.steps.SimulatedServer.connectionReset;
import static io.flowcheck.steps.SimulatedServer.http503;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.flowcheck.framework.client.EfApiException;
import io.flowcheck.framework.client.EfServerFailureException;
import io.flowcheck.framework.client.Operation;
import io.flowcheck.framework.config.Secret;
import io.flowcheck.framework.model.PropertyRef;
import io.flowcheck.steps.SimulatedServer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * How a scenario's calls become the logical exchanges an upgrade baseline records: the real client's
 * retries and session renewals against the simulator must fold into the one call the scenario made.
 */
class ScenarioExchangesTest {
  private static SimulatedServer server;
  private static PropertyRef probe;

  @BeforeAll
  static void start() {
    server = new SimulatedServer();
    server.client().addListener(new ScenarioExchanges());
    probe = server.property("exchange-probe");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @BeforeEach
  void beginScenario() {
    ScenarioExchanges.begin();
  }

  @AfterEach
  void endScenario() {
    ScenarioExchanges.end();
    server.simulator().clearFaults();
  }

  /** Each exchange as "apiName status (attempt n)". */
  private static List<String> scenarioExchanges() {
    List<ScenarioExchanges.Raw> raws = ScenarioExchanges.end();
    return raws.stream().map(r -> r.operation().apiName() + " " + r.status() + " (attempt " + r.attempt() + ")")
        .toList();
  }

  @Test
  void eachCallIsOneExchangeInOrder() {
    server.client().properties().get(probe);
    server.client().properties().set(probe, "w");
    server.client().properties().get(probe);
    assertThat(scenarioExchanges(), contains(
        "getProperty 200 (attempt 1)", "setProperty 200 (attempt 1)", "getProperty 200 (attempt 1)"));
  }

  @Test
  void aReadRetriedAfterA503IsTheAttemptThatAnswered() {
    server.faultReads(probe, http503(), 1);
    server.client().properties().get(probe);
    assertThat(scenarioExchanges(), contains("getProperty 200 (attempt 2)"));
  }

  @Test
  void aReadRetriedAfterAConnectionResetIsTheAttemptThatAnswered() {
    server.faultReads(probe, connectionReset(), 2);
    server.client().properties().get(probe);
    assertThat(scenarioExchanges(), contains("getProperty 200 (attempt 3)"));
  }

  @Test
  void aReadThatFailedOnEveryAttemptIsItsLastAttempt() {
    server.faultReads(probe, http503(), 0);
    assertThrows(EfServerFailureException.class, () -> server.client().properties().get(probe));
    assertThat(scenarioExchanges(), contains("getProperty 503 (attempt 3)"));
  }

  @Test
  void aSessionRenewedUnderTheHoodLeavesOnlyTheCall() {
    server.client().properties().get(probe); // logged in before the session expires
    ScenarioExchanges.begin();
    server.simulator().expireSessions();
    server.client().properties().get(probe);
    assertThat("no 401, no login", scenarioExchanges(), contains("getProperty 200 (attempt 1)"));
  }

  @Test
  void aRefusedSessionThatIsNotRenewedStaysARefusal() {
    EfApiException refused = assertThrows(EfApiException.class,
        () -> server.client().withSession(Secret.of("NOSUCHSESSION0000")).properties().get(probe));
    assertThat(refused.status(), equalTo(401));
    assertThat(scenarioExchanges(), contains("getProperty 401 (attempt 1)"));
  }

  @Test
  void theSameReadTwiceIsTwoExchanges() {
    server.client().properties().get(probe);
    server.client().properties().get(probe);
    assertThat(scenarioExchanges(), hasSize(2));
  }

  @Test
  void callsOutsideAScenarioAreNotCollected() {
    ScenarioExchanges.end();
    server.client().properties().get(probe);
    assertThat(ScenarioExchanges.end(), nullValue());
  }

  @Test
  void anotherThreadsCallsStayOutOfThisScenario() throws Exception {
    ExecutorService other = Executors.newSingleThreadExecutor();
    try {
      List<ScenarioExchanges.Raw> theirs = CompletableFuture.supplyAsync(() -> {
        ScenarioExchanges.begin();
        server.client().projects().list();
        return ScenarioExchanges.end();
      }, other).get();
      server.client().properties().get(probe);
      assertThat(theirs.stream().map(ScenarioExchanges.Raw::operation).toList(), contains(Operation.GET_PROJECTS));
      assertThat(scenarioExchanges(), contains("getProperty 200 (attempt 1)"));
    } finally {
      other.shutdownNow();
    }
  }
}

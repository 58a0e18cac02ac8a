package io.flowcheck.runner.scenario;

import static io.flowcheck.runner.SimulatedServer.connectionReset;
import static io.flowcheck.runner.SimulatedServer.http503;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.flowcheck.framework.client.EfClient;
import io.flowcheck.framework.client.EfServerFailureException;
import io.flowcheck.framework.model.PropertyRef;
import io.flowcheck.runner.SimulatedServer;
import io.flowcheck.runner.coverage.Coverage;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What counts as "passed only thanks to a retry" for a scenario, from the real client's retries and
 * renewals against the simulator, through the scenario's own observed client.
 */
class ScenarioCallsRetryTest {
  private static SimulatedServer server;
  private static PropertyRef probe;
  private ScenarioCalls calls;
  private EfClient client;

  @BeforeAll
  static void start() {
    server = new SimulatedServer();
    probe = server.property("retry-probe");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @BeforeEach
  void newScenario() {
    calls = new ScenarioCalls(new Coverage());
    calls.enter(new ScenarioRef("classpath:features/faults.feature", "a scenario", 3));
    client = server.client().observedBy(calls);
  }

  @AfterEach
  void clearFaults() {
    server.simulator().clearFaults();
  }

  @Test
  void aCallWithoutTroubleIsNoRetry() {
    client.properties().get(probe);
    assertThat(calls.savedByRetry(), equalTo(0));
  }

  @Test
  void aReadThatAnsweredAfterA503Counts() {
    server.faultReads(probe, http503(), 1);
    client.properties().get(probe);
    assertThat(calls.savedByRetry(), equalTo(1));
  }

  @Test
  void aReadThatAnsweredAfterTwoConnectionResetsIsOneSavedCall() {
    server.faultReads(probe, connectionReset(), 2);
    client.properties().get(probe);
    assertThat(calls.savedByRetry(), equalTo(1));
  }

  @Test
  void aReadThatFailedOnEveryAttemptWasNotSavedByARetry() {
    server.faultReads(probe, http503(), 0);
    assertThrows(EfServerFailureException.class, () -> client.properties().get(probe));
    assertThat(calls.savedByRetry(), equalTo(0));
  }

  @Test
  void aRenewedSessionIsNoRetry() {
    client.properties().get(probe);
    int logins = server.client().loginCount();
    server.simulator().expireSessions();
    client.properties().get(probe);
    assertThat("the session was renewed", server.client().loginCount(), equalTo(logins + 1));
    assertThat(calls.savedByRetry(), equalTo(0));
  }

  @Test
  void callsAfterTheScenarioLeftAreNotItsOwn() {
    calls.leave();
    server.faultReads(probe, http503(), 1);
    client.properties().get(probe);
    assertThat(calls.savedByRetry(), equalTo(0));
  }

  @Test
  void anotherScenariosRetriesStayThere() throws Exception {
    ScenarioCalls theirs = new ScenarioCalls(new Coverage());
    theirs.enter(new ScenarioRef("classpath:features/faults.feature", "another scenario", 9));
    server.faultReads(probe, http503(), 1);
    ExecutorService other = Executors.newSingleThreadExecutor();
    try {
      CompletableFuture.runAsync(
              () -> server.client().observedBy(theirs).properties().get(probe), other)
          .get();
    } finally {
      other.shutdownNow();
    }
    client.properties().get(probe); // here, no fault left
    assertThat("the scenario whose call was retried", theirs.savedByRetry(), equalTo(1));
    assertThat("this scenario", calls.savedByRetry(), equalTo(0));
  }
}

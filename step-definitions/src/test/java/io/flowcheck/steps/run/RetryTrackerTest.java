package io.flowcheck.steps.run;

import static io.flowcheck.steps.SimulatedServer.connectionReset;
import static io.flowcheck.steps.SimulatedServer.http503;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.flowcheck.framework.client.EfServerFailureException;
import io.flowcheck.framework.model.PropertyRef;
import io.flowcheck.steps.SimulatedServer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What counts as "passed only thanks to a retry", from the real client's retries against the simulator. */
class RetryTrackerTest {
  private static SimulatedServer server;
  private static PropertyRef probe;

  @BeforeAll
  static void start() {
    server = new SimulatedServer();
    server.client().addListener(new RetryTracker());
    probe = server.property("retry-probe");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @BeforeEach
  void newScenario() {
    RetryTracker.startScenario();
  }

  @AfterEach
  void clearFaults() {
    server.simulator().clearFaults();
  }

  @Test
  void aCallWithoutTroubleIsNoRetry() {
    server.client().properties().get(probe);
    assertThat(RetryTracker.retriesInScenario(), equalTo(0));
  }

  @Test
  void aReadThatAnsweredAfterA503Counts() {
    server.faultReads(probe, http503(), 1);
    server.client().properties().get(probe);
    assertThat(RetryTracker.retriesInScenario(), equalTo(1));
  }

  @Test
  void aReadThatAnsweredAfterAConnectionResetCounts() {
    server.faultReads(probe, connectionReset(), 1);
    server.client().properties().get(probe);
    assertThat(RetryTracker.retriesInScenario(), equalTo(1));
  }

  @Test
  void aReadThatFailedOnEveryAttemptWasNotSavedByARetry() {
    server.faultReads(probe, http503(), 0);
    assertThrows(EfServerFailureException.class, () -> server.client().properties().get(probe));
    assertThat(RetryTracker.retriesInScenario(), equalTo(0));
  }

  @Test
  void aRenewedSessionIsNoRetry() {
    server.client().properties().get(probe);
    server.simulator().expireSessions();
    server.client().properties().get(probe);
    assertThat(RetryTracker.retriesInScenario(), equalTo(0));
  }

  @Test
  void aNewScenarioStartsFromZero() {
    server.faultReads(probe, http503(), 1);
    server.client().properties().get(probe);
    assertThat(RetryTracker.retriesInScenario(), equalTo(1));
    RetryTracker.startScenario();
    assertThat(RetryTracker.retriesInScenario(), equalTo(0));
  }

  @Test
  void retriesCountForTheScenarioOnTheirOwnThread() throws Exception {
    server.faultReads(probe, http503(), 1);
    ExecutorService other = Executors.newSingleThreadExecutor();
    try {
      int there = CompletableFuture.supplyAsync(() -> {
        RetryTracker.startScenario();
        server.client().properties().get(probe);
        return RetryTracker.retriesInScenario();
      }, other).get();
      assertThat("on the thread that retried", there, equalTo(1));
      assertThat("here", RetryTracker.retriesInScenario(), equalTo(0));
    } finally {
      other.shutdownNow();
    }
  }
}

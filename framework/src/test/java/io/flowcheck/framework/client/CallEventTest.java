package io.flowcheck.framework.client;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowcheck.framework.config.Secret;
import io.flowcheck.framework.model.PropertyRef;
import io.flowcheck.simulator.EfSimulator;
import io.flowcheck.simulator.faults.FaultRule;
import io.flowcheck.simulator.faults.FaultType;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One {@link CallEvent} per logical call, made by the real client against the simulator: its
 * retries and session renewals fold into the call they served, with the counts that flaky marking,
 * coverage and upgrade recording read.
 */
class CallEventTest {
  private static EfSimulator sim;
  private static EfClient root;
  private static PropertyRef probe;
  private final List<CallEvent> events = new CopyOnWriteArrayList<>();

  @BeforeAll
  static void start() {
    sim = EfSimulator.builder().http(true).user("admin", TestSettings.PASSWORD).start();
    root =
        EfClient.connect(
            TestSettings.forServer(sim.serverUrl(), "ef.auth", "session", "ef.retries", "2"));
    probe = PropertyRef.inProject("Default", "call-event-probe");
    root.properties().set(probe, "v"); // also opens the session, outside every test's observer
  }

  @AfterAll
  static void stop() {
    root.close();
    sim.stop();
  }

  @AfterEach
  void clearFaults() {
    sim.clearFaults();
  }

  private EfClient observed() {
    return root.observedBy(events::add);
  }

  /** Every read of the probe meets this fault, {@code times} times (0: until cleared). */
  private static void faultReads(FaultRule fault, int times) {
    FaultRule rule =
        fault.on("GET", "/properties/" + java.util.regex.Pattern.quote(probe.path()) + "(\\?|$)");
    sim.injectFault(times > 0 ? rule.times(times) : rule);
  }

  private static List<String> exchanges(CallEvent e) {
    return e.exchanges().stream().map(x -> x.operation().apiName() + " " + x.status()).toList();
  }

  @Test
  void aPlainCallIsOneEventWithOneExchange() {
    observed().properties().get(probe);
    assertEquals(1, events.size());
    CallEvent e = events.get(0);
    assertSame(Operation.GET_PROPERTY, e.operation());
    assertEquals(200, e.status());
    assertEquals(1, e.attempts());
    assertEquals(0, e.retries());
    assertFalse(e.sessionRenewed());
    assertFalse(e.savedByRetry());
    assertNull(e.failure());
  }

  @Test
  void aReadRetriedAfterA503IsOneEventSavedByTheRetry() {
    faultReads(FaultRule.of(FaultType.SERVER_ERROR).status(503, false), 1);
    observed().properties().get(probe);
    assertEquals(1, events.size(), "the retry is part of the call, not a call of its own");
    CallEvent e = events.get(0);
    assertThat(exchanges(e), contains("getProperty 503", "getProperty 200"));
    assertEquals(2, e.attempts());
    assertEquals(1, e.retries());
    assertTrue(e.savedByRetry());
    assertEquals(2, e.finalExchange().attempt());
  }

  @Test
  void twoConnectionResetsThenAnAnswerIsOneEventWithTwoRetries() {
    faultReads(FaultRule.of(FaultType.CONNECTION_RESET), 2);
    observed().properties().get(probe);
    assertEquals(1, events.size());
    assertThat(
        exchanges(events.get(0)), contains("getProperty 0", "getProperty 0", "getProperty 200"));
    assertEquals(2, events.get(0).retries());
    assertTrue(events.get(0).savedByRetry());
  }

  @Test
  void aReadThatFailedOnEveryTryIsOneFailedEventNotSavedByARetry() {
    faultReads(FaultRule.of(FaultType.SERVER_ERROR).status(503, false), 0);
    EfServerFailureException thrown =
        assertThrows(EfServerFailureException.class, () -> observed().properties().get(probe));
    assertEquals(1, events.size());
    CallEvent e = events.get(0);
    assertEquals(3, e.attempts());
    assertEquals(503, e.status());
    assertFalse(e.savedByRetry());
    assertSame(thrown, e.failure());
  }

  @Test
  void anExpiredSessionRenewedUnderTheHoodIsOneEventHoldingTheLogin() {
    sim.expireSessions();
    observed().properties().get(probe);
    assertEquals(1, events.size(), "the renewing login is transport detail of the call");
    CallEvent e = events.get(0);
    assertSame(Operation.GET_PROPERTY, e.operation());
    assertThat(exchanges(e), contains("getProperty 401", "login 200", "getProperty 200"));
    assertTrue(e.sessionRenewed());
    assertEquals(1, e.attempts(), "a renewal is no retry");
    assertFalse(e.savedByRetry());
    assertEquals(200, e.status());
  }

  @Test
  void aFirstLoginIsACallOfItsOwnBeforeTheCallThatNeededIt() {
    try (EfClient fresh =
        EfClient.connect(TestSettings.forServer(sim.serverUrl(), "ef.auth", "session"))) {
      EfClient view = fresh.observedBy(events::add);
      view.properties().get(probe);
      view.logOut(); // the view ends the session it shares, and says so
    }
    assertThat(
        events.stream().map(e -> e.operation().apiName()).toList(),
        contains("login", "getProperty", "logout"));
    assertFalse(events.get(1).sessionRenewed());
  }

  @Test
  void aRefusedFixedSessionIsNotRenewed() {
    EfApiException refused =
        assertThrows(
            EfApiException.class,
            () -> observed().withSession(Secret.of("NOSUCHSESSION0000")).properties().get(probe));
    assertEquals(401, refused.status());
    assertEquals(1, events.size());
    assertThat(exchanges(events.get(0)), contains("getProperty 401"));
    assertFalse(events.get(0).sessionRenewed());
  }

  @Test
  void exchangesComeOutMasked() {
    observed().sessions().login("admin", Secret.of(TestSettings.PASSWORD));
    Exchange login = events.get(0).finalExchange();
    assertThat(login.requestBody(), not(containsString(TestSettings.PASSWORD)));
    assertThat(login.responseBody(), containsString("\"sessionId\""));
    assertThat(login.responseBody(), containsString("****"));
  }

  @Test
  void aViewIsTheSameClientAndTheRootStaysUnobserved() {
    EfClient view = observed();
    view.properties().get(probe);
    root.properties().get(probe);
    assertEquals(1, events.size(), "the root's call reached no listener of the view");
    assertThat(exchanges(events.get(0)), contains("getProperty 200"));
  }

  @Test
  void aSessionRenewedThroughAViewIsTheRootsSessionToo() {
    int loginsBefore = root.loginCount();
    sim.expireSessions();
    observed().properties().get(probe);
    assertTrue(events.get(0).sessionRenewed());
    assertEquals(loginsBefore + 1, root.loginCount(), "the view's renewal is the root's session");
    root.properties().get(probe);
    assertEquals(loginsBefore + 1, root.loginCount(), "the root used the renewed session as is");
  }
}

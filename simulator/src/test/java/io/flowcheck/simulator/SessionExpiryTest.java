package io.flowcheck.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Sliding idle expiry, on a clock the test moves by hand: no sleeping, no race with a loaded
 * machine.
 */
class SessionExpiryTest {
  private static final String SEED_PROPERTY = "/properties/PythonProperty?projectName=Default";
  private static final Duration TTL = Duration.ofMinutes(30);

  private final SettableClock clock = new SettableClock();

  private EfSimulator start() {
    return EfSimulator.builder().sessionTtl(TTL).clock(clock).start();
  }

  private static SimulatorClient loggedIn(SimulatorClient client) {
    return client.header(
        "sessionId", client.post("/sessions?password=changeme&userName=admin").at("/sessionId"));
  }

  @Test
  void aSessionIdleLongerThanTheTtlIsRefused() {
    try (EfSimulator sim = start()) {
      SimulatorClient client = SimulatorClient.of(sim);
      SimulatorClient session = loggedIn(client);
      session.get(SEED_PROPERTY).assertOk();
      assertEquals(1, sim.state().activeSessionCount());

      clock.advance(TTL.plusSeconds(1));

      assertEquals(Reply.NO_CREDENTIALS_BODY, session.get(SEED_PROPERTY).body());
      assertEquals(0, sim.state().activeSessionCount());
    }
  }

  @Test
  void aSessionIdleForExactlyTheTtlStillWorks() {
    try (EfSimulator sim = start()) {
      SimulatorClient session = loggedIn(SimulatorClient.of(sim));
      clock.advance(TTL);
      session.get(SEED_PROPERTY).assertOk();
    }
  }

  @Test
  void anIdleSessionNoLongerCountsAsActiveEvenUnused() {
    try (EfSimulator sim = start()) {
      loggedIn(SimulatorClient.of(sim));
      assertEquals(1, sim.state().activeSessionCount());
      clock.advance(TTL.plusMillis(1));
      assertEquals(0, sim.state().activeSessionCount());
    }
  }

  @Test
  void everyUseOfASessionRestartsItsIdleClock() {
    try (EfSimulator sim = start()) {
      SimulatorClient session = loggedIn(SimulatorClient.of(sim));
      for (int i = 0; i < 4; i++) {
        clock.advance(
            TTL.multipliedBy(2).dividedBy(3)); // 80 minutes in all, but never idle for a whole TTL
        session.get(SEED_PROPERTY).assertOk();
      }
      clock.advance(TTL.plusSeconds(1));
      assertEquals(401, session.get(SEED_PROPERTY).status());
    }
  }

  @Test
  void theLoginFailureCodeCanBeConfigured() {
    try (EfSimulator sim = EfSimulator.builder().loginFailureCode("InvalidCredentials").start()) {
      SimulatorClient.of(sim)
          .post("/sessions?password=wrong&userName=admin")
          .assertError(401, "InvalidCredentials");
    }
  }
}

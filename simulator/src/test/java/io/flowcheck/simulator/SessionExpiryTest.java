package io.flowcheck.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SessionExpiryTest {
  private static final String SEED_PROPERTY = "/properties/PythonProperty?projectName=Default";

  @Test
  void aSessionIdleLongerThanTheTtlIsRefused() throws InterruptedException {
    try (EfSimulator sim = EfSimulator.builder().sessionTtl(Duration.ofMillis(300)).start()) {
      SimulatorClient client = SimulatorClient.of(sim);
      String sessionId = client.post("/sessions?password=changeme&userName=admin").at("/sessionId");
      client.header("sessionId", sessionId).get(SEED_PROPERTY).assertOk();
      Thread.sleep(600);
      assertEquals(Reply.NO_CREDENTIALS_BODY, client.header("sessionId", sessionId).get(SEED_PROPERTY).body());
      assertEquals(0, sim.state().activeSessionCount());
    }
  }

  @Test
  void everyUseOfASessionRestartsItsIdleClock() throws InterruptedException {
    try (EfSimulator sim = EfSimulator.builder().sessionTtl(Duration.ofMillis(1500)).start()) {
      SimulatorClient client = SimulatorClient.of(sim);
      SimulatorClient session = client.header("sessionId", client.post("/sessions?password=changeme&userName=admin").at("/sessionId"));
      for (int i = 0; i < 4; i++) {
        Thread.sleep(600); // 2.4 s in total, well past one TTL, but never idle for a whole TTL
        session.get(SEED_PROPERTY).assertOk();
      }
    }
  }

  @Test
  void theLoginFailureCodeCanBeConfigured() {
    try (EfSimulator sim = EfSimulator.builder().loginFailureCode("InvalidCredentials").start()) {
      SimulatorClient.of(sim).post("/sessions?password=wrong&userName=admin").assertError(401, "InvalidCredentials");
    }
  }
}

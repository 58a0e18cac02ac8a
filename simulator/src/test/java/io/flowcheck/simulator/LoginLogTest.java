package io.flowcheck.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.flowcheck.simulator.auth.LoginAttempt;
import io.flowcheck.simulator.auth.LoginLog;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LoginLogTest {
  private static final String SEED_PROPERTY = "/properties/PythonProperty?projectName=Default";
  private static EfSimulator sim;
  private static SimulatorClient anonymous;

  @BeforeAll
  static void startSimulator() {
    sim = EfSimulator.builder().user("admin", "changeme").user("alice", "Alice-Secret-9").start();
    anonymous = SimulatorClient.of(sim);
  }

  @AfterAll
  static void stopSimulator() {
    sim.close();
  }

  @BeforeEach
  void resetSimulator() {
    sim.reset();
  }

  @Test
  void everyPasswordCheckIsRecordedInArrivalOrder() {
    String sessionId =
        anonymous.post("/sessions?userName=admin&password=changeme").assertOk().at("/sessionId");
    anonymous
        .post("/sessions", "{\"userName\":\"alice\",\"password\":\"wrong\"}")
        .assertError(401, "NoCredentials");
    anonymous.basic("alice", "Alice-Secret-9").get(SEED_PROPERTY).assertOk();
    anonymous.basic("mallory", "guess").get(SEED_PROPERTY).assertError(401, "NoCredentials");
    anonymous
        .header("sessionId", sessionId)
        .get(SEED_PROPERTY)
        .assertOk(); // a session is no password check
    anonymous.post("/sessions").assertError(401, "NoCredentials"); // nothing to check
    anonymous.asAdmin().post("/sessions").assertOk(); // Basic on the login call is a login

    assertEquals(
        List.of(
            new LoginAttempt("admin", "login", true),
            new LoginAttempt("alice", "login", false),
            new LoginAttempt("alice", "basic", true),
            new LoginAttempt("mallory", "basic", false),
            new LoginAttempt("admin", "login", true)),
        sim.loginAttempts());
  }

  @Test
  void theListIsAnImmutableSnapshotAndResetEmptiesTheLog() {
    anonymous.asAdmin().get(SEED_PROPERTY).assertOk();
    List<LoginAttempt> snapshot = sim.loginAttempts();
    assertThrows(
        UnsupportedOperationException.class,
        () -> snapshot.add(new LoginAttempt("x", "basic", true)));
    anonymous.asAdmin().get(SEED_PROPERTY).assertOk();
    assertEquals(1, snapshot.size());
    assertEquals(2, sim.loginAttempts().size());

    sim.reset();
    assertEquals(List.of(), sim.loginAttempts());
    anonymous.asAdmin().get(SEED_PROPERTY).assertOk();
    anonymous.sendAbsolute(sim.serverUrl() + "/__admin/ef/reset", "POST").assertOk();
    assertEquals(List.of(), sim.loginAttempts());
  }

  @Test
  void theAdminRouteListsTheAttemptsWithoutAnyPassword() {
    anonymous.basic("alice", "Alice-Secret-9").get(SEED_PROPERTY).assertOk();
    anonymous
        .post("/sessions?userName=alice&password=Wrong-Guess-7")
        .assertError(401, "NoCredentials");
    Reply reply = anonymous.sendAbsolute(sim.serverUrl() + "/__admin/ef/logins", "GET").assertOk();
    assertEquals(
        TestJson.node(
            "{\"logins\":[{\"userName\":\"alice\",\"via\":\"basic\",\"accepted\":true},"
                + "{\"userName\":\"alice\",\"via\":\"login\",\"accepted\":false}]}"),
        reply.json());
    assertFalse(
        reply.body().contains("Secret") || reply.body().contains("Wrong-Guess"), reply.body());
  }

  @Test
  void theLogKeepsOnlyTheLastTenThousandEntries() {
    LoginLog log = new LoginLog();
    for (int i = 0; i < LoginLog.CAPACITY + 5; i++) {
      log.record(new LoginAttempt("user" + i, "basic", true));
    }
    List<LoginAttempt> kept = log.snapshot();
    assertEquals(10_000, kept.size());
    assertEquals("user5", kept.get(0).userName());
    assertEquals("user10004", kept.get(kept.size() - 1).userName());
  }
}

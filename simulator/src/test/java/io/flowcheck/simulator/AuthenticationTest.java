package io.flowcheck.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AuthenticationTest {
  private static final String SEED_PROPERTY = "/properties/PythonProperty?projectName=Default";
  private static EfSimulator sim;
  private static SimulatorClient anonymous;

  @BeforeAll
  static void startSimulator() {
    sim =
        EfSimulator.builder().user("admin", "changeme").user("alice", "s3cret:with:colons").start();
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

  private static String login() {
    return anonymous.post("/sessions?password=changeme&userName=admin").assertOk().at("/sessionId");
  }

  @Test
  void basicCredentialsOfAKnownUserAreAccepted() {
    Reply reply = anonymous.basic("alice", "s3cret:with:colons").get(SEED_PROPERTY).assertOk();
    assertEquals("PythonRestApi", reply.at("/property/value"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"sessionId", "sessionid", "SESSIONID"})
  void theSessionIdHeaderIsAcceptedInAnyCase(String headerName) {
    Reply reply = anonymous.header(headerName, login()).get(SEED_PROPERTY).assertOk();
    assertEquals("PythonRestApi", reply.at("/property/value"));
  }

  @Test
  void theSessionIdCookieIsAccepted() {
    anonymous.header("Cookie", "other=1; sessionId=" + login()).get(SEED_PROPERTY).assertOk();
  }

  @Test
  void aRequestWithoutCredentialsGetsExactlyTheNoCredentialsBody() {
    Reply reply = anonymous.get(SEED_PROPERTY);
    assertEquals(401, reply.status());
    assertEquals(Reply.NO_CREDENTIALS_BODY, reply.body());
  }

  @Test
  void anUnknownPathWithoutCredentialsIsUnauthorizedRatherThanNotImplemented() {
    assertEquals(Reply.NO_CREDENTIALS_BODY, anonymous.get("/no/such/thing").body());
  }

  @Test
  void wrongBasicCredentialsAreRefusedLikeMissingOnes() {
    Reply wrongPassword = anonymous.basic("admin", "changeme1").get(SEED_PROPERTY);
    Reply unknownUser = anonymous.basic("admin1", "changeme").get(SEED_PROPERTY);
    Reply garbage = anonymous.header("Authorization", "Basic !!!not-base64").get(SEED_PROPERTY);
    for (Reply reply : new Reply[] {wrongPassword, unknownUser, garbage}) {
      assertEquals(401, reply.status());
      assertEquals(Reply.NO_CREDENTIALS_BODY, reply.body());
    }
  }

  @Test
  void anUnknownSessionIdIsRefusedWithNoCredentials() {
    Reply reply = anonymous.header("sessionId", "NOSUCHSESSION123").get(SEED_PROPERTY);
    assertEquals(Reply.NO_CREDENTIALS_BODY, reply.body());
  }

  @Test
  void sessionsStopWorkingAfterExpireSessions() {
    String sessionId = login();
    sim.expireSessions();
    Reply reply = anonymous.header("sessionId", sessionId).get(SEED_PROPERTY);
    assertEquals(401, reply.status());
    assertEquals(Reply.NO_CREDENTIALS_BODY, reply.body());
  }

  @Test
  void logoutEndsTheSessionItWasCalledWith() {
    String sessionId = login();
    SimulatorClient session = anonymous.header("sessionId", sessionId);
    assertEquals("{}", session.delete("/sessions").assertOk().body());
    assertEquals(Reply.NO_CREDENTIALS_BODY, session.get(SEED_PROPERTY).body());
  }

  @Test
  void loginWithQueryParametersAnswersTheSessionIdAndUserAndSetsACookie() {
    Reply reply = anonymous.post("/sessions?password=changeme&userName=admin").assertOk();
    String sessionId = reply.at("/sessionId");
    assertTrue(sessionId.matches("[A-Z0-9]{16}"), sessionId);
    assertEquals("admin", reply.at("/userName"));
    assertEquals(2, reply.json().size());
    String cookie = reply.headers().firstValue("Set-Cookie").orElseThrow();
    assertTrue(cookie.startsWith("sessionId=" + sessionId + ";"), cookie);
    assertTrue(sim.issuedSessionIds().contains(sessionId));
  }

  @Test
  void loginWithAJsonBodyWorks() {
    Reply reply =
        anonymous
            .post("/sessions", "{\"userName\":\"alice\",\"password\":\"s3cret:with:colons\"}")
            .assertOk();
    assertEquals("alice", reply.at("/userName"));
    anonymous.header("sessionId", reply.at("/sessionId")).get(SEED_PROPERTY).assertOk();
  }

  @Test
  void aJsonBodyLoginThatAlsoCarriesBasicCredentialsIsAcceptedAndTheBodyWins() {
    Reply reply =
        anonymous
            .basic("admin", "not-the-password")
            .post("/sessions", "{\"userName\":\"alice\",\"password\":\"s3cret:with:colons\"}")
            .assertOk();
    assertEquals("alice", reply.at("/userName"));
    anonymous
        .asAdmin()
        .post("/sessions", "{\"userName\":\"alice\",\"password\":\"wrong\"}")
        .assertError(401, "NoCredentials");
  }

  @Test
  void aBodyWithoutCredentialsFallsBackToBasic() {
    assertEquals("admin", anonymous.asAdmin().post("/sessions", "{}").assertOk().at("/userName"));
    assertEquals(
        "admin",
        anonymous
            .asAdmin()
            .post("/sessions", "{\"password\":\"ignored\"}")
            .assertOk()
            .at("/userName"));
  }

  @Test
  void loginWithBasicCredentialsWorks() {
    assertEquals("admin", anonymous.asAdmin().post("/sessions").assertOk().at("/userName"));
  }

  @Test
  void aWrongPasswordAtLoginIsUnauthorized() {
    String message =
        anonymous.post("/sessions?password=nope&userName=admin").assertError(401, "NoCredentials");
    assertEquals("Invalid user name or password", message);
    anonymous.post("/sessions?password=changeme&userName=nobody").assertError(401, "NoCredentials");
  }

  @Test
  void everyLoginIssuesANewIdAndAllAreRemembered() {
    String first = login();
    String second = login();
    assertTrue(!first.equals(second));
    assertTrue(sim.issuedSessionIds().containsAll(java.util.List.of(first, second)));
    assertTrue(sim.state().activeSessionCount() >= 2);
  }

  @Test
  void theSessionOwnerIsRecordedAsOwnerOfWhatItCreates() {
    String sessionId =
        anonymous
            .post("/sessions", "{\"userName\":\"alice\",\"password\":\"s3cret:with:colons\"}")
            .at("/sessionId");
    Reply reply =
        anonymous
            .header("sessionId", sessionId)
            .put("/properties/made?projectName=Default&value=x")
            .assertOk();
    assertEquals("alice", reply.at("/property/owner"));
    assertEquals("alice", reply.at("/property/lastModifiedBy"));
  }
}

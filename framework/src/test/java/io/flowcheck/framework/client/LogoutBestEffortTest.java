package io.flowcheck.framework.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static io.flowcheck.framework.client.HandMadeAnswers.envelope;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Logging out where DELETE /sessions (an inferred route) may not exist. */
class LogoutBestEffortTest {
  private static final String SESSIONS = "/rest/v1.0/sessions";
  private static final String SESSION_ID = "SESSION-4f1c2a9e-logout";

  /** A server of its own for each test, started before it and stopped after it. */
  @RegisterExtension
  final WireMockExtension wm =
      WireMockExtension.newInstance().options(options().dynamicPort().jettyAcceptors(1)).build();

  @BeforeEach
  void start() {
    wm.stubFor(
        post(urlPathEqualTo(SESSIONS))
            .willReturn(okJson("{\"sessionId\":\"" + SESSION_ID + "\",\"userName\":\"admin\"}")));
    wm.stubFor(
        get(urlPathEqualTo("/rest/v1.0/server/status"))
            .willReturn(okJson("{\"serverStatus\":{\"serverState\":\"running\"}}")));
  }

  /** A session client that has opened its session. */
  private EfClient loggedIn() {
    EfClient client =
        EfClient.connect(
            TestSettings.forServer(
                "http://127.0.0.1:" + wm.getPort(), "ef.auth", "session", "ef.retries", "0"));
    client.server().status();
    return client;
  }

  private void logoutAnswers(ResponseDefinitionBuilder answer) {
    wm.stubFor(delete(urlPathEqualTo(SESSIONS)).willReturn(answer));
  }

  @Test
  void a501NotImplementedMeansNoRestLogoutNotAFailure() {
    logoutAnswers(aResponse().withStatus(501).withBody(envelope("NotImplemented")));
    EfClient client = loggedIn();
    assertEquals(LogoutOutcome.notAvailable(501, "NotImplemented"), client.logOut());
    assertEquals(
        "not available (HTTP 501 NotImplemented)",
        LogoutOutcome.notAvailable(501, "NotImplemented").describe());
    assertEquals(LogoutOutcome.NOT_ATTEMPTED, client.logOut()); // the session is forgotten
    wm.verify(
        exactly(1),
        deleteRequestedFor(urlPathEqualTo(SESSIONS)).withHeader("sessionId", equalTo(SESSION_ID)));
  }

  @Test
  void a404WithoutEnvelopeMeansNoRestLogoutAndCloseDoesNotThrow() {
    logoutAnswers(
        aResponse()
            .withStatus(404)
            .withHeader("Content-Type", "text/html")
            .withBody("<html>Not Found</html>"));
    assertEquals(LogoutOutcome.notAvailable(404, ""), loggedIn().logOut());
    assertDoesNotThrow(() -> loggedIn().close());
  }

  @Test
  void a500IsStillReportedAndNamesNoSession() {
    logoutAnswers(aResponse().withStatus(500).withBody(envelope("InternalError")));
    EfClient client = loggedIn();
    EfServerFailureException e = assertThrows(EfServerFailureException.class, client::logOut);
    assertEquals("EF server failure: HTTP 500 from logout: InternalError: m", e.getMessage());
    assertThat(e.getMessage(), not(containsString(SESSION_ID)));
  }

  @Test
  void aSuccessfulLogoutAndNoSessionAtAll() {
    logoutAnswers(okJson("{}"));
    assertEquals(LogoutOutcome.LOGGED_OUT, loggedIn().logOut());
    EfClient basic =
        EfClient.connect(
            TestSettings.forServer("http://127.0.0.1:" + wm.getPort(), "ef.auth", "basic"));
    basic.server().status();
    assertEquals(LogoutOutcome.NOT_ATTEMPTED, basic.logOut());
    wm.verify(exactly(1), deleteRequestedFor(urlPathEqualTo(SESSIONS)));
  }
}
